/** The route contract's answer to one question: what `route --jsonl` writes and the eval scores. */
import type { Recommendation } from './recommendation.js';
import type { Intent } from './vocabulary.js';

/** A topic the question may be about, with a calibrated confidence in [0, 1]. */
export interface TopicMatch {
  id: string;
  score: number;
}

export interface RouteAnswer {
  q: string;
  /** Danger now: the recommendation is the emergency answer. */
  urgent: boolean;
  /** A weaker signal: the errand is answered under a line asking whether anyone is in danger now. False whenever `urgent`. */
  caution: boolean;
  /** Best first, at most five; empty when nothing matches with confidence. */
  topics: TopicMatch[];
  intent: Intent | null;
  recommendation: Recommendation | null;
}
