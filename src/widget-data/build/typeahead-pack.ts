/** Packs the console's type-ahead words (at build time, in Node): each topic's title and terms in one language. */
import type { ContentBundle } from '../../model/content-bundle.js';
import type { ContentLang } from '../../model/vocabulary.js';
import type { TypeaheadTopic } from '../typeahead.js';

export function typeaheadTopics(content: ContentBundle, lang: ContentLang): TypeaheadTopic[] {
  return Object.values(content.topics).map((t) => ({ id: t.id, title: t.articles[lang].title, terms: t.articles[lang].terms }));
}
