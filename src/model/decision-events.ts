/**
 * What the conversation reports as it goes: the shapes of `Kanalguide.on()`, the
 * `kanalguide:*` DOM events and what the widget posts to a municipality's log. No free text, no
 * identity.
 */
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
  | { type: 'routed'; decision: RoutedDecision }
  | { type: 'followed'; channel: RoutableChannel; topic: string | null }
  | { type: 'helped'; helped: boolean; topic: string | null };
