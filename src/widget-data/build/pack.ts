/** Packs the content for the widget (at build time, in Node): the core per language and each article. */
import type { ContentBundle, Topic } from '../../model/content-bundle.js';
import type { ContentLang, Localized } from '../../model/vocabulary.js';
import { keyOf } from '../../search/analyze.js';
import { words } from '../../search/normalize.js';
import { buildIndexData } from '../../search/search-index.js';
import { allStopwords, topicDocs } from '../../search/topic-docs.js';
import type { TopicCore, WidgetArticle, WidgetCore } from '../unpack.js';

/**
 * Search reads a generic word by its stem key only ("kommune", "kommunen" and "kommunens" are one
 * light key): one word per key keeps the same light keys in fewer bytes (0.2 KB gzip of 276 Danish words).
 */
function onePerKey(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((phrase) => {
    const key = words(phrase).map(keyOf).join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function widgetCore(content: ContentBundle, lang: ContentLang): WidgetCore {
  // The widget shows one language: the other language's words stay behind (as empty strings).
  const pick = (text: Localized): Localized => ({ da: lang === 'da' ? text.da : '', en: lang === 'en' ? text.en : '' });
  const topics: Record<string, TopicCore> = {};
  for (const t of Object.values(content.topics)) {
    const { id: _id, articles, channels, related: _related, popular: _popular, ...data } = t;
    const { phone, ...links } = channels;
    const hrefs = Object.fromEntries(Object.entries(links).map(([c, link]) => [c, link.href]));
    // The title only: action labels, cues, needs and facts come with the article when it is reached.
    const authorityName = data.authorityName && pick(data.authorityName);
    topics[t.id] = { ...data, ...(authorityName ? { authorityName } : {}), channels: phone ? { ...hrefs, phone } : hrefs, title: articles[lang].title };
  }
  const { ids, ...index } = buildIndexData(topicDocs(content, lang), allStopwords(content));
  // The widget numbers the index's documents by the order of `topics` after parsing, which puts
  // keys that look like numbers first: refuse to ship a core where that order differs.
  const order = Object.keys(JSON.parse(JSON.stringify(topics)) as object);
  if (ids.join() !== order.join()) throw new Error(`widget core (${lang}): the topics' order after JSON (${order.join(', ')}) is not the index's (${ids.join(', ')})`);
  // The topics' learned words are in the index already.
  const { municipalities: _m, topics: _t, topicWords: _w, ...shared } = content;
  const ownLang = (list: { da: string[]; en: string[] }) => ({ da: lang === 'da' ? list.da : [], en: lang === 'en' ? list.en : [] });
  const only = <T extends Record<string, Localized>>(texts: T): T => Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, pick(v)])) as T;
  const { emergency, lines } = content.emergency;
  return {
    ...shared,
    channelTable: Object.fromEntries(Object.entries(content.channelTable).map(([i, { description: _d, ...row }]) => [i, row])) as ContentBundle['channelTable'],
    authorities: Object.fromEntries(Object.entries(content.authorities).map(([a, body]) => [a, { ...body, name: pick(body.name) }])) as ContentBundle['authorities'],
    emergency: {
      emergency: { ...emergency, name: pick(emergency.name) },
      lines: Object.fromEntries(
        Object.entries(lines).map(([k, list]) => [k, list.map((l) => ({ ...l, name: pick(l.name), ...(l.note ? { note: pick(l.note) } : {}) }))]),
      ) as ContentBundle['emergency']['lines'],
    },
    reasons: only(content.reasons),
    actionLabels: only(content.actionLabels),
    intentCues: Object.fromEntries(Object.entries(content.intentCues).map(([i, c]) => [i, { da: lang === 'da' ? c.da : [], en: lang === 'en' ? c.en : [] }])) as ContentBundle['intentCues'],
    // The index carries its own stop words; the widget needs only the generic words of its
    // language (as with the intent cues above: the other language's stay behind).
    stopwords: {
      da: [],
      en: [],
      generic: ownLang({ da: onePerKey(content.stopwords.generic.da), en: onePerKey(content.stopwords.generic.en) }),
      circumstances: ownLang(content.stopwords.circumstances),
      caseStatus: { topic: content.stopwords.caseStatus.topic, ...ownLang(content.stopwords.caseStatus) },
      digitalAccess: content.stopwords.digitalAccess,
      towns: content.stopwords.towns,
      moves: { verbs: ownLang(content.stopwords.moves.verbs), into: ownLang(content.stopwords.moves.into), dwellings: ownLang(content.stopwords.moves.dwellings) },
    },
    contentLang: lang,
    topics,
    popular: Object.values(content.topics)
      .filter((t) => t.popular)
      .map((t) => t.id),
    index,
  };
}

/** The article the card shows, with the topic's related topics (see WidgetArticle); never the staff guidance. */
export function widgetArticle(topic: Topic, lang: ContentLang): WidgetArticle {
  const { terms: _terms, unlike: _unlike, examples: _examples, body: _body, staff: _staff, ...rest } = topic.articles[lang];
  return { ...rest, related: topic.related };
}
