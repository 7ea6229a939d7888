/**
 * The words of searches that found nothing (stored only where a municipality turned that on, and
 * redacted) are kept 90 days: long enough for an editor to see the gaps of a quarter, short
 * enough that free text does not pile up. Purged when the server starts and then once a day.
 */
import { addDays, localTime } from '../domain/copenhagen-time.js';
import type { EventStore } from './storage/event-store.js';

export const WORDS_KEPT_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes the words logged before the last WORDS_KEPT_DAYS local days; returns how many. */
export function purgeOldWords(store: EventStore, now: Date): Promise<number> {
  return store.purgeWordsBefore(addDays(localTime(now).date, -WORDS_KEPT_DAYS));
}

/** Purges now and every day after; the returned function stops it. A failed purge is said and tried again the next day. */
export function keepWordsNinetyDays(store: EventStore, clock: () => Date = () => new Date(), say: (message: string) => void = console.error): () => void {
  const run = () =>
    purgeOldWords(store, clock()).then(
      (n) => n > 0 && say(`Deleted the words of ${n} searches older than ${WORDS_KEPT_DAYS} days.`),
      (e: unknown) => say(`Could not delete words older than ${WORDS_KEPT_DAYS} days: ${e instanceof Error ? e.message : String(e)}`),
    );
  void run();
  const timer = setInterval(run, DAY_MS);
  // The purge never keeps a stopping server alive.
  timer.unref();
  return () => clearInterval(timer);
}
