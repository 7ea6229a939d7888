/**
 * What the widget downloads, cut to what it needs: one content language, one municipality, the
 * search index built ahead, and each topic's article only when the citizen reaches it.
 */
import type { Municipality } from './schema.js';
import type { Article, ContentBundle, Topic } from './types.js';
import { type ContentLang, LANGS } from '../domain/vocabulary.js';
import type { IndexData } from '../search/search-index.js';

/** A topic's article before it loads: its title (for topic choices and reasons). */
export type ArticleStub = Pick<Article, 'title'> & { intents: Article['intents'] };

/**
 * A topic as the widget downloads it: links as bare addresses (whether a link is confirmed is
 * for editors, not citizens), no related topics, titles only.
 */
export type TopicCore = Omit<Topic, 'articles' | 'channels' | 'related' | 'popular'> & {
  channels: { [C in keyof Topic['channels']]: C extends 'phone' ? Topic['channels'][C] : string };
  articles: Record<ContentLang, ArticleStub>;
};

export interface WidgetCore extends Omit<ContentBundle, 'municipalities' | 'topics'> {
  contentLang: ContentLang;
  topics: Record<string, TopicCore>;
  popular: string[];
  index: IndexData;
}

/** The article the card shows: what you need, facts; search words and the body stay behind. */
export type WidgetArticle = Omit<Article, 'terms' | 'examples' | 'body'>;

export function widgetArticle(article: Article): WidgetArticle {
  const { terms: _terms, examples: _examples, body: _body, ...rest } = article;
  return rest;
}

const emptyArticle = (stub: ArticleStub): Article => ({ summary: '', terms: [], examples: [], facts: [], body: '', ...stub });

/** The bundle the routing core runs on in the browser; articles are filled in as they load. */
export function bundleFromCore(core: WidgetCore, municipality: Municipality): ContentBundle {
  const topics: Record<string, Topic> = {};
  for (const [id, t] of Object.entries(core.topics)) {
    const { phone, ...links } = t.channels;
    const channels: Topic['channels'] = Object.fromEntries(Object.entries(links).map(([c, href]) => [c, { href, verify: false }]));
    if (phone) channels.phone = phone;
    topics[id] = {
      ...t,
      channels,
      related: [],
      popular: core.popular.includes(id),
      articles: Object.fromEntries(LANGS.map((l) => [l, emptyArticle(t.articles[l])])) as Topic['articles'],
    };
  }
  const { contentLang: _lang, popular: _popular, index: _index, ...shared } = core;
  return { ...shared, topics, municipalities: { [municipality.slug]: municipality } };
}

export function addArticle(bundle: ContentBundle, id: string, lang: ContentLang, article: WidgetArticle): void {
  const topic = bundle.topics[id];
  if (topic) topic.articles[lang] = { terms: [], examples: [], body: '', ...article };
}
