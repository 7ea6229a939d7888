/** The conversation's input, context and events; what it emits is `ConversationReport` (model). */
import type { ContentBundle } from '../model/content-bundle.js';
import type { DangerKind } from '../model/content-schema.js';
import type { Recommendation } from '../model/recommendation.js';
import type { TopicMatch } from '../model/route-answer.js';
import type { Intent, RoutableChannel } from '../model/vocabulary.js';
import type { QueryFindings } from '../routing/query-findings.js';

export interface ConversationInput {
  content: ContentBundle;
  municipality: string;
  lang: string;
  /** Staff beside the citizen (medbetjening): the same conversation, logged as assisted. */
  assisted: boolean;
}

export interface ConversationContext extends ConversationInput {
  /** ISO time of the last event that carried one: the decision is taken "now". */
  now: string;
  matches: TopicMatch[];
  /** When nothing matched with confidence: the closest topics, offered as "did you mean". */
  suggestions: TopicMatch[];
  /** The inquiry type each matched topic's cue words point to (null: no cue). */
  cues: Record<string, Intent | null>;
  /** The matched topics whose self-service the citizen's words say cannot serve them: answered as without digital, unasked. */
  withoutDigital: string[];
  danger: DangerKind | null;
  /** A weaker danger signal in the citizen's words: shown as a line above every step until they start over. */
  caution: DangerKind | null;
  topic: string | null;
  intent: Intent | null;
  /** Whether the citizen chose the intent themselves (then cues no longer apply). */
  intentChosen: boolean;
  canUseDigital: boolean | null;
  /** Whether the MitID question was asked in this conversation (for going back). */
  askedDigital: boolean;
  recommendation: Recommendation | null;
  helped: boolean | null;
}

export type ConversationEvent =
  | ({ type: 'citizen.submitQuery'; now: string } & QueryFindings)
  | { type: 'citizen.chooseTopic'; topic: string; intent?: Intent; now: string }
  | { type: 'citizen.changeIntent' }
  | { type: 'citizen.chooseIntent'; intent: Intent; now: string }
  | { type: 'citizen.answerDigital'; canUseDigital: boolean; now: string }
  | { type: 'citizen.skipQuestion'; now: string }
  | { type: 'citizen.continueAfterEmergency'; now: string }
  | { type: 'citizen.followAction'; channel: RoutableChannel }
  | { type: 'citizen.finish' }
  | { type: 'citizen.answerHelped'; helped: boolean }
  | { type: 'citizen.goBack' }
  | { type: 'citizen.startOver' };
