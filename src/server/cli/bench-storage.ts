/**
 * `npm run bench:storage`: insert throughput of the two stores, without HTTP, validation or
 * group commit, so the collector's benchmark can tell what the store itself costs. Single events
 * awaited one by one (one transaction each), then batches of 100, then groups of 23 and of 1,000
 * as the collector's group commit makes them (with CPU per event); PostgreSQL also with 8
 * single-event transactions in flight, as several requests at once would send. SQLite writes to
 * a temporary file; PostgreSQL, when KANALGUIDE_TEST_PG is set, to a schema it makes and drops.
 * Numbers for src/server/README.md; nothing is asserted.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toIsoWithOffset } from '../../domain/copenhagen-time.js';
import type { LogEvent } from '../../model/log-event.js';
import type { EventStore } from '../storage/event-store.js';
import { dropPostgresSchema, openPostgresStore } from '../storage/postgres/postgres-store.js';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.js';

const TOPICS = ['flytning', 'pas', 'boligstoette', 'byggesag', 'affald', 'barsel'];
const CHANNELS = ['selfservice', 'web', 'phone', 'meeting'] as const;

function event(i: number): LogEvent {
  return {
    v: 1,
    id: randomUUID(),
    ts: toIsoWithOffset(new Date()),
    municipality: 'aarhus',
    session: randomUUID(),
    type: 'routed',
    lang: i % 5 ? 'da' : 'en',
    assisted: i % 11 === 0,
    topic: TOPICS[i % TOPICS.length]!,
    intent: 'transaction',
    recommended: CHANNELS[i % CHANNELS.length]!,
    alternatives: ['phone'],
    authority: 'kommune',
    canUseDigital: null,
    open: true,
    caution: false,
  };
}

async function rate(label: string, events: number, run: () => Promise<void>): Promise<void> {
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(44)} ${String(Math.round(events / seconds)).padStart(8)} events/s  (${events} in ${seconds.toFixed(2)} s)`);
}

async function bench(name: string, store: EventStore, concurrent: boolean): Promise<void> {
  // Made before the clock starts: the store's cost, not the generator's.
  const singles = Array.from({ length: 5000 }, (_, i) => event(i));
  await rate(`${name}: 1 event per transaction`, singles.length, async () => {
    for (const e of singles) await store.insertEvents([e], new Date());
  });
  const batches = Array.from({ length: 500 }, () => Array.from({ length: 100 }, (_, i) => event(i)));
  await rate(`${name}: 100 events per transaction`, batches.length * 100, async () => {
    for (const batch of batches) await store.insertEvents(batch, new Date());
  });
  // Groups as the collector's group commit makes them (about 23 requests of one event each at 50
  // connections; up to 2,000 events with batches of 100), with the process's CPU per event (every
  // thread: SQLite's checkpointer too), which other work on the machine hardly changes.
  for (const size of [23, 1000]) {
    const groups = Array.from({ length: Math.ceil(100_000 / size) }, () => Array.from({ length: size }, (_, i) => ({ event: event(i), receivedAt: new Date() })));
    const cpu = process.cpuUsage();
    await rate(`${name}: groups of ${size} (insertReceivedEvents)`, groups.length * size, async () => {
      for (const group of groups) await store.insertReceivedEvents(group);
    });
    const used = process.cpuUsage(cpu);
    console.log(`${''.padEnd(44)} ${((used.user + used.system) / (groups.length * size)).toFixed(1).padStart(8)} µs of this process's CPU per event`);
  }
  if (!concurrent) return;
  const more = Array.from({ length: 5000 }, (_, i) => event(i));
  await rate(`${name}: 1 event per transaction, 8 in flight`, more.length, async () => {
    let next = 0;
    const worker = async () => {
      while (next < more.length) await store.insertEvents([more[next++]!], new Date());
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'kanalguide-bench-'));
try {
  const sqlite = openSqliteStore(join(dir, 'bench.db'));
  await bench('SQLite', sqlite, false);
  await sqlite.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const url = process.env.KANALGUIDE_TEST_PG;
if (!url) {
  console.log('PostgreSQL: skipped (set KANALGUIDE_TEST_PG=postgres://user:password@host/db)');
} else {
  const schema = `kanalguide_bench_${process.pid}`;
  const store = await openPostgresStore({ connectionString: url, schema });
  try {
    await bench('PostgreSQL', store, true);
  } finally {
    await store.close();
    await dropPostgresSchema(url, schema);
  }
}
