/** The conversation's context, events and the telemetry it emits. */
import type { DangerKind } from '../content/schema.js';
import type { ContentBundle } from '../content/types.js';
import type { Recommendation } from '../domain/recommendation.js';
import type { Intent, RoutableChannel } from '../domain/vocabulary.js';
import type { TopicMatch } from '../search/topic-search.js';

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
  danger: DangerKind | null;
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

/** What the search and danger check at the boundary found; it rides on the event. */
export interface QueryFindings {
  danger: DangerKind | null;
  matches: TopicMatch[];
  suggestions: TopicMatch[];
  cues: Record<string, Intent | null>;
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

/** A routing decision for the log: no free text, no identity. */
export interface RoutedDecision {
  municipality: string;
  lang: string;
  assisted: boolean;
  topic: string | null;
  intent: Intent | null;
  channel: RoutableChannel;
  alternatives: RoutableChannel[];
  authority: string | null;
  canUseDigital: boolean | null;
  open: boolean | null;
  urgent: boolean;
}

export type ConversationEmitted =
  | { type: 'routed'; decision: RoutedDecision }
  | { type: 'followed'; channel: RoutableChannel; topic: string | null }
  | { type: 'helped'; helped: boolean; topic: string | null };
