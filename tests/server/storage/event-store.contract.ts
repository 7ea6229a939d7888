/**
 * One contract for every store: sqlite-store.test.ts and postgres-store.test.ts run these same
 * tests, each on a fresh database per test, so the two adapters cannot drift apart.
 */
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { komhenCounts, municipalityStats, statsCountsOf, type CostModel } from '../../../src/domain/channel-stats.js';
import { addDays, localTime } from '../../../src/domain/copenhagen-time.js';
import type { Municipality } from '../../../src/model/content-schema.js';
import type { StatsCounts } from '../../../src/model/stats-api.js';
import { INTENTS } from '../../../src/model/vocabulary.js';
import type { ContactEvent } from '../../../src/model/contact-event.js';
import type { LogEvent } from '../../../src/model/log-event.js';
import { UsernameTakenError, type CountRow, type EventStore } from '../../../src/server/storage/event-store.js';
import { logEventArb, MUNICIPALITIES, routed, TOPICS } from '../../support/log-events.js';
import type { Target } from './support/targets.js';

/** A fresh, empty database of one kind. */
export interface Database {
  target: Target;
  open(): Promise<EventStore>;
  /** How far the migrations went, read past the store. */
  schemaVersion(): Promise<number>;
  /**
   * Undoes migration `from` and the later ones past the store, as a database of an earlier
   * release: drops their STATS_TABLES, brings back event_counts (dropped by 007, which 004 fills
   * stats_counts from) counted from the events as that release kept it, records version from - 1.
   */
  undoStatsRollups(from: 4 | 5): Promise<void>;
  drop(): Promise<void>;
}

/** The number of numbered migrations each adapter ships. */
const MIGRATIONS = 7;

/** The statistics' roll-ups the current schema has, and the migration that made each (004's stats_weeks is gone since 006). */
export const STATS_TABLES = [
  { name: 'stats_counts', version: 4 },
  { name: 'stats_days', version: 5 },
  { name: 'stats_day_topics', version: 5 },
] as const;
const CHILD = fileURLToPath(new URL('./support/insert-until-killed.ts', import.meta.url));
const RECEIVED = new Date('2026-12-01T09:31:00Z');
const ALL_YEAR = { municipality: '*', from: '2025-12-31', to: '2027-01-01' };

/** What the roll-up should hold, counted here from the events themselves, not with the store's code. */
function expectedCounts(events: readonly LogEvent[]): Map<string, number> {
  const byId = new Map(events.map((e) => [e.id, e] as const));
  const counts = new Map<string, number>();
  for (const e of byId.values()) {
    const field = (name: string) => (name in e ? (e as unknown as Record<string, unknown>)[name] : null) ?? null;
    const key = JSON.stringify([
      e.municipality,
      localTime(new Date(e.ts)).date,
      e.type,
      field('topic'),
      field('intent'),
      field('recommended'),
      field('chosen'),
      field('kind'),
      field('helped'),
      e.assisted,
      field('canUseDigital'),
      e.lang,
    ]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function countsByKey(rows: readonly CountRow[]): Map<string, number> {
  return new Map(rows.map((r) => [JSON.stringify([r.municipality, r.day, r.type, r.topic, r.intent, r.recommended, r.chosen, r.kind, r.helped, r.assisted, r.canUseDigital, r.lang]), r.count]));
}

/** Prices with a difference between every channel, and one integrated topic, so a misplaced row changes a cost. */
const MODEL: CostModel & Pick<Municipality, 'targets'> = {
  costs: { selfservice: 2, selfserviceManual: 19, phone: 31, letter: 52, email: 51, meeting: 57 },
  integratedSelfservice: ['flytning'],
  targets: undefined,
};

/** Aarhus's self-service for flytning is integrated, the others' not: the database's sums must price each municipality by its own. */
const modelOf = (slug: string): typeof MODEL => (slug === 'aarhus' ? MODEL : { ...MODEL, integratedSelfservice: [] });
const integratedOf = (slug: string) => modelOf(slug).integratedSelfservice;
const INTEGRATED = MUNICIPALITIES.flatMap((slug) => integratedOf(slug).map((topic) => [slug, topic] as const));

/**
 * Six weeks around the change to summer time, so a few dozen events fill most days and every
 * range has events in its first and last, partly covered weeks.
 */
const WINDOW = { first: '2026-03-01', days: 45 };
const windowEventArb = fc
  .tuple(logEventArb, fc.integer({ min: 0, max: WINDOW.days * 86_400 - 1 }))
  .map(([event, second]) => ({ ...event, ts: new Date(Date.parse(`${WINDOW.first}T00:00:00Z`) + second * 1000).toISOString() }));

/** A statistics query in the window: any range (weeks clipped at both ends), interval and filter. */
const statsQueryArb = fc
  .record({
    start: fc.integer({ min: 0, max: WINDOW.days }),
    length: fc.integer({ min: 0, max: WINDOW.days }),
    interval: fc.constantFrom('day' as const, 'week' as const),
    municipality: fc.constantFrom('*', ...MUNICIPALITIES),
    // Each filter in half of the queries: unfiltered ones read the weekly roll-up.
    topic: fc.option(fc.constantFrom(...TOPICS), { nil: undefined, freq: 2 }),
    intent: fc.option(fc.constantFrom(...INTENTS), { nil: undefined, freq: 2 }),
  })
  .map(({ start, length, ...rest }) => ({ ...rest, from: addDays(WINDOW.first, start), to: addDays(WINDOW.first, Math.min(WINDOW.days, start + length)) }));

const total = (rows: readonly CountRow[]) => rows.reduce((sum, r) => sum + r.count, 0);

/** The database's sums in a fixed order, to compare two reads (the stores return them unordered). */
const sortedCounts = (counts: StatsCounts) => {
  const sorted = (rows: readonly object[]) => rows.map((r) => JSON.stringify(r)).sort();
  return { tallies: sorted(counts.tallies), topics: sorted(counts.topics), rangeTopics: sorted(counts.rangeTopics) };
};

/** The roll-ups the inserts keep, as the statistics read them by day over ALL_YEAR, in a fixed order: to compare with what rebuildCounts() recounts from the events. */
async function rollupsOf(store: EventStore) {
  const sorted = (rows: readonly object[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    stats: sorted(await store.statsCounts({ ...ALL_YEAR, interval: 'day' })),
    tallies: sortedCounts(await store.statsTallies({ ...ALL_YEAR, interval: 'day', integratedSelfservice: INTEGRATED })),
  };
}

export function eventStoreContract(kind: string, fresh: () => Promise<Database>): void {
  describe(`the ${kind} store`, () => {
    let db: Database;
    const opened: EventStore[] = [];
    const open = async () => {
      const store = await db.open();
      opened.push(store);
      return store;
    };

    beforeEach(async () => {
      db = await fresh();
    });
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
      await db.drop();
    });

    describe('the routing log', () => {
      it('counts a committed batch at once, by local day', async () => {
        const store = await open();
        const batch = [
          routed(),
          routed({ topic: 'pas', recommended: 'meeting', intent: 'transaction' }),
          // 23:30 UTC on New Year's Eve is already 1 January in Copenhagen.
          routed({ ts: '2026-12-31T23:30:00Z', municipality: 'esbjerg' }),
        ];
        expect(await store.insertEvents(batch, RECEIVED)).toEqual({ accepted: 3, duplicates: 0 });
        const rows = await store.counts({ municipality: 'aarhus', from: '2026-12-01', to: '2026-12-01' });
        expect(rows.map((r) => [r.day, r.topic, r.recommended, r.count]).sort()).toEqual([
          ['2026-12-01', 'flytning', 'selfservice', 1],
          ['2026-12-01', 'pas', 'meeting', 1],
        ]);
        expect(rows[0]).toMatchObject({ type: 'routed', intent: 'transaction', chosen: null, kind: null, helped: null, assisted: false, canUseDigital: null, lang: 'da' });
        expect(await store.counts({ municipality: 'esbjerg', from: '2027-01-01', to: '2027-01-01' })).toHaveLength(1);
        expect(await store.counts({ municipality: 'esbjerg', from: '2026-12-31', to: '2026-12-31' })).toEqual([]);
      });

      it('filters by municipality or all of them, inclusive dates, topic and inquiry type', async () => {
        const store = await open();
        await store.insertEvents(
          [
            routed({ ts: '2026-11-30T23:59:59+01:00' }),
            routed({ ts: '2026-12-01T00:00:00+01:00' }),
            routed({ ts: '2026-12-02T23:59:59+01:00', topic: 'pas', intent: 'information' }),
            routed({ ts: '2026-12-03T00:00:00+01:00' }),
            routed({ ts: '2026-12-01T12:00:00+01:00', municipality: 'demo' }),
          ],
          RECEIVED,
        );
        const range = { from: '2026-12-01', to: '2026-12-02' };
        expect(total(await store.counts({ municipality: 'aarhus', ...range }))).toBe(2);
        expect(total(await store.counts({ municipality: '*', ...range }))).toBe(3);
        expect(total(await store.counts({ municipality: '*', ...range, topic: 'pas' }))).toBe(1);
        expect(total(await store.counts({ municipality: '*', ...range, intent: 'transaction' }))).toBe(2);
        expect(total(await store.counts({ municipality: 'aarhus', ...range, topic: 'pas', intent: 'transaction' }))).toBe(0);
      });

      it('stores an event sent twice once, across batches and within one', async () => {
        const store = await open();
        const batch = [routed(), routed(), routed()];
        expect(await store.insertEvents(batch, RECEIVED)).toEqual({ accepted: 3, duplicates: 0 });
        expect(await store.insertEvents(batch, RECEIVED)).toEqual({ accepted: 0, duplicates: 3 });
        const again = routed();
        expect(await store.insertEvents([again, batch[0]!, again], RECEIVED)).toEqual({ accepted: 1, duplicates: 2 });
        expect(total(await store.counts(ALL_YEAR))).toBe(4);
      });

      it('stores nothing of a batch the database refuses in the middle, and all of it once it is whole', async () => {
        const store = await open();
        const good = Array.from({ length: 60 }, () => routed());
        // A NOT NULL column left empty: the database itself refuses the 50th row.
        const broken = [...good.slice(0, 49), { ...routed(), lang: null } as unknown as LogEvent, ...good.slice(49)];
        await expect(store.insertEvents(broken, RECEIVED)).rejects.toThrow();
        expect(await store.counts(ALL_YEAR)).toEqual([]);
        expect(await store.insertEvents(good, RECEIVED)).toEqual({ accepted: 60, duplicates: 0 });
        expect(total(await store.counts(ALL_YEAR))).toBe(60);
      });

      it('stores a group of received events in one transaction and says which ids it stored', async () => {
        const store = await open();
        const [before, first, second] = [routed(), routed(), routed({ topic: 'pas' })];
        await store.insertEvents([before], RECEIVED);
        const later = new Date(RECEIVED.getTime() + 3);
        const stored = await store.insertReceivedEvents([
          { event: first, receivedAt: RECEIVED },
          { event: before, receivedAt: RECEIVED },
          { event: second, receivedAt: later },
          // The same event in another request of the group.
          { event: first, receivedAt: later },
        ]);
        expect([...stored].sort()).toEqual([first.id, second.id].sort());
        expect(total(await store.counts(ALL_YEAR))).toBe(3);
        expect(await store.insertReceivedEvents([{ event: first, receivedAt: later }])).toEqual(new Set());
        expect(await store.insertReceivedEvents([])).toEqual(new Set());
      });

      it('stores nothing of a group the database refuses in one of its events', async () => {
        const store = await open();
        const good = Array.from({ length: 30 }, () => ({ event: routed(), receivedAt: RECEIVED }));
        const broken = { event: { ...routed(), lang: null } as unknown as LogEvent, receivedAt: RECEIVED };
        await expect(store.insertReceivedEvents([...good.slice(0, 20), broken, ...good.slice(20)])).rejects.toThrow();
        expect(await store.counts(ALL_YEAR)).toEqual([]);
        expect((await store.insertReceivedEvents(good)).size).toBe(30);
      });

      it('gives each stored id to exactly one of two stores taking overlapping groups at once', async () => {
        const [a, b] = [await open(), await open()];
        const shared = Array.from({ length: 30 }, () => routed());
        const groups = Array.from({ length: 12 }, (_, i) => [...Array.from({ length: 20 }, () => routed()), ...shared.slice(i % 3, (i % 3) + 10)].map((event) => ({ event, receivedAt: RECEIVED })));
        const results = await Promise.all(groups.map((group, i) => (i % 2 ? a : b).insertReceivedEvents(group)));
        const ids = results.flatMap((set) => [...set]);
        expect(ids.length).toBe(new Set(ids).size);
        expect(new Set(ids)).toEqual(new Set(groups.flat().map((r) => r.event.id)));
        expect(total(await a.counts(ALL_YEAR))).toBe(ids.length);
      });

      it('keeps its roll-up equal to the events, counted here and recounted from the stored rows', async () => {
        const store = await open();
        const sent: LogEvent[] = [];
        await fc.assert(
          fc.asyncProperty(fc.array(logEventArb, { minLength: 1, maxLength: 40 }), fc.nat(), async (fresh, pick) => {
            // Some events of earlier batches come again, as a sender retrying would send them.
            const resent = sent.length ? sent.filter((_, i) => (i + pick) % 5 === 0).slice(0, 10) : [];
            const batch = [...fresh, ...resent];
            const before = new Set(sent.map((e) => e.id));
            const result = await store.insertEvents(batch, RECEIVED);
            expect(result.accepted).toBe(new Set(fresh.filter((e) => !before.has(e.id)).map((e) => e.id)).size);
            expect(result.accepted + result.duplicates).toBe(batch.length);
            sent.push(...fresh);
            expect(countsByKey(await store.counts(ALL_YEAR))).toEqual(expectedCounts(sent));
          }),
          { numRuns: 15 },
        );
        // The roll-ups the inserts kept hold what a recount from the stored events gives.
        const incremental = await rollupsOf(store);
        expect(incremental.stats.length).toBeGreaterThan(0);
        await store.rebuildCounts();
        expect(await rollupsOf(store)).toEqual(incremental);
      });

      it('gives the statistics and the export, summed per period, exactly what the daily roll-up gives', async () => {
        const store = await open();
        const slugs = (municipality: string) => (municipality === '*' ? [...MUNICIPALITIES] : [municipality]);
        await fc.assert(
          fc.asyncProperty(fc.array(windowEventArb, { minLength: 20, maxLength: 80 }), fc.array(statsQueryArb, { minLength: 1, maxLength: 4 }), async (batch, queries) => {
            await store.insertEvents(batch, RECEIVED);
            for (const query of queries) {
              const [daily, summed] = [await store.counts(query), await store.statsCounts(query)];
              // Summed per period, a year's rows are fewer, never more.
              expect(summed.length).toBeLessThanOrEqual(daily.length);
              // The daily sums (stats_days, stats_day_topics) keep a topic on routed decisions only: /api/stats reads them without a topic filter.
              const tallied = query.topic === undefined ? await store.statsTallies({ ...query, integratedSelfservice: INTEGRATED }) : null;
              for (const slug of slugs(query.municipality)) {
                const expected = municipalityStats(slug, statsCountsOf(daily, query, integratedOf), query, modelOf(slug), [], []);
                expect(municipalityStats(slug, statsCountsOf(summed, query, integratedOf), query, modelOf(slug), [], [])).toEqual(expected);
                if (tallied) expect(municipalityStats(slug, tallied, query, modelOf(slug), [], [])).toEqual(expected);
              }
              const area = (topic: string | null) => (topic === 'pas' || topic === 'flytning' ? 'Borgerservice' : 'Andet');
              expect(komhenCounts(summed, query, area)).toEqual(komhenCounts(daily, query, area));
            }
          }),
          { numRuns: 20 },
        );
        // The recount from the stored events leaves the statistics' roll-up as the inserts kept it.
        const query = { municipality: '*', from: WINDOW.first, to: addDays(WINDOW.first, WINDOW.days), interval: 'week' as const };
        const before = await store.statsCounts(query);
        const talliesBefore = await store.statsTallies({ ...query, interval: 'day', integratedSelfservice: INTEGRATED });
        await store.rebuildCounts();
        const sorted = (rows: readonly object[]) => rows.map((r) => JSON.stringify(r)).sort();
        expect(sorted(await store.statsCounts(query))).toEqual(sorted(before));
        expect(before.length).toBeGreaterThan(0);
        expect(sortedCounts(await store.statsTallies({ ...query, interval: 'day', integratedSelfservice: INTEGRATED }))).toEqual(sortedCounts(talliesBefore));
        expect(talliesBefore.tallies.length).toBeGreaterThan(0);
      });

      it("fills the statistics' roll-ups from the daily counts when migration 004 runs on a database with events", async () => {
        // Opened apart from the others: this test closes it itself, before the migration runs again.
        const store = await db.open();
        await store.insertEvents(fc.sample(windowEventArb, { numRuns: 300, seed: 15 }), RECEIVED);
        // The window by week (whole weeks and a partial one at each end) and by day, for all and
        // one municipality, and filtered by topic (which reads the daily roll-up).
        const span = { from: addDays(WINDOW.first, 2), to: addDays(WINDOW.first, WINDOW.days - 1) };
        const queries = [
          { municipality: '*', ...span, interval: 'week' as const },
          { municipality: 'demo', ...span, interval: 'week' as const },
          { municipality: '*', ...span, interval: 'day' as const },
          { municipality: 'aarhus', ...span, interval: 'week' as const, topic: 'pas' },
        ];
        const sorted = (rows: readonly object[]) => rows.map((r) => JSON.stringify(r)).sort();
        const kept = await Promise.all(queries.map(async (q) => sorted(await store.statsCounts(q))));
        await store.close();
        await db.undoStatsRollups(4);
        const migrated = await open();
        expect(await db.schemaVersion()).toBe(MIGRATIONS);
        for (const [i, q] of queries.entries()) expect(sorted(await migrated.statsCounts(q))).toEqual(kept[i]);
        expect(kept.some((rows) => rows.length > 0)).toBe(true);
      });

      it("fills the daily sums from the statistics' roll-up when migration 005 runs on a database with events", async () => {
        const store = await db.open();
        await store.insertEvents(fc.sample(windowEventArb, { numRuns: 300, seed: 16 }), RECEIVED);
        const span = { from: addDays(WINDOW.first, 2), to: addDays(WINDOW.first, WINDOW.days - 1) };
        const queries = [
          { municipality: '*', ...span, interval: 'day' as const, integratedSelfservice: INTEGRATED },
          { municipality: 'aarhus', ...span, interval: 'week' as const, integratedSelfservice: INTEGRATED },
          { municipality: 'demo', ...span, interval: 'day' as const, intent: 'transaction' as const, integratedSelfservice: INTEGRATED },
        ];
        const kept = await Promise.all(queries.map(async (q) => sortedCounts(await store.statsTallies(q))));
        await store.close();
        await db.undoStatsRollups(5);
        const migrated = await open();
        expect(await db.schemaVersion()).toBe(MIGRATIONS);
        for (const [i, q] of queries.entries()) expect(sortedCounts(await migrated.statsTallies(q))).toEqual(kept[i]);
        expect(kept[0]!.tallies.length).toBeGreaterThan(0);
      });

      it('counts every event two stores on one database take at the same time', async () => {
        const [a, b] = [await open(), await open()];
        const shared = Array.from({ length: 20 }, () => routed());
        const batches = Array.from({ length: 16 }, (_, i) => [
          ...Array.from({ length: 25 }, (_, j) => routed({ topic: j % 2 ? 'pas' : 'flytning', assisted: i % 2 === 0 })),
          // Both stores send some of the same events, as two servers behind a retrying sender would.
          ...shared.slice(i % 4, (i % 4) + 5),
        ]);
        const results = await Promise.all(batches.map((batch, i) => (i % 2 ? a : b).insertEvents(batch, RECEIVED)));
        const distinct = new Set(batches.flat().map((e) => e.id)).size;
        expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(distinct);
        expect(total(await a.counts(ALL_YEAR))).toBe(distinct);
        expect(countsByKey(await b.counts(ALL_YEAR))).toEqual(expectedCounts(batches.flat()));
      });

      it('lists the stored not-found words by frequency and purges them after their time', async () => {
        const store = await open();
        const notFound = (words: string | undefined, ts: string, municipality = 'aarhus'): LogEvent => {
          const { v, id, session, lang, assisted } = routed();
          return { v, id, session, lang, assisted, ts, municipality, type: 'notFound', ...(words === undefined ? {} : { words }) };
        };
        await store.insertEvents(
          [
            notFound('hundeskat', '2026-08-01T10:00:00+02:00'),
            notFound('hundeskat', '2026-11-01T10:00:00+01:00'),
            notFound('kolonihave', '2026-11-02T10:00:00+01:00'),
            notFound(undefined, '2026-11-02T10:00:00+01:00'),
            notFound('hundeskat', '2026-11-02T10:00:00+01:00', 'demo'),
          ],
          RECEIVED,
        );
        const aarhus = { municipality: 'aarhus', from: '2026-01-01', to: '2026-12-31' };
        expect(await store.notFoundWords(aarhus)).toEqual([
          { words: 'hundeskat', count: 2 },
          { words: 'kolonihave', count: 1 },
        ]);
        expect(await store.notFoundWords({ ...aarhus, municipality: '*' }, 1)).toEqual([{ words: 'hundeskat', count: 3 }]);
        expect(await store.purgeWordsBefore('2026-09-01')).toBe(1);
        expect(await store.purgeWordsBefore('2026-09-01')).toBe(0);
        expect(await store.notFoundWords(aarhus)).toEqual([
          { words: 'hundeskat', count: 1 },
          { words: 'kolonihave', count: 1 },
        ]);
        // The searches still count; only their words are gone.
        expect(total((await store.counts(aarhus)).filter((r) => r.type === 'notFound'))).toBe(4);
      });

      it('keeps every acknowledged event, once, when the process is killed in the middle of a load', async () => {
        const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(db.target)], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stderr.on('data', (chunk: Buffer) => (err += chunk));
        const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
        // 'exit' may come before the last of stdout is read; wait for its end too. Not 'close':
        // that also waits for stderr, which tsx's esbuild service (a grandchild) may hold open.
        const stdoutEnded = new Promise((resolve) => child.stdout.on('end', resolve));
        await new Promise<void>((resolve, reject) => {
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk;
            // Kill at an arbitrary moment once a good load has been acknowledged.
            if ((out.match(/^ack /gm) ?? []).length >= 40) setTimeout(resolve, Math.random() * 20);
          });
          child.on('exit', () => reject(new Error(`the child stopped by itself: ${err}`)));
        });
        child.kill('SIGKILL');
        expect(await exited).toBe('SIGKILL');
        await stdoutEnded;

        const lines = out.split('\n').slice(0, -1); // the last piece may be a line cut short
        const tried = lines.filter((l) => l.startsWith('try ')).flatMap((l) => JSON.parse(l.slice(4)) as LogEvent[]);
        const acked = new Set(lines.filter((l) => l.startsWith('ack ')).flatMap((l) => JSON.parse(l.slice(4)) as string[]));
        const store = await open();
        const ackedEvents = [...new Map(tried.filter((e) => acked.has(e.id)).map((e) => [e.id, e])).values()];
        // Every acknowledged event is there: sending them again stores none of them.
        expect(await store.insertEvents(ackedEvents, RECEIVED)).toEqual({ accepted: 0, duplicates: ackedEvents.length });
        // None twice: once every event ever tried is in, each is counted exactly once.
        await store.insertEvents(tried, RECEIVED);
        const distinct = new Set(tried.map((e) => e.id)).size;
        expect(total(await store.counts(ALL_YEAR))).toBe(distinct);
        const counted = countsByKey(await store.counts(ALL_YEAR));
        expect(counted).toEqual(expectedCounts(tried));
        // And the roll-ups hold what the rows hold: nothing was counted without being stored.
        const incremental = await rollupsOf(store);
        await store.rebuildCounts();
        expect(await rollupsOf(store)).toEqual(incremental);
      });
    });

    describe('assisted contacts', () => {
      const contact = (fields: Partial<ContactEvent> = {}): ContactEvent => ({
        v: 1,
        id: randomUUID(),
        ts: '2026-12-01T10:30:00+01:00',
        topic: 'flytning',
        intent: 'transaction',
        came: 'phone',
        solvedAtFirstContact: true,
        selfServiceWithHelp: true,
        ...fields,
      });

      it('stores a contact once, groups them by local day and every dimension, and filters like the routing log', async () => {
        const store = await open();
        const twice = contact();
        expect(await store.insertContact(twice, 'aarhus', RECEIVED)).toEqual({ accepted: 1, duplicates: 0 });
        expect(await store.insertContact(twice, 'aarhus', RECEIVED)).toEqual({ accepted: 0, duplicates: 1 });
        await store.insertContact(contact(), 'aarhus', RECEIVED);
        await store.insertContact(contact({ came: 'desk', solvedAtFirstContact: false, selfServiceWithHelp: false }), 'aarhus', RECEIVED);
        await store.insertContact(contact({ topic: null, intent: null, came: 'chat' }), 'aarhus', RECEIVED);
        // 23:30 UTC on 1 December is already 2 December in Copenhagen.
        await store.insertContact(contact({ ts: '2026-12-01T23:30:00Z', topic: 'pas' }), 'aarhus', RECEIVED);
        await store.insertContact(contact(), 'esbjerg', RECEIVED);

        const all = await store.contactCounts({ municipality: 'aarhus', from: '2026-12-01', to: '2026-12-02' });
        expect(all).toEqual([
          { municipality: 'aarhus', day: '2026-12-01', topic: null, intent: null, came: 'chat', solvedAtFirstContact: true, selfServiceWithHelp: true, count: 1 },
          { municipality: 'aarhus', day: '2026-12-01', topic: 'flytning', intent: 'transaction', came: 'desk', solvedAtFirstContact: false, selfServiceWithHelp: false, count: 1 },
          { municipality: 'aarhus', day: '2026-12-01', topic: 'flytning', intent: 'transaction', came: 'phone', solvedAtFirstContact: true, selfServiceWithHelp: true, count: 2 },
          { municipality: 'aarhus', day: '2026-12-02', topic: 'pas', intent: 'transaction', came: 'phone', solvedAtFirstContact: true, selfServiceWithHelp: true, count: 1 },
        ]);
        const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
        expect(sum(await store.contactCounts({ municipality: '*', from: '2026-12-01', to: '2026-12-02' }))).toBe(6);
        expect(sum(await store.contactCounts({ municipality: 'aarhus', from: '2026-12-01', to: '2026-12-01' }))).toBe(4);
        expect(sum(await store.contactCounts({ municipality: 'aarhus', from: '2026-12-01', to: '2026-12-02', topic: 'pas' }))).toBe(1);
        expect(sum(await store.contactCounts({ municipality: 'aarhus', from: '2026-12-01', to: '2026-12-02', intent: 'transaction' }))).toBe(4);
      });
    });

    describe('migrations', () => {
      it('are applied once, however often and however many stores open the database', async () => {
        await Promise.all([open(), open(), open()]);
        expect(await db.schemaVersion()).toBe(MIGRATIONS);
        await Promise.all(opened.splice(0).map((s) => s.close()));
        const store = await open();
        expect(await db.schemaVersion()).toBe(MIGRATIONS);
        expect(await store.insertEvents([routed()], RECEIVED)).toEqual({ accepted: 1, duplicates: 0 });
      });
    });

    describe('staff accounts', () => {
      const manager = { username: 'mette', passwordHash: 'hash-1', role: 'manager' as const, municipality: 'aarhus' };

      it('creates, lists, finds and removes users; a username is taken once', async () => {
        const store = await open();
        const created = await store.createUser(manager);
        expect(created).toMatchObject({ username: 'mette', role: 'manager', municipality: 'aarhus' });
        expect(created.createdAt).toBeInstanceOf(Date);
        await store.createUser({ username: 'olga', passwordHash: 'hash-2', role: 'operator', municipality: null });
        await expect(store.createUser({ ...manager, passwordHash: 'other' })).rejects.toBeInstanceOf(UsernameTakenError);
        expect((await store.listUsers()).map((u) => u.username)).toEqual(['mette', 'olga']);
        expect(await store.findUser('mette')).toEqual({ user: created, passwordHash: 'hash-1' });
        expect(await store.findUser('nobody')).toBeNull();
        expect(await store.removeUser('mette')).toBe(true);
        expect(await store.removeUser('mette')).toBe(false);
        expect((await store.listUsers()).map((u) => u.username)).toEqual(['olga']);
      });

      it('refuses an operator tied to a municipality and a manager without one', async () => {
        const store = await open();
        await expect(store.createUser({ ...manager, role: 'operator' })).rejects.toThrow();
        await expect(store.createUser({ ...manager, municipality: null })).rejects.toThrow();
        expect(await store.listUsers()).toEqual([]);
      });

      it('opens a session by its random id until it expires, and ends one or all', async () => {
        const store = await open();
        const user = await store.createUser(manager);
        const now = new Date('2026-12-01T10:00:00Z');
        const later = new Date('2026-12-01T18:00:00Z');
        const first = await store.createSession(user.id, later);
        const second = await store.createSession(user.id, later);
        expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(first).not.toBe(second);
        expect(await store.findSession(first, now)).toEqual({ user, expiresAt: later });
        expect(await store.findSession(first, later)).toBeNull();
        expect(await store.findSession('made-up', now)).toBeNull();
        await store.deleteSession(first);
        expect(await store.findSession(first, now)).toBeNull();
        expect(await store.findSession(second, now)).not.toBeNull();
        await store.createSession(user.id, later);
        expect(await store.deleteSessionsOf(user.id)).toBe(2);
        expect(await store.findSession(second, now)).toBeNull();
      });

      it('deletes expired sessions and a removed user’s sessions', async () => {
        const store = await open();
        const user = await store.createUser(manager);
        const now = new Date('2026-12-01T10:00:00Z');
        await store.createSession(user.id, new Date('2026-12-01T09:00:00Z'));
        const live = await store.createSession(user.id, new Date('2026-12-01T11:00:00Z'));
        expect(await store.deleteExpiredSessions(now)).toBe(1);
        expect(await store.findSession(live, now)).not.toBeNull();
        await store.removeUser('mette');
        expect(await store.findSession(live, now)).toBeNull();
      });

      it('counts login failures in a window, for any username, and a new password unlocks and logs out', async () => {
        const store = await open();
        const user = await store.createUser(manager);
        const t = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
        for (const minute of [0, 5, 10, 20]) await store.recordLoginFailure('mette', t(minute));
        await store.recordLoginFailure('no-such-user', t(20));
        expect(await store.countLoginFailures('mette', t(6))).toBe(2);
        expect(await store.countLoginFailures('mette', t(0))).toBe(4);
        expect(await store.countLoginFailures('no-such-user', t(0))).toBe(1);
        expect(await store.latestLoginFailures('mette', 2)).toEqual([t(20), t(10)]);
        expect(await store.latestLoginFailures('nobody', 10)).toEqual([]);
        const session = await store.createSession(user.id, t(60));
        expect(await store.setPassword('mette', 'hash-new')).toBe(true);
        expect(await store.countLoginFailures('mette', t(0))).toBe(0);
        expect(await store.findSession(session, t(30))).toBeNull();
        expect((await store.findUser('mette'))?.passwordHash).toBe('hash-new');
        expect(await store.setPassword('nobody', 'x')).toBe(false);
        await store.clearLoginFailures('no-such-user');
        expect(await store.countLoginFailures('no-such-user', t(0))).toBe(0);
      });

      it('deletes every username’s login failures from before a moment, and keeps the later ones', async () => {
        const store = await open();
        const t = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));
        for (const minute of [0, 10, 20]) await store.recordLoginFailure('mette', t(minute));
        await store.recordLoginFailure('no-such-user', t(5));
        expect(await store.deleteLoginFailuresBefore(t(10))).toBe(2);
        expect(await store.deleteLoginFailuresBefore(t(10))).toBe(0);
        expect(await store.latestLoginFailures('mette', 10)).toEqual([t(20), t(10)]);
        expect(await store.latestLoginFailures('no-such-user', 10)).toEqual([]);
      });
    });
  });
}
