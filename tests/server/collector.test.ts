/** POST /api/events through app.inject (no port), on a SQLite store in a temporary folder. */
import { Agent, request as httpRequest } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type AppOptions, buildApp } from '../../src/server/app.js';
import type { MunicipalityAccess } from '../../src/server/collect/collector.js';
import { DEFAULT_GROUP_COMMIT, groupCommit } from '../../src/server/collect/group-commit.js';
import type { LogEvent } from '../../src/model/log-event.js';
import type { EventStore } from '../../src/server/storage/event-store.js';
import { openSqliteStore } from '../../src/server/storage/sqlite/sqlite-store.js';
import { routed, SERVER_TIME, TOPICS } from '../support/log-events.js';

const OWN = 'https://kanalguide.example';
const AARHUS_SITE = 'https://www.aarhus.dk';
const MUNICIPALITIES = new Map<string, MunicipalityAccess>([
  ['aarhus', { origins: [AARHUS_SITE], logNotFoundWords: true }],
  ['demo', { origins: ['https://kanalby.example'], logNotFoundWords: false }],
  ['esbjerg', { origins: [], logNotFoundWords: false }],
]);

let dirs: string[] = [];
let open: Array<{ app: FastifyInstance; store: EventStore }> = [];
afterEach(async () => {
  for (const { app, store } of open) {
    await app.close();
    await store.close();
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
  open = [];
});

async function start(options: Partial<AppOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kanalguide-collector-'));
  dirs.push(dir);
  const store = options.store ?? openSqliteStore(join(dir, 'log.db'));
  const app = await buildApp({ store, topics: new Set(TOPICS), municipalities: MUNICIPALITIES, clock: () => SERVER_TIME, publicOrigin: OWN, ...options });
  open.push({ app, store });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/events', headers: { 'content-type': 'application/json', origin: OWN, ...headers }, payload: typeof body === 'string' ? body : JSON.stringify(body) });
  const stored = async (municipality = 'aarhus') => (await store.counts({ municipality, from: '2026-01-01', to: '2026-12-31' })).reduce((sum, row) => sum + row.count, 0);
  return { app, store, dir, post, stored };
}

describe('the collector takes events', () => {
  it('one event from the server’s own origin: 202 with the counts, once the store has it', async () => {
    const { post, stored } = await start();
    const response = await post(routed());
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ accepted: 1, duplicates: 0 });
    expect(await stored()).toBe(1);
  });

  it('a batch sent as text/plain, as sendBeacon sends it', async () => {
    const { post, stored } = await start();
    const response = await post([routed(), routed({ topic: 'pas' })], { 'content-type': 'text/plain;charset=UTF-8' });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ accepted: 2, duplicates: 0 });
    expect(await stored()).toBe(2);
  });

  it('an event sent twice is stored once and counted as a duplicate', async () => {
    const { post, stored } = await start();
    const event = routed();
    await post(event);
    expect((await post([event, routed()])).json()).toEqual({ accepted: 1, duplicates: 1 });
    expect(await stored()).toBe(2);
  });

  it('the server’s own origin without PUBLIC_ORIGIN is its scheme and Host', async () => {
    const { post } = await start({ publicOrigin: undefined });
    expect((await post(routed(), { origin: 'http://localhost:80' })).statusCode).toBe(202);
    expect((await post(routed(), { origin: 'http://localhost:81' })).statusCode).toBe(403);
  });
});

describe('the collector refuses', () => {
  it('a batch with one bad event: 400 naming each event and field, and nothing of the batch is stored', async () => {
    const { post, stored } = await start();
    const response = await post([routed(), routed({ topic: 'nope' }), { ...routed(), extra: 1, lang: 'fr' }]);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(['events[1].topic: unknown topic "nope"', expect.stringMatching(/^events\[2\]\.lang: /), 'events[2].extra: unknown field']);
    expect(await stored()).toBe(0);
  });

  it('101 events, an empty array, a body that is not JSON', async () => {
    const { post } = await start();
    const many = await post(Array.from({ length: 101 }, () => routed()));
    expect([many.statusCode, many.json().errors]).toEqual([400, ['events: at most 100 events in one request, got 101']]);
    expect((await post([])).json()).toEqual({ errors: ['events: the array is empty'] });
    const broken = await post('{"v":1', { 'content-type': 'text/plain' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors[0]).toMatch(/^events: the body is not JSON/);
  });

  it('a body over 64 KB: 413', async () => {
    const { post } = await start();
    const response = await post(JSON.stringify([routed()]).padEnd(65 * 1024, ' '));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ errors: ['events: the body is larger than 65536 bytes'] });
  });

  it('a type other than JSON or text: 415', async () => {
    const { post } = await start();
    expect((await post('a=1', { 'content-type': 'application/x-www-form-urlencoded' })).statusCode).toBe(415);
  });

  it('no Origin header (403), unless allowed for benchmarks', async () => {
    const { app } = await start();
    const request = { method: 'POST' as const, url: '/api/events', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(routed()) };
    const refused = await app.inject(request);
    expect([refused.statusCode, refused.json()]).toEqual([403, { errors: ['Origin: a request without an Origin header is refused'] }]);
    const { app: bench } = await start({ allowNoOrigin: true });
    expect((await bench.inject(request)).statusCode).toBe(202);
  });

  it('an origin no municipality lists: 403 without CORS headers', async () => {
    const { post, stored } = await start();
    const response = await post(routed(), { origin: 'https://evil.example' });
    expect(response.statusCode).toBe(403);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(await stored()).toBe(0);
  });
});

describe('each municipality’s origins', () => {
  it('Aarhus’s site posts Aarhus’s events, with CORS headers for it', async () => {
    const { post } = await start();
    const response = await post(routed(), { origin: AARHUS_SITE });
    expect(response.statusCode).toBe(202);
    expect(response.headers['access-control-allow-origin']).toBe(AARHUS_SITE);
    expect(response.headers.vary).toMatch(/Origin/);
  });

  it('Aarhus’s site cannot post another municipality’s events, and a mixed batch stores nothing', async () => {
    const { post, stored } = await start();
    const response = await post([routed(), routed({ municipality: 'esbjerg' })], { origin: AARHUS_SITE });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ errors: [`events[1].municipality: ${AARHUS_SITE} may not post events of esbjerg`] });
    expect(await stored()).toBe(0);
    expect(await stored('esbjerg')).toBe(0);
  });

  it('answers a preflight from a listed origin, refuses one from elsewhere', async () => {
    const { app } = await start();
    const preflight = (origin: string) =>
      app.inject({ method: 'OPTIONS', url: '/api/events', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const ok = await preflight(AARHUS_SITE);
    expect(ok.statusCode).toBe(204);
    expect(ok.headers).toMatchObject({ 'access-control-allow-origin': AARHUS_SITE, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'Content-Type' });
    expect((await preflight('https://evil.example')).statusCode).toBe(403);
  });
});

describe('words of searches that found nothing', () => {
  const notFound = (municipality: string, words: string) => ({
    ...routed({ municipality }),
    type: 'notFound',
    words,
    topic: undefined,
    intent: undefined,
    recommended: undefined,
    alternatives: undefined,
    authority: undefined,
    canUseDigital: undefined,
    open: undefined,
    caution: undefined,
  });

  it('are stored redacted where the municipality opted in', async () => {
    const { post, store } = await start();
    expect((await post(notFound('aarhus', 'parkering ring 12 34 56 78'))).statusCode).toBe(202);
    expect(await store.notFoundWords({ municipality: 'aarhus', from: '2026-12-01', to: '2026-12-01' })).toEqual([{ words: 'parkering ring', count: 1 }]);
  });

  it('are redacted again on the server whatever the sender did: e-mail, phone numbers and runs of six digits never reach the store', async () => {
    const { post, store } = await start();
    expect((await post(notFound('aarhus', 'skriv til jens@example.dk +45 1234 5678 sag 20261234 kolonihave'))).statusCode).toBe(202);
    expect(await store.notFoundWords({ municipality: 'aarhus', from: '2026-12-01', to: '2026-12-01' })).toEqual([{ words: 'skriv til sag kolonihave', count: 1 }]);
  });

  it('are dropped where it did not, and the search is still counted', async () => {
    const { post, store, stored } = await start();
    expect((await post(notFound('demo', 'hundeskat'))).statusCode).toBe(202);
    expect(await store.notFoundWords({ municipality: 'demo', from: '2026-12-01', to: '2026-12-01' })).toEqual([]);
    expect(await stored('demo')).toBe(1);
  });
});

describe('group commit: requests that arrive together share one transaction', () => {
  /** The SQLite store, counting its group commits and letting a test spoil the next one. */
  function watched(dir: string) {
    const real = openSqliteStore(join(dir, 'log.db'));
    const groups: number[] = [];
    let spoilNext = false;
    const store: EventStore = {
      ...real,
      insertReceivedEvents: (events) => {
        groups.push(events.length);
        if (!spoilNext) return real.insertReceivedEvents(events);
        spoilNext = false;
        // A row the database itself refuses (NOT NULL), in the middle of the group.
        const broken = { event: { ...routed(), lang: null } as unknown as LogEvent, receivedAt: SERVER_TIME };
        return real.insertReceivedEvents([...events.slice(0, 1), broken, ...events.slice(1)]);
      },
      close: () => real.close(),
    };
    return { store, groups, spoil: () => (spoilNext = true) };
  }

  it('concurrent requests with overlapping ids each get their own counts, after one commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kanalguide-group-'));
    dirs.push(dir);
    const { store, groups } = watched(dir);
    const { post, stored } = await start({ store, groupCommit: { maxEvents: 1000, maxWaitMs: 50, maxInFlight: 1 } });
    const [old, a, b, c, d] = [routed(), routed(), routed(), routed(), routed()];
    await post(old);
    const responses = await Promise.all([post([a, b]), post([b, c]), post([a, a, d]), post([old]), post([c, old, routed()])]);
    expect(responses.map((r) => [r.statusCode, r.json()])).toEqual([
      [202, { accepted: 2, duplicates: 0 }],
      [202, { accepted: 1, duplicates: 1 }],
      [202, { accepted: 1, duplicates: 2 }],
      [202, { accepted: 0, duplicates: 1 }],
      [202, { accepted: 1, duplicates: 2 }],
    ]);
    // The first request alone, then the five together.
    expect(groups).toEqual([1, 11]);
    expect(await stored()).toBe(6);
  });

  it('by default a group is what one turn of the event loop brings: a lone request goes alone, requests of one turn go together', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kanalguide-group-'));
    dirs.push(dir);
    const { store, groups } = watched(dir);
    const commits = groupCommit(store, DEFAULT_GROUP_COMMIT);
    // With timers frozen, a group that waited for one would never be committed.
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    try {
      expect(await commits.submit([routed()], SERVER_TIME)).toEqual({ accepted: 1, duplicates: 0 });
      const shared = routed();
      const together = await Promise.all([commits.submit([routed(), shared], SERVER_TIME), commits.submit([shared], SERVER_TIME), commits.submit([routed()], SERVER_TIME)]);
      expect(together).toEqual([
        { accepted: 2, duplicates: 0 },
        { accepted: 0, duplicates: 1 },
        { accepted: 1, duplicates: 0 },
      ]);
      expect(groups).toEqual([1, 4]);
    } finally {
      vi.useRealTimers();
      await store.close();
    }
  });

  it('a group is committed as soon as it holds enough events, without waiting out its time', async () => {
    const { post, stored } = await start({ groupCommit: { maxEvents: 3, maxWaitMs: 60_000, maxInFlight: 1 } });
    const started = Date.now();
    const responses = await Promise.all([post([routed(), routed()]), post(routed())]);
    expect(responses.map((r) => r.statusCode)).toEqual([202, 202]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await stored()).toBe(3);
  });

  it('a commit that fails fails every request of its group with 500 and stores none of them; sent again, all are stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kanalguide-group-'));
    dirs.push(dir);
    const { store, spoil } = watched(dir);
    const { post, stored } = await start({ store, groupCommit: { maxEvents: 1000, maxWaitMs: 50, maxInFlight: 1 } });
    const batches = [[routed(), routed()], [routed()], [routed(), routed(), routed()]];
    spoil();
    const failed = await Promise.all(batches.map((batch) => post(batch)));
    expect(failed.map((r) => [r.statusCode, r.json()])).toEqual(batches.map(() => [500, { errors: ['the events were not stored; send them again'] }]));
    expect(await stored()).toBe(0);
    const again = await Promise.all(batches.map((batch) => post(batch)));
    expect(again.map((r) => r.json())).toEqual(batches.map((batch) => ({ accepted: batch.length, duplicates: 0 })));
    expect(await stored()).toBe(6);
  });
});

describe('privacy and load', () => {
  it('no address, user agent or cookie in the request log or the database', async () => {
    const lines: string[] = [];
    const log = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const { app, dir } = await start({ log, trustProxy: true });
    const headers = { 'user-agent': 'Mozilla/5.0 SecretAgent/7.7', cookie: 'tracker=c00k1e-value', 'x-forwarded-for': '203.0.113.77', origin: OWN, 'content-type': 'application/json' };
    await app.inject({ method: 'POST', url: '/api/events', headers, payload: JSON.stringify(routed()), remoteAddress: '198.51.100.23' });
    await app.inject({ method: 'POST', url: '/api/events', headers, payload: '{"broken"', remoteAddress: '198.51.100.23' });
    await app.inject({ method: 'GET', url: '/nowhere?cpr=0101011234', headers, remoteAddress: '198.51.100.23' });
    await app.close();
    // One line per request, when it is answered: what was asked and how it went, nothing of who asked.
    const requests = lines.filter((line) => line.includes('"request completed"')).map((line) => JSON.parse(line) as { req: unknown; res: unknown; responseTime: unknown });
    expect(requests.map(({ req, res }) => [req, res])).toEqual([
      [{ method: 'POST', path: '/api/events' }, { statusCode: 202 }],
      [{ method: 'POST', path: '/api/events' }, { statusCode: 400 }],
      [{ method: 'GET', path: '/nowhere' }, { statusCode: 404 }],
    ]);
    expect(requests.every(({ responseTime }) => typeof responseTime === 'number')).toBe(true);
    const logged = lines.join('');
    const database = readdirSync(dir)
      .map((f) => readFileSync(join(dir, f)).toString('latin1'))
      .join('');
    for (const secret of ['203.0.113.77', '198.51.100.23', 'SecretAgent', 'c00k1e-value', '0101011234']) {
      expect(logged, secret).not.toContain(secret);
      expect(database, secret).not.toContain(secret);
    }
  });

  it('cookies are ignored: a request with one is answered alike and none is set', async () => {
    const { post } = await start();
    const response = await post(routed(), { cookie: 'session=abc' });
    expect(response.statusCode).toBe(202);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('too many requests from one client: 429, while another client is still answered', async () => {
    const { app } = await start({ rateLimit: { max: 3, windowMs: 60_000 } });
    const from = (remoteAddress: string) =>
      app.inject({ method: 'POST', url: '/api/events', headers: { origin: OWN, 'content-type': 'application/json' }, payload: JSON.stringify(routed()), remoteAddress });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await from('192.0.2.1')).statusCode);
    expect(statuses).toEqual([202, 202, 202, 429]);
    expect((await from('192.0.2.1')).json().errors[0]).toMatch(/^too many requests from this client; try again in \d+ s$/);
    expect((await from('192.0.2.2')).statusCode).toBe(202);
  });

  it('two clients behind a trusted proxy, on one kept-alive connection, are limited apart (the key is cached per connection only for its own address)', async () => {
    const { app } = await start({ rateLimit: { max: 2, windowMs: 60_000 }, trustProxy: true });
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set<unknown>();
    const from = (client: string) =>
      new Promise<number>((resolve, reject) => {
        const request = httpRequest(`${origin}/api/events`, { method: 'POST', agent, headers: { origin: OWN, 'content-type': 'application/json', 'x-forwarded-for': client } }, (response) => {
          sockets.add(response.socket);
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        });
        request.on('error', reject);
        request.end(JSON.stringify(routed()));
      });
    try {
      const statuses = [];
      for (const client of ['192.0.2.1', '192.0.2.1', '192.0.2.2', '192.0.2.1', '192.0.2.2', '192.0.2.2']) statuses.push(await from(client));
      expect(statuses).toEqual([202, 202, 202, 429, 202, 429]);
      expect(sockets.size).toBe(1);
    } finally {
      agent.destroy();
    }
  });

  it('a store that fails: 500, nothing acknowledged, so the sender sends again', async () => {
    const failing = openSqliteStore(':memory:');
    const store: EventStore = { ...failing, insertReceivedEvents: () => Promise.reject(new Error('disk full')), close: () => failing.close() };
    const { post } = await start({ store });
    const response = await post(routed());
    expect([response.statusCode, response.json()]).toEqual([500, { errors: ['the events were not stored; send them again'] }]);
  });

  it('the staff parts plug in beside the collector', async () => {
    const { app } = await start({
      plugins: [
        async (api) => {
          api.get('/api/session', async () => ({ plugged: true }));
        },
      ],
    });
    expect((await app.inject({ method: 'GET', url: '/api/session' })).json()).toEqual({ plugged: true });
  });
});
