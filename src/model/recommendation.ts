/** What the routing core hands out: the contract of `route --jsonl` and of the widget. */
import type { AuthorityId, Intent, Localized, RoutableChannel } from './vocabulary.js';

export interface Action {
  kind: 'link' | 'phone' | 'booking';
  /** https: or tel: only. */
  href: string;
  label: string;
}

export interface Alternative {
  channel: RoutableChannel;
  action: Action;
}

export interface Recommendation {
  topic: string | null;
  intent: Intent | null;
  channel: RoutableChannel;
  action: Action;
  alternatives: Alternative[];
  authority: AuthorityId | null;
  /** The primary channel's state at `now`; null when it keeps no hours. */
  open: boolean | null;
  /** ISO 8601 with offset, when a closed primary channel opens next. */
  opensAt: string | null;
  /** ISO 8601 with offset, when an open primary channel closes today (the widget's "closes 15:00"). */
  closesAt: string | null;
  reason: Localized;
}

export interface Circumstances {
  /** false: cannot use MitID or digital self-service; null: not asked. */
  canUseDigital: boolean | null;
  /** Staff beside the citizen (medbetjening). It does not change the channel; it is logged. */
  assisted: boolean;
}
