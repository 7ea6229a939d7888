/**
 * What the server deletes by age, when it starts and then once a day:
 * - the words of searches that found nothing (stored only where a municipality turned that on,
 *   and redacted), after 90 days: long enough for an editor to see the gaps of a quarter, short
 *   enough that free text does not pile up;
 * - failed logins, once older than the lock can reach back (the failure window plus the lock):
 *   a username someone guessed at is not kept, and the table stays small.
 */
import { addDays, localTime } from '../domain/copenhagen-time.js';
import type { EventStore } from './storage/event-store.js';

export const WORDS_KEPT_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes the words logged before the last WORDS_KEPT_DAYS local days; returns how many. */
export function purgeOldWords(store: EventStore, now: Date): Promise<number> {
  return store.purgeWordsBefore(addDays(localTime(now).date, -WORDS_KEPT_DAYS));
}

/** Deletes failed logins older than `keptMs` before `now`; returns how many. */
export function purgeOldLoginFailures(store: EventStore, now: Date, keptMs: number): Promise<number> {
  return store.deleteLoginFailuresBefore(new Date(now.getTime() - keptMs));
}

export interface RetentionOptions {
  /** How far back the login lock looks: its failure window plus the lock's length. */
  loginFailuresKeptMs: number;
  clock?: () => Date;
  say?: (message: string) => void;
}

/** Purges now and every day after; the returned function stops it. A failed purge is said and tried again the next day. */
export function purgeDaily(store: EventStore, options: RetentionOptions): () => void {
  const { loginFailuresKeptMs, clock = () => new Date(), say = console.error } = options;
  const failed = (what: string) => (e: unknown) => say(`Could not delete ${what}: ${e instanceof Error ? e.message : String(e)}`);
  const run = () => {
    const now = clock();
    void purgeOldWords(store, now).then((n) => n > 0 && say(`Deleted the words of ${n} searches older than ${WORDS_KEPT_DAYS} days.`), failed(`words older than ${WORDS_KEPT_DAYS} days`));
    void purgeOldLoginFailures(store, now, loginFailuresKeptMs).then((n) => n > 0 && say(`Deleted ${n} failed logins older than the login lock looks back.`), failed('old failed logins'));
  };
  run();
  const timer = setInterval(run, DAY_MS);
  // The purge never keeps a stopping server alive.
  timer.unref();
  return () => clearInterval(timer);
}
