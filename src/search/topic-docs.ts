/**
 * The content's topics as search documents for one language: that language's words, plus the
 * other language's titles, so "passport" still finds *Pas* in the Danish widget. One language per
 * index keeps what the widget downloads small; measured on our sets it searches as well as both.
 */
import type { ContentBundle } from '../model/content-bundle.js';
import { type ContentLang, LANGS } from '../model/vocabulary.js';
import { circumstancePhrases, type MovePhrases } from './circumstances.js';
import { fold, words } from './normalize.js';
import type { SearchDoc } from './search-index.js';

/**
 * The towns and districts the content names: every municipality's `places` and the other Danish
 * towns citizens move from and to (stopwords.yaml `towns`). They say where, not what the errand
 * is, so search reads them as light words (channel-router.ts) and no topic is indexed by them.
 */
export function placeNames(content: ContentBundle): string[] {
  return [...Object.values(content.municipalities).flatMap((m) => m.places), ...content.stopwords.towns];
}

/**
 * The phrases with the place names taken out. A topic's example "flytte til Aarhus", or "odense"
 * learned from its training sentences, let a town pull a question to the topic: "I just moved to
 * Aarhus from Spain, how do I get a CPR number" went to moving.
 */
function withoutPlaces(phrases: string[], places: ReadonlySet<string>): string[] {
  return phrases.flatMap((p) => {
    const all = words(p);
    if (!all.some((w) => places.has(fold(w)))) return [p];
    const kept = all.filter((w) => !places.has(fold(w)));
    return kept.length ? [kept.join(' ')] : [];
  });
}

export function topicDocs(content: ContentBundle, lang: ContentLang): SearchDoc[] {
  const places = new Set(placeNames(content).flatMap((p) => words(p).map(fold)));
  const unplaced = (phrases: string[]) => withoutPlaces(phrases, places);
  return Object.values(content.topics).map((topic) => {
    const a = topic.articles[lang];
    return {
      id: topic.id,
      fields: {
        title: LANGS.map((l) => topic.articles[l].title),
        terms: unplaced(a.terms),
        examples: unplaced(a.examples),
        learned: unplaced(content.topicWords?.[topic.id]?.[lang] ?? []),
        summary: unplaced([a.summary]),
        actions: Object.values(a.intents).flatMap((entry) => (entry ? [entry.action] : [])),
      },
      unlike: a.unlike,
    };
  });
}

export function allStopwords(content: ContentBundle): string[] {
  return LANGS.flatMap((l) => content.stopwords[l]);
}

export function movePhrases(content: ContentBundle, lang: ContentLang, stopwords: Iterable<string>): MovePhrases {
  const { verbs, into, dwellings } = content.stopwords.moves;
  return { verbs: circumstancePhrases(verbs[lang]), into: circumstancePhrases(into[lang]), dwellings: circumstancePhrases(dwellings[lang]), between: new Set(stopwords) };
}
