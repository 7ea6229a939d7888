/**
 * Group commit for the collector: requests that arrive together (in one turn of the event loop,
 * or while the commits before them are under way) are stored in one transaction, and each is
 * answered after that commit with its own counts.
 * A commit costs the same for 1 event as for 100 (PostgreSQL flushes its WAL at each commit;
 * SQLite takes its write lock and writes its WAL frames), so under load one commit per group
 * instead of one per request is what lets the collector keep up (src/server/README.md, "Group
 * commit"). A failed commit fails every request of the group: nothing of it is stored, and every
 * sender is told to send again.
 */
import type { LogEvent } from '../../model/log-event.js';
import type { EventStore, InsertResult, ReceivedEvent } from '../storage/event-store.js';

export interface GroupCommitOptions {
  /** A group is committed as soon as its requests hold this many events. */
  maxEvents: number;
  /**
   * Otherwise the first request of a group waits at most this long for others to join it. 0: until
   * the end of the event loop's turn (setImmediate), so the group is every request whose body has
   * arrived by then, and a lone request waits for nothing.
   */
  maxWaitMs: number;
  /**
   * Groups being committed at once. More than one lets PostgreSQL commit a group while the next
   * gathers; SQLite's synchronous driver commits one at a time whatever this says.
   */
  maxInFlight: number;
}

/**
 * Measured with `npm run bench:collector` (README, "The collector over HTTP"): a fixed 2 ms wait
 * left the server idle for a third of the time at 50 connections, since a request that arrives
 * while a group commits is already there to join the next one. Gathering what the turn of the
 * event loop brings makes a group as big as the load: one request when idle, everything that
 * arrived during the last commit when busy.
 */
export const DEFAULT_GROUP_COMMIT: GroupCommitOptions = { maxEvents: 2000, maxWaitMs: 0, maxInFlight: 2 };

interface Waiting {
  events: readonly LogEvent[];
  receivedAt: Date;
  resolve: (result: InsertResult) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommit {
  /** Resolves once the request's events are committed, with its own counts. */
  submit(events: readonly LogEvent[], receivedAt: Date): Promise<InsertResult>;
}

/**
 * Each request's counts from the ids the group's transaction stored: an event is accepted by the
 * first request of the group that carries its id, when the transaction stored it; every other
 * copy (in the same request, a later request of the group, or stored before) is a duplicate.
 */
export function countsPerRequest(requests: ReadonlyArray<readonly LogEvent[]>, stored: ReadonlySet<string>): InsertResult[] {
  const claimed = new Set<string>();
  return requests.map((events) => {
    let accepted = 0;
    for (const { id } of events) {
      if (stored.has(id) && !claimed.has(id)) {
        claimed.add(id);
        accepted += 1;
      }
    }
    return { accepted, duplicates: events.length - accepted };
  });
}

export function groupCommit(store: EventStore, options: GroupCommitOptions): GroupCommit {
  let queue: Waiting[] = [];
  let queuedEvents = 0;
  let inFlight = 0;
  /** Cancels the wait for the group being gathered, when one is. */
  let cancelWait: (() => void) | undefined;

  function wait(then: () => void): () => void {
    if (options.maxWaitMs === 0) {
      const immediate = setImmediate(then);
      return () => clearImmediate(immediate);
    }
    const timer = setTimeout(then, options.maxWaitMs);
    return () => clearTimeout(timer);
  }

  /** Takes whole requests from the queue up to maxEvents (at least one) and commits them together. */
  async function commitNext(): Promise<void> {
    cancelWait?.();
    cancelWait = undefined;
    if (queue.length === 0) return;
    let count = 0;
    let taken = 0;
    while (taken < queue.length && (taken === 0 || count + queue[taken]!.events.length <= options.maxEvents)) count += queue[taken++]!.events.length;
    const group = queue.slice(0, taken);
    queue = queue.slice(taken);
    queuedEvents -= count;
    inFlight += 1;
    try {
      const received: ReceivedEvent[] = group.flatMap((w) => w.events.map((event) => ({ event, receivedAt: w.receivedAt })));
      const stored = await store.insertReceivedEvents(received);
      const results = countsPerRequest(
        group.map((w) => w.events),
        stored,
      );
      group.forEach((w, i) => w.resolve(results[i]!));
    } catch (error) {
      for (const w of group) w.reject(error);
    } finally {
      inFlight -= 1;
      // Requests that queued while the committers were busy have waited already: no timer for them.
      if (queue.length > 0 && inFlight < options.maxInFlight) void commitNext();
    }
  }

  function schedule(): void {
    if (inFlight >= options.maxInFlight) return; // the commit in flight takes the queue when it ends
    if (queuedEvents >= options.maxEvents) {
      void commitNext();
      return;
    }
    cancelWait ??= wait(() => {
      cancelWait = undefined;
      if (inFlight < options.maxInFlight) void commitNext();
    });
  }

  return {
    submit(events, receivedAt) {
      return new Promise<InsertResult>((resolve, reject) => {
        queue.push({ events, receivedAt, resolve, reject });
        queuedEvents += events.length;
        schedule();
      });
    },
  };
}
