/**
 * The content's topics as search documents for one language: that language's words, plus the
 * other language's titles, so "passport" still finds *Pas* in the Danish widget. One language per
 * index keeps what the widget downloads small; measured on our sets it searches as well as both.
 */
import type { ContentBundle } from '../model/content-bundle.js';
import { type ContentLang, LANGS } from '../model/vocabulary.js';
import type { SearchDoc } from './search-index.js';

export function topicDocs(content: ContentBundle, lang: ContentLang): SearchDoc[] {
  return Object.values(content.topics).map((topic) => {
    const a = topic.articles[lang];
    return {
      id: topic.id,
      fields: {
        title: LANGS.map((l) => topic.articles[l].title),
        terms: a.terms,
        examples: a.examples,
        learned: content.topicWords?.[topic.id]?.[lang] ?? [],
        summary: [a.summary],
        actions: Object.values(a.intents).flatMap((entry) => (entry ? [entry.action] : [])),
      },
      unlike: a.unlike,
    };
  });
}

export function allStopwords(content: ContentBundle): string[] {
  return LANGS.flatMap((l) => content.stopwords[l]);
}

export function genericWords(content: ContentBundle): string[] {
  return LANGS.flatMap((l) => content.stopwords.generic[l]);
}

export function circumstanceList(content: ContentBundle): string[] {
  return LANGS.flatMap((l) => content.stopwords.circumstances[l]);
}

export function caseStatusList(content: ContentBundle): string[] {
  return LANGS.flatMap((l) => content.stopwords.caseStatus[l]);
}
