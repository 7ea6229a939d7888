/** The boundary's work for one question: danger check, topic search and each topic's cue intent. */
import type { DangerKind } from '../model/content-schema.js';
import type { TopicMatch } from '../model/route-answer.js';
import type { Intent } from '../model/vocabulary.js';
import { assessDanger } from '../search/danger-signals.js';
import type { ChannelRouter } from './channel-router.js';

/** What the search and danger check at the boundary found; it rides on the conversation's event. */
export interface QueryFindings {
  /** Danger now: the emergency answer comes first. */
  danger: DangerKind | null;
  /** A weaker signal of this kind: the errand is answered under a line on danger and the fitting crisis line. */
  caution: DangerKind | null;
  matches: TopicMatch[];
  suggestions: TopicMatch[];
  /** The inquiry type each matched topic's question points to, cue words and model together (null: a question without words). */
  cues: Record<string, Intent | null>;
  /** The matched topics whose self-service the question says cannot serve the citizen (ChannelRouter.saysWithoutDigital). */
  withoutDigital: string[];
}

export function findQuery(router: ChannelRouter, text: string, lang = 'da'): QueryFindings {
  const matches = router.search(text, lang);
  const finding = assessDanger(text);
  return {
    danger: finding?.level === 'urgent' ? finding.kind : null,
    caution: finding?.level === 'caution' ? finding.kind : null,
    matches,
    suggestions: matches.length ? [] : router.suggest(text, lang),
    cues: cuesFor(router, text, matches, lang),
    withoutDigital: withoutDigitalFor(router, text, matches, lang),
  };
}

/** The inquiry type each matched topic's cue words point to (topic cues come with its article). */
export function cuesFor(router: ChannelRouter, text: string, matches: TopicMatch[], lang = 'da'): QueryFindings['cues'] {
  return Object.fromEntries(matches.map((m) => [m.id, router.cueFor(text, m.id, lang)]));
}

/** The matched topics whose self-service the question says cannot serve the citizen (the phrases come with the topic's article). */
export function withoutDigitalFor(router: ChannelRouter, text: string, matches: TopicMatch[], lang = 'da'): string[] {
  return matches.filter((m) => router.saysWithoutDigital(text, m.id, lang)).map((m) => m.id);
}
