/** The content's topics as search documents: both languages' words in every document, so a
 * citizen who writes English in the Danish widget (or the reverse) is still understood. */
import type { ContentBundle } from '../content/types.js';
import { LANGS } from '../domain/vocabulary.js';
import type { SearchDoc } from './search-index.js';

export function topicDocs(content: ContentBundle): SearchDoc[] {
  return Object.values(content.topics).map((topic) => {
    const fields: Required<Omit<SearchDoc['fields'], 'body'>> = { title: [], terms: [], examples: [], summary: [], actions: [] };
    for (const lang of LANGS) {
      const a = topic.articles[lang];
      fields.title.push(a.title);
      fields.terms.push(...a.terms);
      fields.examples.push(...a.examples);
      fields.summary.push(a.summary);
      for (const entry of Object.values(a.intents)) if (entry) fields.actions.push(entry.action);
    }
    return { id: topic.id, fields };
  });
}

export function allStopwords(content: ContentBundle): string[] {
  return LANGS.flatMap((l) => content.stopwords[l]);
}

export function genericWords(content: ContentBundle): string[] {
  return LANGS.flatMap((l) => content.stopwords.generic[l]);
}
