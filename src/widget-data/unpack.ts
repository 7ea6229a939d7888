/**
 * What the widget downloads, cut to what it needs: one content language, one municipality, the
 * search index built ahead, and each topic's article only when the citizen reaches it.
 */
import type { Article, ContentBundle, Topic } from '../model/content-bundle.js';
import type { Municipality } from '../model/content-schema.js';
import { type ContentLang, LANGS } from '../model/vocabulary.js';
import { type IndexData, SearchIndex } from '../search/search-index.js';
import { own } from '../model/own-key.js';

/**
 * A topic as the widget downloads it: links as bare addresses (whether a link is confirmed is
 * for editors, not citizens), and of its article only the title in the core's language (for
 * topic choices and reasons); the rest of the article, and related topics, come when it is
 * reached. Its id is the key it is filed under, so it is not written twice.
 */
export type TopicCore = Omit<Topic, 'id' | 'articles' | 'channels' | 'related' | 'popular'> & {
  channels: { [C in keyof Topic['channels']]: C extends 'phone' ? Topic['channels'][C] : string };
  title: string;
};

export interface WidgetCore extends Omit<ContentBundle, 'municipalities' | 'topics'> {
  contentLang: ContentLang;
  topics: Record<string, TopicCore>;
  popular: string[];
  /** The index's documents are the topics, in the order of `topics` (the pack checks it). */
  index: Omit<IndexData, 'ids'>;
}

/**
 * The article the card shows: what you need, facts; search words and the body stay behind, and
 * staff guidance is for the staff console only (issue 17), never in what citizens download.
 */
export type CardArticle = Omit<Article, 'terms' | 'unlike' | 'withoutDigitalWhen' | 'examples' | 'body' | 'staff'>;

/**
 * An article as the widget downloads it, with the topics a citizen here often needs next (after
 * moving: a new doctor) and the situations its self-service cannot serve (for the routing).
 */
export type WidgetArticle = CardArticle & Pick<Article, 'withoutDigitalWhen'> & { related: string[] };

const emptyArticle = (title: string): Article => ({ title, intents: {}, summary: '', terms: [], unlike: [], withoutDigitalWhen: [], examples: [], facts: [], body: '' });

/** What the routing core runs on in the browser: the bundle (articles fill in as they load) and the index. */
export interface UnpackedCore {
  bundle: ContentBundle;
  index: SearchIndex;
}

export function unpackCore(core: WidgetCore, municipality: Municipality): UnpackedCore {
  const topics: Record<string, Topic> = {};
  for (const [id, t] of Object.entries(core.topics)) {
    const { channels: packed, title, ...data } = t;
    const { phone, ...links } = packed;
    const channels: Topic['channels'] = Object.fromEntries(Object.entries(links).map(([c, href]) => [c, { href, verify: false }]));
    if (phone) channels.phone = phone;
    topics[id] = {
      id,
      ...data,
      channels,
      related: [],
      popular: core.popular.includes(id),
      // The other language's article stays empty, as it did when the core carried it empty.
      articles: Object.fromEntries(LANGS.map((l) => [l, emptyArticle(l === core.contentLang ? title : '')])) as Topic['articles'],
    };
  }
  const { contentLang: _lang, popular: _popular, index: _index, ...shared } = core;
  return { bundle: { ...shared, topics, municipalities: { [municipality.slug]: municipality } }, index: new SearchIndex({ ...core.index, ids: Object.keys(core.topics) }) };
}

export function addArticle(bundle: ContentBundle, id: string, lang: ContentLang, article: WidgetArticle): void {
  const topic = own(bundle.topics, id);
  if (!topic) return;
  const { related, ...rest } = article;
  topic.articles[lang] = { terms: [], unlike: [], examples: [], body: '', ...rest };
  topic.related = related;
}
