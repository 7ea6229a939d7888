/** Builds the widget's core data for one content language (at build time, in Node). */
import { LANGS } from '../domain/vocabulary.js';
import { buildIndexData } from '../search/search-index.js';
import { allStopwords, topicDocs } from '../search/topic-docs.js';
import type { ContentBundle } from './types.js';
import type { TopicCore, WidgetCore } from './widget-data.js';

export function widgetCore(content: ContentBundle, lang: (typeof LANGS)[number]): WidgetCore {
  const topics: Record<string, TopicCore> = {};
  for (const t of Object.values(content.topics)) {
    const { articles, channels, related: _related, popular: _popular, ...data } = t;
    const { phone, ...links } = channels;
    const hrefs = Object.fromEntries(Object.entries(links).map(([c, link]) => [c, link.href]));
    // Titles only: action labels, cues, needs and facts come with the article when it is reached.
    const stubs = { da: { title: articles.da.title, intents: {} }, en: { title: articles.en.title, intents: {} } };
    topics[t.id] = { ...data, channels: phone ? { ...hrefs, phone } : hrefs, articles: stubs };
  }
  const { municipalities: _m, topics: _t, ...shared } = content;
  return {
    ...shared,
    // The index carries its own stop words; the widget needs only the generic-word list.
    stopwords: { da: [], en: [], generic: content.stopwords.generic },
    contentLang: lang,
    topics,
    popular: Object.values(content.topics)
      .filter((t) => t.popular)
      .map((t) => t.id),
    index: buildIndexData(topicDocs(content, lang), allStopwords(content)),
  };
}
