/** The boundary's work for one question: danger check, topic search and each topic's cue intent. */
import { signalsDanger } from '../domain/danger.js';
import type { QueryFindings } from '../machine/conversation-types.js';
import type { TopicMatch } from '../search/topic-search.js';
import type { Router } from './router.js';

export function findQuery(router: Router, text: string, lang = 'da'): QueryFindings {
  const matches = router.search(text, lang);
  return {
    danger: signalsDanger(text),
    matches,
    suggestions: matches.length ? [] : router.suggest(text, lang),
    cues: cuesFor(router, text, matches),
  };
}

/** The inquiry type each matched topic's cue words point to (topic cues come with its article). */
export function cuesFor(router: Router, text: string, matches: TopicMatch[]): QueryFindings['cues'] {
  return Object.fromEntries(matches.map((m) => [m.id, router.intents.detect(text, router.content.topics[m.id]!)]));
}
