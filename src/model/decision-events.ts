/**
 * What the conversation reports as it goes: the shapes of `Kanalguide.on()` and the
 * `kanalguide:*` DOM events, and what the widget's sender (src/telemetry/) turns into the routing
 * log's events. No free text, no identity.
 */
import type { DangerKind } from './content-schema.js';
import type { Intent, RoutableChannel } from './vocabulary.js';

/** A routing decision for the log. */
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
  /** The errand was answered under the line on danger (a weaker signal). False whenever `urgent`. */
  caution: boolean;
}

export type DecisionEvent =
  { type: 'routed'; decision: RoutedDecision } | { type: 'followed'; channel: RoutableChannel; topic: string | null } | { type: 'helped'; helped: boolean; topic: string | null };

/**
 * Everything the conversation emits: the public decision events, and two that only the routing
 * log hears (issue 15's event table). A host page's scripts, and any analytics they feed, never
 * learn which danger the citizen's words signalled (health data) or that a search found nothing;
 * the public `routed` event of an emergency keeps saying only `urgent: true`.
 */
export type ConversationReport = DecisionEvent | { type: 'emergency'; kind: DangerKind; topic: string | null } | { type: 'notFound' };
