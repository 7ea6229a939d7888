/**
 * `npm run bench:collector`: the collector and the statistics as a deployment runs them, over
 * HTTP, on both stores. The server is `src/server/main.ts` in its own process pinned to core 1
 * with taskset; this process (autocannon, the load generator) pins itself to core 0 while it
 * loads, so the two do not take turns on one core. Validation, the origin check (each request carries the demo
 * municipality's listed origin) and the rate limiter are all on; the limiter only gets a bench
 * allowance (KANALGUIDE_RATE_LIMIT).
 *
 *   write: 50 connections, a 2 s warm-up, then 10 s measured, with one event per request and with
 *          batches of 100; every event has a new id, and the stored count is checked afterwards
 *          against the acknowledged ones.
 *   read:  a big city's year (2 million events of one municipality) seeded into the store, then
 *          the whole-year GET /api/stats and GET /api/export.csv timed, by week and by day, as a
 *          logged-in manager.
 *
 * SQLite on a temporary file; PostgreSQL when KANALGUIDE_TEST_PG is set, in a schema of its own,
 * dropped afterwards. Numbers for src/server/README.md; nothing is asserted.
 *
 *   npm run bench:collector [-- --only write|read] [--seconds 10] [--warmup 2] [--events 2000000] [--requests 30]
 *                           [--per-request 1|100] [--store sqlite|postgres] [--cpu-prof <folder>]
 *
 * `--cpu-prof` writes the server's V8 CPU profile there when it stops (one file per server
 * started; open it in Chrome's DevTools or read it with any .cpuprofile viewer): where a
 * request's time goes, measured under the same load as the figures.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadContent } from '../../content/load.js';
import { addDays, localTime, toIsoWithOffset } from '../../domain/copenhagen-time.js';
import type { ContentBundle } from '../../model/content-bundle.js';
import { hashPassword } from '../auth/passwords.js';
import { demoYear, demoYearByDay, DEMO_MUNICIPALITY } from '../demo-year.js';
import type { EventStore } from '../storage/event-store.js';
import { dropPostgresSchema, openPostgresStore } from '../storage/postgres/postgres-store.js';
import { openSqliteStore } from '../storage/sqlite/sqlite-store.js';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const CONNECTIONS = 50;
const BENCH_MANAGER = 'bench-manager';
const GENERATOR_CORE = 0;
const SERVER_CORE = 1;

const { values: flags } = parseArgs({
  options: {
    only: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    events: { type: 'string', default: '2000000' },
    requests: { type: 'string', default: '30' },
    'per-request': { type: 'string' },
    store: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
});
function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} ${value}: give a whole number above 0`);
  return n;
}
if (flags.only !== undefined && flags.only !== 'write' && flags.only !== 'read') throw new Error(`--only ${flags.only}: give write or read`);
const SECONDS = positive('seconds', flags.seconds);
const WARMUP = positive('warmup', flags.warmup);
const READ_EVENTS = positive('events', flags.events);
const READ_REQUESTS = positive('requests', flags.requests);
if (flags['per-request'] !== undefined && flags['per-request'] !== '1' && flags['per-request'] !== '100') throw new Error(`--per-request ${flags['per-request']}: give 1 or 100`);
const PER_REQUEST = flags['per-request'] === undefined ? [1, 100] : [Number(flags['per-request'])];
if (flags.store !== undefined && flags.store !== 'sqlite' && flags.store !== 'postgres') throw new Error(`--store ${flags.store}: give sqlite or postgres`);
const CPU_PROFILE = flags['cpu-prof'] === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', resolve(flags['cpu-prof'])];

/** Where a run's store lives: the server gets it as its settings, this process opens it to check and seed. */
interface Target {
  name: string;
  env: Record<string, string>;
  open(): Promise<EventStore>;
  dispose(): Promise<void>;
}

function sqliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'kanalguide-bench-'));
  const file = join(dir, 'bench.db');
  return {
    name: 'SQLite',
    env: { KANALGUIDE_DB: file, DATABASE_URL: '' },
    open: async () => openSqliteStore(file),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresTarget(url: string, part: string): Target {
  const schema = `kanalguide_bench_${part}_${process.pid}`;
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: url, KANALGUIDE_PG_SCHEMA: schema },
    open: () => openPostgresStore({ connectionString: url, schema }),
    dispose: () => dropPostgresSchema(url, schema),
  };
}

interface Server {
  origin: string;
  /** The server process's CPU time so far (user and system, every thread), in milliseconds. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** Clock ticks per second of /proc/<pid>/stat's times: 100 on Linux (USER_HZ) whatever the kernel's HZ. */
const USER_HZ = 100;

/** utime + stime (fields 14 and 15) of /proc/<pid>/stat; the command name before them may hold spaces, so count from its ')'. */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
}

/** A port free now: main.ts's own origin (for the staff login's Origin check) is built from PORT, so it cannot be 0. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** main.ts on the server core, as `npm run serve` runs it; its request log goes to /dev/null but is still written. */
async function startServer(target: Target): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn('taskset', ['-c', String(SERVER_CORE), process.execPath, ...CPU_PROFILE, '--import', 'tsx', MAIN], {
    env: { ...process.env, ...target.env, PORT: String(port), HOST: '127.0.0.1', KANALGUIDE_RATE_LIMIT: '100000000' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let said = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      said += String(chunk);
      const found = /Kanalguide: (http:\/\/[^;\s]+)/.exec(said);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (${code}): ${said}`)));
  });
  return {
    origin,
    cpuMs: () => processCpuMs(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Each event as JSON with its id left out, so a request costs the generator one uuid per event. */
function eventTemplates(content: ContentBundle): string[] {
  const topics = Object.keys(content.topics);
  const channels = ['selfservice', 'web', 'phone', 'meeting'];
  return topics.flatMap((topic, t) =>
    channels.map((recommended, c) =>
      JSON.stringify({
        v: 1,
        ts: toIsoWithOffset(new Date()),
        municipality: DEMO_MUNICIPALITY,
        session: randomUUID(),
        type: 'routed',
        lang: (t + c) % 5 ? 'da' : 'en',
        assisted: (t + c) % 11 === 0,
        topic,
        intent: 'transaction',
        recommended,
        alternatives: ['phone'],
        authority: 'kommune',
        canUseDigital: null,
        open: true,
        caution: false,
      }).slice(1),
    ),
  );
}

interface LoadResult {
  acknowledged: number;
  refused: number;
  errors: number;
  eventsPerSecond: number;
  p50: number;
  p99: number;
}

async function load(origin: string, templates: readonly string[], perRequest: number, seconds: number): Promise<LoadResult> {
  let next = 0;
  const body = () => {
    const events: string[] = [];
    for (let i = 0; i < perRequest; i++) events.push(`{"id":"${randomUUID()}",${templates[next++ % templates.length]}`);
    return perRequest === 1 ? events[0]! : `[${events.join(',')}]`;
  };
  const result = await autocannon({
    url: `${origin}/api/events`,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    // text/plain, as the widget's sendBeacon sends; the demo municipality's own site as Origin.
    headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://kanalby.example' },
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
  });
  return {
    acknowledged: result['2xx'],
    refused: result.non2xx,
    errors: result.errors + result.timeouts,
    eventsPerSecond: (result['2xx'] * perRequest) / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

const total = async (store: EventStore, today: string) =>
  (await store.counts({ municipality: DEMO_MUNICIPALITY, from: addDays(today, -2), to: addDays(today, 2) })).reduce((sum, row) => sum + row.count, 0);

async function writeBench(target: Target, content: ContentBundle): Promise<void> {
  const templates = eventTemplates(content);
  const today = localTime(new Date()).date;
  let acknowledgedEvents = 0;
  // Requests still in flight when a run ends are stored but their answers never counted.
  let inFlightAtEnds = 0;
  const server = await startServer(target);
  try {
    for (const perRequest of PER_REQUEST) {
      const warm = await load(server.origin, templates, perRequest, WARMUP);
      // The server's CPU time per event does not depend on how much of its core other work takes,
      // so it compares runs on a shared machine better than events per second do.
      const cpuBefore = server.cpuMs();
      const run = await load(server.origin, templates, perRequest, SECONDS);
      const cpuPerEvent = ((server.cpuMs() - cpuBefore) * 1000) / (run.acknowledged * perRequest);
      acknowledgedEvents += (warm.acknowledged + run.acknowledged) * perRequest;
      inFlightAtEnds += 2 * CONNECTIONS * perRequest;
      const label = `${target.name}, ${perRequest === 1 ? 'one event per request' : `${perRequest} events per request`}`;
      console.log(
        `${label.padEnd(40)} ${String(Math.round(run.eventsPerSecond)).padStart(7)} events/s  p50 ${run.p50} ms  p99 ${run.p99} ms  server CPU ${cpuPerEvent.toFixed(1)} µs/event` +
          `  (${run.acknowledged} requests acknowledged, ${run.refused} refused, ${run.errors} errors)`,
      );
    }
  } finally {
    await server.stop();
  }
  const store = await target.open();
  try {
    const stored = await total(store, today);
    const whole = stored >= acknowledgedEvents && stored <= acknowledgedEvents + inFlightAtEnds;
    console.log(
      `${target.name}: ${stored} events stored, ${acknowledgedEvents} acknowledged (at most ${inFlightAtEnds} more were in flight when runs ended)` +
        (whole ? '' : ': AN ACKNOWLEDGED EVENT IS MISSING OR ONE WAS STORED TWICE'),
    );
  } finally {
    await store.close();
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Seeds every target with the same year in one pass (making the events, the routing core's own
 * decisions, costs more than storing them), and a manager to log in with; returns the password.
 */
async function seedYear(targets: readonly Target[], content: ContentBundle, today: string): Promise<string> {
  // The demo year's pattern scaled to a big city: its decisions a weekday, times the ratio.
  const perWeekday = Math.round(110 * (READ_EVENTS / demoYear(content, today).length));
  const password = randomUUID();
  const passwordHash = await hashPassword(password);
  const stores = await Promise.all(targets.map((t) => t.open()));
  const seeded = targets.map(() => 0);
  const started = performance.now();
  try {
    for (const day of demoYearByDay(content, today, 2026, perWeekday)) {
      for (let at = 0; at < day.length; at += 2000) {
        const chunk = day.slice(at, at + 2000);
        for (const [i, store] of stores.entries()) seeded[i]! += (await store.insertEvents(chunk, new Date())).accepted;
      }
    }
    for (const store of stores) await store.createUser({ username: BENCH_MANAGER, role: 'manager', municipality: DEMO_MUNICIPALITY, passwordHash });
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`Seeded ${targets.map((t, i) => `${t.name} with ${seeded[i]} events`).join(' and ')} of one municipality's year in ${seconds} s`);
  return password;
}

async function readBench(target: Target, password: string, today: string): Promise<void> {
  const username = BENCH_MANAGER;
  const server = await startServer(target);
  try {
    const login = await fetch(`${server.origin}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.origin },
      body: JSON.stringify({ username, password }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    if (login.status !== 204 || !cookie) throw new Error(`the bench manager could not log in: ${login.status}`);
    // The export too: it reads stats_counts summed per period, /api/stats the daily sums.
    for (const [path, interval] of [
      ['stats', 'week'],
      ['stats', 'day'],
      ['export.csv', 'week'],
      ['export.csv', 'day'],
    ] as const) {
      const url = `${server.origin}/api/${path}?municipality=${DEMO_MUNICIPALITY}&from=${addDays(today, -364)}&to=${today}&interval=${interval}`;
      const times: number[] = [];
      let bytes = 0;
      // One untimed request first: the first one also compiles the route's code paths.
      for (let i = 0; i <= READ_REQUESTS; i++) {
        const start = performance.now();
        const response = await fetch(url, { headers: { cookie } });
        const text = await response.text();
        if (response.status !== 200) throw new Error(`GET /api/${path} answered ${response.status}: ${text.slice(0, 200)}`);
        if (i > 0) times.push(performance.now() - start);
        bytes = text.length;
      }
      times.sort((a, b) => a - b);
      console.log(
        `${`${target.name}, whole-year /api/${path} by ${interval}`.padEnd(45)} p50 ${percentile(times, 50).toFixed(0)} ms  p95 ${percentile(times, 95).toFixed(0)} ms  max ${times.at(-1)!.toFixed(0)} ms  (${READ_REQUESTS} requests, ${(bytes / 1024).toFixed(0)} KB each)`,
      );
    }
  } finally {
    await server.stop();
  }
}

/** Puts this process (every thread) on the given cores; the write part runs on the generator's core alone. */
function pin(cores: string): void {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cores, String(process.pid)], { stdio: 'ignore' });
  } catch {
    throw new Error('taskset (util-linux) is needed to put the generator and the server on separate cores');
  }
}

// Stopped early (Ctrl-C), the temporary database and schemas still go.
const created: Target[] = [];
const made = <T extends Target>(target: T): T => (created.push(target), target);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void Promise.allSettled(created.map((t) => t.dispose())).then(() => process.exit(130)));
}

const content = loadContent();
const url = process.env.KANALGUIDE_TEST_PG;
if (flags.only !== 'read') {
  pin(String(GENERATOR_CORE));
  const targets = [...(flags.store !== 'postgres' ? [made(sqliteTarget())] : []), ...(url && flags.store !== 'sqlite' ? [made(postgresTarget(url, 'write'))] : [])];
  for (const target of targets) {
    try {
      await writeBench(target, content);
    } finally {
      await target.dispose();
    }
  }
}
if (flags.only !== 'write') {
  // Seeding makes a year of decisions: it may use every core; the timed requests are light.
  pin('0-1');
  const targets = [made(sqliteTarget()), ...(url ? [made(postgresTarget(url, 'read'))] : [])];
  try {
    const today = localTime(new Date()).date;
    const password = await seedYear(targets, content, today);
    for (const target of targets) await readBench(target, password, today);
  } finally {
    for (const target of targets) await target.dispose();
  }
}
if (!url) console.log('PostgreSQL: skipped (set KANALGUIDE_TEST_PG=postgres://user:password@host/db)');
