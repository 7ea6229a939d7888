/**
 * What the server keeps: the routing log, its counts, the assisted contacts staff register, staff
 * accounts, sessions and login failures. One interface, two adapters (sqlite/ for one machine,
 * postgres/ for several servers sharing one database), one contract test suite over both. This
 * file imports no driver: only the adapters do (ARCHITECTURE.md, principle 5). The choices are
 * argued in ../README.md.
 */
import type { ContactEvent } from '../../model/contact-event.js';
import type { ContactRollupRow, RollupRow, StatsCounts, StatsInterval } from '../../model/stats-api.js';
import type { LogEvent } from '../../model/log-event.js';
import type { Intent, StaffRole, UiLang } from '../../model/vocabulary.js';

/** An event with the moment the server took its request: kept beside the event's own `ts`. */
export interface ReceivedEvent {
  event: LogEvent;
  receivedAt: Date;
}

export interface InsertResult {
  /** Events stored by this call. */
  accepted: number;
  /** Events whose id was already stored, or repeated within the batch: stored once. */
  duplicates: number;
}

/** Local dates in Europe/Copenhagen, yyyy-mm-dd, both inclusive. */
export interface DayRange {
  /** A municipality's slug, or '*' for every municipality (operators compare them). */
  municipality: string;
  from: string;
  to: string;
}

export interface CountQuery extends DayRange {
  topic?: string;
  intent?: Intent;
}

/**
 * One row of the roll-up: how many events of one kind one municipality logged on one local day.
 * A field an event type does not carry is null (a `notFound` has no topic; only `followed` has
 * `chosen`). The statistics sum these rows per interval; nothing here computes a share or a cost.
 */
export interface CountRow extends RollupRow {
  canUseDigital: boolean | null;
  lang: UiLang;
}

export interface StatsCountQuery extends CountQuery {
  interval: StatsInterval;
}

/** What /api/stats reads without a topic filter (the daily sums keep no topic but on routed decisions). */
export interface TallyQuery extends DayRange {
  intent?: Intent;
  interval: StatsInterval;
  /** Each municipality's topics whose self-service is integrated: the cost model prices them apart. */
  integratedSelfservice: ReadonlyArray<readonly [municipality: string, topic: string]>;
}

export interface WordsCount {
  words: string;
  count: number;
}

export interface StaffUser {
  id: number;
  username: string;
  role: StaffRole;
  /** null for operators, who see every municipality. */
  municipality: string | null;
  createdAt: Date;
}

export interface NewStaffUser {
  username: string;
  /** Already hashed (argon2id, by the auth layer): the store never sees a password. */
  passwordHash: string;
  role: StaffRole;
  municipality: string | null;
}

export interface StaffSession {
  user: StaffUser;
  expiresAt: Date;
}

/** A username is unique per deployment; creating it twice is refused with this error. */
export class UsernameTakenError extends Error {
  constructor(readonly username: string) {
    super(`the username "${username}" is taken`);
    this.name = 'UsernameTakenError';
  }
}

export interface EventStore {
  /**
   * Stores validated events in one transaction with their roll-up counts: all or nothing, and
   * when the promise resolves they are committed and counted (the collector answers 202 then).
   * An id already stored, or repeated in the batch, is stored once. `receivedAt` is the server's
   * clock, kept beside the event's own `ts`.
   */
  insertEvents(events: readonly LogEvent[], receivedAt: Date): Promise<InsertResult>;

  /**
   * The collector's group commit: the events of several requests, each with the moment its
   * request arrived, stored in one transaction with their roll-up counts, all or nothing.
   * Resolves, once committed, with the ids this call stored; an id already stored before, or
   * stored by another server's transaction first, is not among them. Events repeated within the
   * call are stored once. The collector tells each request its own counts from this set.
   */
  insertReceivedEvents(events: readonly ReceivedEvent[]): Promise<Set<string>>;

  /**
   * The events of the range counted per day and every dimension, filtered by topic and inquiry
   * type when given. Grouped from the stored events when asked (no roll-up is kept for it): for
   * tests, tools and small ranges, not for the statistics, which read the roll-ups.
   */
  counts(query: CountQuery): Promise<CountRow[]>;

  /**
   * What the statistics and the export read: the roll-up summed per day or per week (ISO, the
   * first and last week clipped to the range) in the database, each row's `day` the first day
   * of its period, only the dimensions a statistic reads (a topic and `assisted` on routed
   * decisions only). Summing these rows gives every number the daily rows give.
   */
  statsCounts(query: StatsCountQuery): Promise<RollupRow[]>;

  /**
   * What /api/stats reads: per municipality and day or week (as statsCounts) every measure of
   * src/domain/stats-measures.ts summed in the database, each period's most routed topics and the
   * range's topics, from the daily sums (stats_days, stats_day_topics) in one snapshot. A year by
   * day is a few thousand rows. `statsCountsOf` over statsCounts's rows gives the same.
   */
  statsTallies(query: TallyQuery): Promise<StatsCounts>;

  /** Recomputes the roll-up from the stored events: for a migration that adds a dimension. */
  rebuildCounts(): Promise<void>;

  /** Stored (redacted) not-found words in the range, most frequent first. */
  notFoundWords(query: DayRange, limit?: number): Promise<WordsCount[]>;

  /** Deletes the words of not-found events logged before this local date; returns how many. */
  purgeWordsBefore(day: string): Promise<number>;

  /**
   * Stores one assisted contact (issue 17) for the municipality, committed when the promise
   * resolves (the API answers 202 then). An id already stored is stored once: `accepted` 0,
   * `duplicates` 1. Nothing about who registered it is kept.
   */
  insertContact(contact: ContactEvent, municipality: string, receivedAt: Date): Promise<InsertResult>;

  /** The assisted contacts in the range, grouped by day and every dimension; filtered by topic and inquiry type when given. */
  contactCounts(query: CountQuery): Promise<ContactRollupRow[]>;

  /** Throws UsernameTakenError when the username exists. */
  createUser(user: NewStaffUser): Promise<StaffUser>;
  listUsers(): Promise<StaffUser[]>;
  /** The user and their password hash, for the login check. */
  findUser(username: string): Promise<{ user: StaffUser; passwordHash: string } | null>;
  /** Removes the user with their sessions; false when there was none. */
  removeUser(username: string): Promise<boolean>;
  /**
   * Sets a new password hash, unlocks the account (clears its login failures) and ends its
   * sessions: a reset after a leaked password must not leave the old sessions open.
   */
  setPassword(username: string, passwordHash: string): Promise<boolean>;

  /**
   * A new session with a random id (32 bytes, base64url), which only the cookie carries: the
   * store keeps its SHA-256, so a copy of the database opens no session.
   */
  createSession(userId: number, expiresAt: Date): Promise<string>;
  /** The session's user, or null when the id is unknown or expired at `now`. */
  findSession(sessionId: string, now: Date): Promise<StaffSession | null>;
  deleteSession(sessionId: string): Promise<void>;
  /** Logs a user out everywhere; returns how many sessions ended. */
  deleteSessionsOf(userId: number): Promise<number>;
  deleteExpiredSessions(now: Date): Promise<number>;

  /**
   * Failed logins, by username (known or not, so the lock reveals nothing about which exist).
   * The auth layer decides the window and the threshold; the store only keeps and counts.
   */
  recordLoginFailure(username: string, at: Date): Promise<void>;
  countLoginFailures(username: string, since: Date): Promise<number>;
  /**
   * The times of the username's latest failures, newest first, at most `limit`: the auth layer
   * reads when the failure that locked the account happened, so the lock lasts its full time.
   */
  latestLoginFailures(username: string, limit: number): Promise<Date[]>;
  clearLoginFailures(username: string): Promise<void>;
  /** Deletes every username's failures from before `before` (the daily purge); returns how many. */
  deleteLoginFailuresBefore(before: Date): Promise<number>;

  close(): Promise<void>;
}
