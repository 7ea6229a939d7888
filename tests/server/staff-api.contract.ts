/**
 * The staff API (auth and statistics plugins) registered into a bare fastify instance and driven
 * with app.inject, on a real store: staff-api.sqlite.test.ts and staff-api.postgres.test.ts run
 * these same tests. One store per suite; each test uses its own users or its own clock, so the
 * tests do not see each other's sessions or failures.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/content/load.js';
import type { Catalog, TopicStaffGuidance as StaffGuidanceOf } from '../../src/model/content-schema.js';
import type { LogEvent } from '../../src/model/log-event.js';
import { GuidanceResponseSchema } from '../../src/model/staff-api.js';
import { StatsFiltersSchema, StatsResponseSchema } from '../../src/model/stats-api.js';
import { authRoutes, createAuth, type AuthOptions } from '../../src/server/auth/auth.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { contactRoutes, topicIntents } from '../../src/server/contacts/contact-routes.js';
import { guidanceRoutes } from '../../src/server/guidance/guidance-routes.js';
import type { EventStore } from '../../src/server/storage/event-store.js';
import { statsRoutes } from '../../src/server/stats/stats-routes.js';
import { shippedContent } from '../support/content.js';
import { routed } from '../support/log-events.js';

export interface StoreUnderTest {
  store: EventStore;
  drop(): Promise<void>;
}

const ORIGIN = 'https://kanalguide.example';
const PASSWORD = 'correct horse battery staple';
const NOW = new Date('2026-12-01T12:00:00Z');
const MINUTE = 60_000;

const USERS = {
  anna: { role: 'manager', municipality: 'aarhus' },
  erik: { role: 'manager', municipality: 'esbjerg' },
  sofie: { role: 'staff', municipality: 'aarhus' },
  bo: { role: 'staff', municipality: 'esbjerg' },
  hanne: { role: 'staff', municipality: 'halsnaes' },
  olga: { role: 'operator', municipality: null },
} as const;
type Who = keyof typeof USERS;

/** The events the statistics tests read: Aarhus, 1 and 2 December 2026, and one in Esbjerg. */
function dataset(): LogEvent[] {
  const at = (day: string) => `2026-12-0${day}T10:30:00+01:00`;
  const common = { v: 1, ts: at('1'), municipality: 'aarhus', lang: 'da', assisted: false } as const;
  const event = <T extends object>(fields: T) => ({ ...common, id: randomUUID(), session: randomUUID(), ...fields });
  return [
    routed({ ts: at('1') }),
    routed({ ts: at('1') }),
    routed({ ts: at('1'), recommended: 'phone', assisted: true }),
    routed({ ts: at('2'), topic: 'pas', recommended: 'meeting' }),
    routed({ ts: at('2'), intent: 'information', recommended: 'web' }),
    routed({ ts: at('1'), municipality: 'esbjerg', recommended: 'phone' }),
    event({ type: 'followed', topic: 'flytning', recommended: 'selfservice', chosen: 'selfservice' }),
    event({ type: 'followed', topic: 'flytning', recommended: 'selfservice', chosen: 'phone' }),
    event({ type: 'helped', topic: 'flytning', helped: true }),
    event({ type: 'emergency', kind: 'fire', topic: null }),
    event({ type: 'notFound', words: 'kolonihave leje' }),
  ] as LogEvent[];
}

function cookieOf(response: LightMyRequestResponse): string {
  const header = String(response.headers['set-cookie']);
  const match = /^__Host-kanalguide=([^;]*)/.exec(header);
  if (!match) throw new Error(`no session cookie in ${header}`);
  return `__Host-kanalguide=${match[1]}`;
}

export function staffApiContract(kind: string, open: () => Promise<StoreUnderTest>): void {
  describe(`the staff API on ${kind}`, () => {
    let db: StoreUnderTest;
    const apps: FastifyInstance[] = [];
    const content = shippedContent();
    const catalog = loadCatalog();

    /** A server as the app will build it; `options` change the clock or the lock. */
    async function server(options: Partial<AuthOptions> = {}, catalogUsed: Catalog = catalog): Promise<FastifyInstance> {
      const app = Fastify();
      const auth = createAuth({ store: db.store, publicOrigin: ORIGIN, now: () => NOW, ...options });
      await app.register(authRoutes, { auth });
      await app.register(statsRoutes, { store: db.store, auth, content, catalog: catalogUsed });
      await app.register(guidanceRoutes, { auth, content });
      await app.register(contactRoutes, { store: db.store, auth, topics: topicIntents(content) });
      await app.ready();
      apps.push(app);
      return app;
    }

    const login = (app: FastifyInstance, username: string, password = PASSWORD, headers: Record<string, string> = { origin: ORIGIN }) =>
      app.inject({ method: 'POST', url: '/api/login', headers, payload: { username, password } });

    async function sessionFor(app: FastifyInstance, username: string): Promise<string> {
      const response = await login(app, username);
      expect(response.statusCode).toBe(204);
      return cookieOf(response);
    }

    async function addUser(username: string, role: 'manager' | 'staff' | 'operator', municipality: string | null) {
      await db.store.createUser({ username, passwordHash: await hashPassword(PASSWORD), role, municipality });
    }

    let app: FastifyInstance;
    const cookies = {} as Record<Who, string>;

    beforeAll(async () => {
      db = await open();
      for (const [username, u] of Object.entries(USERS)) await addUser(username, u.role, u.municipality);
      await db.store.insertEvents(dataset(), new Date('2026-12-02T12:00:00Z'));
      app = await server();
      for (const username of Object.keys(USERS) as Who[]) cookies[username] = await sessionFor(app, username);
    });
    afterAll(async () => {
      await Promise.all(apps.map((a) => a.close()));
      await db.store.close();
      await db.drop();
    });

    describe('logging in', () => {
      it('a right password gets 204 and a __Host- session cookie: HttpOnly, Secure, SameSite=Strict, Path=/', async () => {
        const response = await login(app, 'anna');
        expect(response.statusCode).toBe(204);
        const cookie = String(response.headers['set-cookie']);
        expect(cookie).toMatch(/^__Host-kanalguide=[A-Za-z0-9_-]{43};/);
        const attributes = cookie
          .split(';')
          .slice(1)
          .map((a) => a.trim().toLowerCase());
        expect(attributes).toEqual(expect.arrayContaining(['path=/', 'httponly', 'secure', 'samesite=strict', 'max-age=43200']));
        expect(attributes.some((a) => a.startsWith('domain='))).toBe(false);
      });

      it('the session says who is logged in; without a cookie, 401', async () => {
        const me = await app.inject({ url: '/api/session', headers: { cookie: cookies.anna } });
        expect(me.statusCode).toBe(200);
        expect(me.json()).toEqual({ username: 'anna', role: 'manager', municipality: 'aarhus' });
        expect((await app.inject({ url: '/api/session', headers: { cookie: cookies.olga } })).json()).toEqual({ username: 'olga', role: 'operator', municipality: null });
        expect((await app.inject({ url: '/api/session' })).statusCode).toBe(401);
        expect((await app.inject({ url: '/api/session', headers: { cookie: '__Host-kanalguide=made-up' } })).statusCode).toBe(401);
      });

      it.each([
        { case: 'a wrong password', username: 'anna', password: 'wrong password!' },
        { case: 'an unknown username', username: 'nobody', password: PASSWORD },
      ])('$case gets 401 and no cookie', async ({ username, password }) => {
        const response = await login(app, username, password);
        expect(response.statusCode).toBe(401);
        expect(response.headers['set-cookie']).toBeUndefined();
      });

      it.each([
        { case: 'no body', payload: undefined },
        { case: 'a missing password', payload: { username: 'anna' } },
        { case: 'an extra field', payload: { username: 'anna', password: PASSWORD, role: 'operator' } },
        { case: 'a number for a name', payload: { username: 1, password: PASSWORD } },
      ])('$case is a 400', async ({ payload }) => {
        const response = await app.inject({
          method: 'POST',
          url: '/api/login',
          headers: { origin: ORIGIN, 'content-type': 'application/json' },
          payload: payload === undefined ? '' : JSON.stringify(payload),
        });
        expect(response.statusCode).toBe(400);
      });

      it('a session ends when it expires', async () => {
        let now = NOW;
        const clocked = await server({ now: () => now });
        const cookie = await sessionFor(clocked, 'anna');
        now = new Date(NOW.getTime() + 12 * 60 * MINUTE + 1000);
        expect((await clocked.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
      });
    });

    describe('requests from other sites', () => {
      it.each<{ case: string; headers: Record<string, string> }>([
        { case: 'no Origin and no Sec-Fetch-Site', headers: {} },
        { case: 'another origin', headers: { origin: 'https://evil.example' } },
        { case: 'a sibling subdomain', headers: { origin: 'https://x.kanalguide.example' } },
        { case: 'http instead of https', headers: { origin: 'http://kanalguide.example' } },
        { case: 'the opaque origin "null"', headers: { origin: 'null' } },
        { case: 'Sec-Fetch-Site cross-site', headers: { 'sec-fetch-site': 'cross-site' } },
        { case: 'Sec-Fetch-Site same-site', headers: { 'sec-fetch-site': 'same-site' } },
        { case: 'the right Origin but Sec-Fetch-Site cross-site', headers: { origin: ORIGIN, 'sec-fetch-site': 'cross-site' } },
      ])('a login with $case is refused with 403', async ({ headers }) => {
        const response = await login(app, 'anna', PASSWORD, headers);
        expect(response.statusCode).toBe(403);
        expect(response.headers['set-cookie']).toBeUndefined();
      });

      it('a login with Sec-Fetch-Site same-origin and no Origin is taken', async () => {
        expect((await login(app, 'anna', PASSWORD, { 'sec-fetch-site': 'same-origin' })).statusCode).toBe(204);
      });

      it('a logout from another origin is refused and the session stays open', async () => {
        const cookie = await sessionFor(app, 'anna');
        const response = await app.inject({ method: 'POST', url: '/api/logout', headers: { cookie, origin: 'https://evil.example' } });
        expect(response.statusCode).toBe(403);
        expect((await app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(200);
      });
    });

    describe('logging out', () => {
      it('ends this session and clears the cookie', async () => {
        const cookie = await sessionFor(app, 'anna');
        const other = await sessionFor(app, 'anna');
        const response = await app.inject({ method: 'POST', url: '/api/logout', headers: { cookie, origin: ORIGIN } });
        expect(response.statusCode).toBe(204);
        expect(String(response.headers['set-cookie'])).toMatch(/^__Host-kanalguide=; Path=\/; Max-Age=0/);
        expect((await app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
        expect((await app.inject({ url: '/api/session', headers: { cookie: other } })).statusCode).toBe(200);
      });

      it('?all=1 ends every session of the user, on every server', async () => {
        await addUser('lars', 'manager', 'aarhus');
        const second = await server();
        const here = await sessionFor(app, 'lars');
        const there = await sessionFor(second, 'lars');
        const response = await app.inject({ method: 'POST', url: '/api/logout?all=1', headers: { cookie: here, origin: ORIGIN } });
        expect(response.statusCode).toBe(204);
        expect((await second.inject({ url: '/api/session', headers: { cookie: there } })).statusCode).toBe(401);
        expect((await app.inject({ url: '/api/session', headers: { cookie: cookies.anna } })).statusCode).toBe(200);
      });
    });

    describe('the lock after failed logins', () => {
      it('10 failures in 15 minutes lock the account for 15 minutes from the tenth, the right password included', async () => {
        await addUser('mette', 'manager', 'aarhus');
        let now = NOW;
        const at = (ms: number) => (now = new Date(NOW.getTime() + ms));
        const clocked = await server({ now: () => now });
        for (let i = 0; i < 10; i++) {
          at(i * MINUTE);
          expect((await login(clocked, 'mette', 'not the password')).statusCode).toBe(401);
        }
        const lockedOut = await login(clocked, 'mette');
        expect(lockedOut.statusCode).toBe(429);
        expect(lockedOut.headers['retry-after']).toBe('900');
        // A second server on the same store sees the same lock.
        const second = await server({ now: () => now });
        expect((await login(second, 'mette')).statusCode).toBe(429);
        // Still locked just before 15 minutes after the tenth failure (minute 9), though the
        // first failures have left the window; attempts while locked do not extend it.
        at(9 * MINUTE + 15 * MINUTE - 1000);
        const late = await login(clocked, 'mette');
        expect(late.statusCode).toBe(429);
        expect(late.headers['retry-after']).toBe('1');
        at(9 * MINUTE + 15 * MINUTE);
        expect((await login(clocked, 'mette')).statusCode).toBe(204);
      });

      it('9 failures do not lock, and a success starts the count again', async () => {
        await addUser('niels', 'manager', 'aarhus');
        for (let i = 0; i < 9; i++) expect((await login(app, 'niels', 'not the password')).statusCode).toBe(401);
        expect((await login(app, 'niels')).statusCode).toBe(204);
        for (let i = 0; i < 9; i++) expect((await login(app, 'niels', 'not the password')).statusCode).toBe(401);
        expect((await login(app, 'niels')).statusCode).toBe(204);
      });

      it('failures older than the window do not count', async () => {
        await addUser('ole', 'manager', 'aarhus');
        let now = NOW;
        const clocked = await server({ now: () => now });
        for (let i = 0; i < 9; i++) await login(clocked, 'ole', 'not the password');
        now = new Date(NOW.getTime() + 15 * MINUTE + 1000);
        await login(clocked, 'ole', 'not the password');
        expect((await login(clocked, 'ole')).statusCode).toBe(204);
      });

      it('the threshold and the window are options', async () => {
        await addUser('petra', 'manager', 'aarhus');
        let now = NOW;
        const strict = await server({ now: () => now, maxFailures: 2, failureWindowMs: MINUTE, lockMs: 2 * MINUTE });
        await login(strict, 'petra', 'not the password');
        await login(strict, 'petra', 'not the password');
        expect((await login(strict, 'petra')).statusCode).toBe(429);
        now = new Date(NOW.getTime() + MINUTE + 1000);
        expect((await login(strict, 'petra')).statusCode).toBe(429);
        now = new Date(NOW.getTime() + 2 * MINUTE);
        expect((await login(strict, 'petra')).statusCode).toBe(204);
      });

      it('an unknown username locks the same way, so the lock reveals nothing', async () => {
        for (let i = 0; i < 10; i++) await login(app, 'ghost', 'not the password');
        expect((await login(app, 'ghost')).statusCode).toBe(429);
      });
    });

    describe('who may read the statistics and the export', () => {
      const ENDPOINTS = ['/api/stats', '/api/export.csv'];
      // What each person may ask about: managers their own municipality, operators all and '*', staff nothing.
      const MATRIX: { who: Who | 'nobody'; municipality: string; status: number }[] = [
        ...['aarhus', 'esbjerg', '*'].map((municipality) => ({ who: 'nobody' as const, municipality, status: 401 })),
        { who: 'anna', municipality: 'aarhus', status: 200 },
        { who: 'anna', municipality: 'esbjerg', status: 403 },
        { who: 'anna', municipality: '*', status: 403 },
        { who: 'erik', municipality: 'esbjerg', status: 200 },
        { who: 'erik', municipality: 'aarhus', status: 403 },
        { who: 'erik', municipality: '*', status: 403 },
        { who: 'sofie', municipality: 'aarhus', status: 403 },
        { who: 'sofie', municipality: 'esbjerg', status: 403 },
        { who: 'sofie', municipality: '*', status: 403 },
        { who: 'olga', municipality: 'aarhus', status: 200 },
        { who: 'olga', municipality: 'esbjerg', status: 200 },
        { who: 'olga', municipality: '*', status: 200 },
      ];
      it.each(ENDPOINTS.flatMap((endpoint) => MATRIX.map((m) => ({ endpoint, ...m }))))('$who asking $endpoint for $municipality gets $status', async ({ endpoint, who, municipality, status }) => {
        const headers = who === 'nobody' ? {} : { cookie: cookies[who] };
        const response = await app.inject({ url: `${endpoint}?municipality=${encodeURIComponent(municipality)}&from=2026-12-01&to=2026-12-02`, headers });
        expect(response.statusCode).toBe(status);
      });

      it('401 comes before the query is looked at, and a staff member gets 403 even for a bad query', async () => {
        expect((await app.inject({ url: '/api/stats?from=yesterday' })).statusCode).toBe(401);
        expect((await app.inject({ url: '/api/stats?from=yesterday', headers: { cookie: cookies.sofie } })).statusCode).toBe(403);
      });
    });

    describe('the statistics', () => {
      const stats = async (query: string, who: Who = 'olga') => {
        const response = await app.inject({ url: `/api/stats?${query}`, headers: { cookie: cookies[who] } });
        expect(response.statusCode).toBe(200);
        return v.parse(StatsResponseSchema, response.json());
      };

      it('a manager sees their municipality by day, with the formulas of DOMAIN.md', async () => {
        const body = await stats('municipality=aarhus&from=2026-12-01&to=2026-12-03&interval=day', 'anna');
        expect(body.query).toEqual({ municipality: 'aarhus', from: '2026-12-01', to: '2026-12-03', interval: 'day', topic: null, intent: null });
        const [aarhus] = body.municipalities;
        expect(body.municipalities).toHaveLength(1);
        expect(aarhus!.periods.map((p) => p.routed)).toEqual([3, 2, 0]);
        const t = aarhus!.total;
        expect(t.routed).toBe(5);
        expect(t.digitalShare).toBe(3 / 5);
        expect(t.chosenDigitalShare).toBe(1 / 2);
        expect(t.applications).toMatchObject({ transactions: 4, selfservice: 2, share: 0.5, clicked: 2, chosenSelfservice: 1 });
        expect(t.followThrough).toBe(1 / 5);
        // Aarhus's prices: 2 × 19 (self-service) + 31 (phone) + 57 (meeting) + 0 (web); baseline 5 × 31.
        expect(t.cost).toEqual({ estimated: 2 * 19 + 31 + 57, allByPhone: 5 * 31, saving: 5 * 31 - (2 * 19 + 31 + 57) });
        expect(t.helped).toEqual({ yes: 1, no: 0, share: 1 });
        expect(t.assisted).toEqual({ count: 1, share: 1 / 5 });
        expect(t.emergencies.byKind.fire).toBe(1);
        expect(t.notFound).toBe(1);
        expect(t.topics[0]).toEqual({ topic: 'flytning', count: 4 });
        expect(aarhus!.targets).toEqual({ digitalShare: 0.8, applications: 0.8, firstContactResolution: 0.6 });
        expect(aarhus!.notFoundWords).toEqual([{ words: 'kolonihave leje', count: 1 }]);
      });

      it('an operator compares every municipality with *', async () => {
        const body = await stats('municipality=*&from=2026-12-01&to=2026-12-07&interval=week');
        expect(body.municipalities.map((m) => m.municipality)).toEqual(Object.keys(content.municipalities).sort());
        const routedBy = Object.fromEntries(body.municipalities.map((m) => [m.municipality, m.total.routed]));
        expect(routedBy).toMatchObject({ aarhus: 5, esbjerg: 1, demo: 0 });
        expect(body.municipalities[0]!.periods.map((p) => [p.from, p.to])).toEqual([
          ['2026-12-01', '2026-12-06'],
          ['2026-12-07', '2026-12-07'],
        ]);
      });

      it('filters by topic and inquiry type', async () => {
        expect((await stats('municipality=aarhus&from=2026-12-01&to=2026-12-02&topic=pas')).municipalities[0]!.total.routed).toBe(1);
        const information = await stats('municipality=aarhus&from=2026-12-01&to=2026-12-02&intent=information');
        expect(information.municipalities[0]!.total.byChannel.web).toBe(1);
        expect(information.municipalities[0]!.notFoundWords).toEqual([]);
      });

      it('the filters: a manager gets their own municipality, an operator every one; topics by title; staff and nobody refused', async () => {
        const filters = async (who: Who) => v.parse(StatsFiltersSchema, (await app.inject({ url: '/api/stats/filters', headers: { cookie: cookies[who] } })).json());
        const anna = await filters('anna');
        expect(anna.municipalities).toEqual([{ slug: 'aarhus', name: { da: content.municipalities.aarhus!.name.da, en: content.municipalities.aarhus!.name.en } }]);
        expect(anna.topics.find((t) => t.id === 'flytning')?.title.da).toBe(content.topics.flytning!.articles.da.title);
        expect(anna.topics.map((t) => t.id)).toEqual([...new Set([...Object.keys(content.topics), ...Object.keys(catalog)])].sort());
        expect((await filters('olga')).municipalities.map((m) => m.slug)).toEqual(Object.keys(content.municipalities).sort());
        expect((await app.inject({ url: '/api/stats/filters', headers: { cookie: cookies.sofie } })).statusCode).toBe(403);
        expect((await app.inject({ url: '/api/stats/filters' })).statusCode).toBe(401);
      });

      it('an acknowledged event counts in the next answer', async () => {
        const query = 'municipality=halsnaes&from=2026-12-01&to=2026-12-01';
        expect((await stats(query)).municipalities[0]!.total.routed).toBe(0);
        await db.store.insertEvents([routed({ municipality: 'halsnaes' })], NOW);
        expect((await stats(query)).municipalities[0]!.total.routed).toBe(1);
      });

      it.each([
        { query: 'from=2026-12-01&to=2026-12-02', parameters: ['municipality'] },
        { query: 'municipality=gotham&from=2026-12-01&to=2026-12-02', parameters: ['municipality'] },
        { query: 'municipality=aarhus&from=2026-02-30&to=2026-12-02', parameters: ['from'] },
        { query: 'municipality=aarhus&from=1.12.2026&to=2026-12-02', parameters: ['from'] },
        { query: 'municipality=aarhus&from=2026-12-03&to=2026-12-02', parameters: ['to'] },
        { query: 'municipality=aarhus&from=2020-01-01&to=2026-12-02', parameters: ['to'] },
        { query: 'municipality=aarhus&from=2026-12-01&to=2026-12-02&interval=month', parameters: ['interval'] },
        { query: 'municipality=aarhus&from=2026-12-01&to=2026-12-02&topic=nope', parameters: ['topic'] },
        { query: 'municipality=aarhus&from=2026-12-01&to=2026-12-02&intent=complaint', parameters: ['intent'] },
        { query: 'municipality=aarhus&municipality=esbjerg&from=2026-12-01&to=2026-12-02', parameters: ['municipality'] },
        { query: 'municipality=aarhus&from=2026-12-01&to=2026-12-02&sort=desc', parameters: ['sort'] },
        { query: 'municipality=aarhus&from=x&to=y&interval=z', parameters: ['from', 'to', 'interval'] },
      ])('$query is a 400 naming $parameters', async ({ query, parameters }) => {
        const response = await app.inject({ url: `/api/stats?${query}`, headers: { cookie: cookies.olga } });
        expect(response.statusCode).toBe(400);
        const { errors } = response.json() as { errors: { parameter: string; message: string }[] };
        expect([...new Set(errors.map((e) => e.parameter))]).toEqual(parameters);
        for (const e of errors) expect(e.message).toMatch(new RegExp(`^${e.parameter} |^unknown parameter`));
      });

      it('hostile query strings never get a 500', async () => {
        const key = fc.oneof(fc.constantFrom('municipality', 'from', 'to', 'interval', 'topic', 'intent', '__proto__', 'constructor', 'municipality[]', 'from[0]', ''), fc.string());
        const value = fc.oneof(
          fc.constantFrom('*', 'aarhus', '__proto__', 'toString', '2026-12-01', '0000-01-01', '9999-12-31', '+275760-09-13', 'day', 'week', 'pas', 'transaction', '=1+1'),
          fc.string(),
          fc.string({ unit: 'binary' }),
        );
        const pairs = fc.array(fc.tuple(key, value), { maxLength: 8 }).map((list) => list.map(([k, x]) => `${encodeURIComponent(k)}=${encodeURIComponent(x)}`).join('&'));
        const raw = fc.string({ unit: fc.constantFrom(...'%&=[]._-*+?#;,aZ09 '.split('')) });
        await fc.assert(
          fc.asyncProperty(fc.oneof(pairs, raw), fc.constantFrom('/api/stats', '/api/export.csv'), async (query, endpoint) => {
            const response = await app.inject({ url: `${endpoint}?${query}`, headers: { cookie: cookies.olga } });
            expect(response.statusCode, `${endpoint}?${query}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
          }),
          { numRuns: 300 },
        );
      });
    });

    describe('the staff guidance', () => {
      const guidance = (topic: string, who: Who | 'nobody', query = '') =>
        app.inject({ url: `/api/guidance/${encodeURIComponent(topic)}${query}`, headers: who === 'nobody' ? {} : { cookie: cookies[who] } });

      it.each<{ who: Who | 'nobody'; status: number }>([
        { who: 'nobody', status: 401 },
        { who: 'sofie', status: 200 },
        { who: 'bo', status: 200 },
        { who: 'anna', status: 200 },
        { who: 'erik', status: 200 },
        { who: 'olga', status: 403 },
      ])('$who asking for the guidance on passports gets $status', async ({ who, status }) => {
        expect((await guidance('pas', who)).statusCode).toBe(status);
      });

      it('gives a staff member the Danish guidance for every intent of the topic', async () => {
        const response = await guidance('pas', 'sofie');
        const body = v.parse(GuidanceResponseSchema, response.json());
        expect(body).toMatchObject({ topic: 'pas', lang: 'da', fallback: false });
        expect(body.guidance).toEqual(content.topics.pas!.articles.da.staff);
        expect(response.headers['cache-control']).toBe('no-store');
      });

      /** A server whose content has only the passport topic, with the guidance given (null: none written). */
      async function passportServer(englishGuidance: StaffGuidanceOf | null, danishGuidance: StaffGuidanceOf | null = content.topics.pas!.articles.da.staff!) {
        const pas = content.topics.pas!;
        const articles = { da: { ...pas.articles.da, staff: danishGuidance ?? undefined }, en: { ...pas.articles.en, staff: englishGuidance ?? undefined } };
        const only = Fastify();
        await only.register(guidanceRoutes, { auth: createAuth({ store: db.store, publicOrigin: ORIGIN, now: () => NOW }), content: { topics: { pas: { ...pas, articles } } } });
        apps.push(only);
        return (query = '') => only.inject({ url: `/api/guidance/pas${query}`, headers: { cookie: cookies.sofie } });
      }

      it('falls back to Danish where the guidance is not written in English, and says so', async () => {
        const ask = await passportServer(null);
        const body = v.parse(GuidanceResponseSchema, (await ask('?lang=en')).json());
        expect(body).toMatchObject({ lang: 'da', fallback: true });
        expect(body.guidance).toEqual(content.topics.pas!.articles.da.staff);
      });

      it('serves English where it is written', async () => {
        const english = structuredClone(content.topics.pas!.articles.da.staff!);
        english.transaction!.steps = ['Explain that a passport needs a personal visit.', 'Help the citizen book a time.'];
        const ask = await passportServer(english);
        const body = v.parse(GuidanceResponseSchema, (await ask('?lang=en')).json());
        expect(body).toMatchObject({ lang: 'en', fallback: false });
        expect(body.guidance.transaction!.steps[0]).toBe('Explain that a passport needs a personal visit.');
        expect(v.parse(GuidanceResponseSchema, (await ask()).json())).toMatchObject({ lang: 'da', fallback: false });
      });

      it('a topic with no guidance written yet: 404', async () => {
        const ask = await passportServer(null, null);
        expect((await ask()).statusCode).toBe(404);
      });

      it.each(['nope', '__proto__', 'constructor'])('%s: 404, and the id is not echoed', async (topic) => {
        const response = await guidance(topic, 'sofie');
        expect(response.statusCode).toBe(404);
        expect(response.body).not.toContain(topic);
      });

      it.each(['?lang=fr', '?lang=da&lang=en', '?format=pdf'])('%s is a 400 naming the parameter', async (query) => {
        const response = await guidance('pas', 'sofie', query);
        expect(response.statusCode).toBe(400);
        expect((response.json() as { errors: { parameter: string }[] }).errors.length).toBeGreaterThan(0);
      });
    });

    describe('registering assisted contacts', () => {
      const contact = (fields: Record<string, unknown> = {}) => ({
        v: 1,
        id: randomUUID(),
        ts: '2026-12-01T12:55:00+01:00',
        topic: 'flytning',
        intent: 'transaction',
        came: 'phone',
        solvedAtFirstContact: true,
        selfServiceWithHelp: true,
        ...fields,
      });
      const post = (who: Who | 'nobody', payload: unknown, headers: Record<string, string> = { origin: ORIGIN }) =>
        app.inject({
          method: 'POST',
          url: '/api/contacts',
          headers: { ...headers, ...(who === 'nobody' ? {} : { cookie: cookies[who] }), 'content-type': 'application/json' },
          payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
        });
      const registered = async (municipality: string, topic?: string) => (await db.store.contactCounts({ municipality, from: '2026-11-01', to: '2026-12-31', topic })).reduce((n, r) => n + r.count, 0);

      it.each<{ who: Who | 'nobody'; status: number }>([
        { who: 'nobody', status: 401 },
        { who: 'olga', status: 403 },
        { who: 'sofie', status: 202 },
        { who: 'anna', status: 202 },
        { who: 'bo', status: 202 },
        { who: 'erik', status: 202 },
      ])('$who registering a contact gets $status', async ({ who, status }) => {
        expect((await post(who, contact({ topic: 'skat', intent: 'information' }))).statusCode).toBe(status);
      });

      it('401 and 403 come before the body is read', async () => {
        expect((await post('nobody', '{"v": 1,')).statusCode).toBe(401);
        expect((await post('olga', '{"v": 1,')).statusCode).toBe(403);
        expect((await post('sofie', '{"v": 1,', { origin: 'https://evil.example' })).statusCode).toBe(403);
      });

      it("stores it under the staff member's own municipality, once however often it is sent", async () => {
        const before = { aarhus: await registered('aarhus', 'pas'), esbjerg: await registered('esbjerg', 'pas') };
        const one = contact({ topic: 'pas', intent: 'transaction', came: 'desk' });
        const first = await post('bo', one);
        expect(first.statusCode).toBe(202);
        expect(first.json()).toEqual({ accepted: 1, duplicates: 0 });
        const again = await post('bo', one);
        expect(again.statusCode).toBe(202);
        expect(again.json()).toEqual({ accepted: 0, duplicates: 1 });
        expect(await registered('esbjerg', 'pas')).toBe(before.esbjerg + 1);
        expect(await registered('aarhus', 'pas')).toBe(before.aarhus);
      });

      it('refuses a body that names a municipality: it comes from the session, never the body', async () => {
        const before = await registered('esbjerg');
        const response = await post('sofie', contact({ municipality: 'esbjerg' }));
        expect(response.statusCode).toBe(400);
        expect(response.json()).toEqual({ errors: ['municipality: unknown field'] });
        expect(await registered('esbjerg')).toBe(before);
      });

      it.each<{ case: string; headers: Record<string, string> }>([
        { case: 'no Origin and no Sec-Fetch-Site', headers: {} },
        { case: 'another origin', headers: { origin: 'https://evil.example' } },
        { case: 'Sec-Fetch-Site cross-site', headers: { 'sec-fetch-site': 'cross-site' } },
      ])('a contact sent with $case is refused with 403 and not stored', async ({ headers }) => {
        const before = await registered('aarhus', 'vielse');
        const response = await post('sofie', contact({ topic: 'vielse', intent: null }), headers);
        expect(response.statusCode).toBe(403);
        expect(await registered('aarhus', 'vielse')).toBe(before);
      });

      it.each<{ case: string; payload: unknown; errors: string[] }>([
        { case: 'a missing field', payload: (({ came: _c, ...rest }) => rest)(contact()), errors: ['came: is missing'] },
        { case: 'an unknown way in', payload: contact({ came: 'email' }), errors: ['came: came must be one of phone, desk, chat'] },
        { case: 'an unknown topic', payload: contact({ topic: 'kolonihave' }), errors: ['topic: topic is not a known topic id'] },
        { case: 'an inquiry type the topic does not have', payload: contact({ topic: 'flytning', intent: 'relation' }), errors: ["intent: intent is not one of the topic's inquiry types"] },
        { case: 'a time two days off', payload: contact({ ts: '2026-11-29T12:00:00+01:00' }), errors: ["ts: more than 24 hours from the server's clock"] },
        { case: 'a time with no offset', payload: contact({ ts: '2026-12-01T12:00:00' }), errors: ['ts: ts must be an ISO 8601 time with offset, like 2026-12-01T10:30:00+01:00'] },
        { case: 'another version', payload: contact({ v: 2 }), errors: ['v: v must be 1'] },
        {
          case: 'a yes/no that is text',
          payload: contact({ solvedAtFirstContact: 'yes', id: 'x' }),
          errors: ['id: id must be a uuid', 'solvedAtFirstContact: solvedAtFirstContact must be true or false'],
        },
        { case: 'a list', payload: [contact()], errors: ['(body): the body must be one contact, an object'] },
        { case: 'a number', payload: 7, errors: ['(body): the body must be one contact, an object'] },
        { case: 'a body that is not JSON', payload: '{"v": 1,', errors: [] },
      ])('$case is a 400 naming the field', async ({ payload, errors }) => {
        const response = await post('sofie', payload);
        expect(response.statusCode).toBe(400);
        const body = response.json() as { errors: string[] };
        if (errors.length) expect(body.errors).toEqual(errors);
        else expect(body.errors[0]).toMatch(/^body: the body is not JSON/);
      });

      it('the statistics count a registered contact at once, against the 60 % target', async () => {
        const stats = async () => {
          const response = await app.inject({ url: '/api/stats?municipality=halsnaes&from=2026-12-01&to=2026-12-01', headers: { cookie: cookies.olga } });
          return v.parse(StatsResponseSchema, response.json()).municipalities[0]!;
        };
        expect((await stats()).total.contacts.registered).toBe(0);
        const contacts = [
          contact({ came: 'phone' }),
          contact({ came: 'phone', solvedAtFirstContact: false }),
          contact({ came: 'chat', topic: 'pas', selfServiceWithHelp: false }),
          contact({ came: 'desk', topic: null, intent: null }),
        ];
        for (const c of contacts) expect((await post('hanne', c)).statusCode).toBe(202);
        const halsnaes = await stats();
        expect(halsnaes.targets.firstContactResolution).toBe(0.6);
        expect(halsnaes.total.contacts).toEqual({
          registered: 4,
          byCame: { phone: 2, desk: 1, chat: 1 },
          solvedAtFirstContact: 3,
          firstContactResolution: 3 / 4,
          selfServiceWithHelp: 3,
          topics: [
            { topic: 'flytning', count: 2, solvedAtFirstContact: 1, selfServiceWithHelp: 2 },
            { topic: 'pas', count: 1, solvedAtFirstContact: 1, selfServiceWithHelp: 0 },
          ],
        });
        expect(halsnaes.periods[0]!.contacts.registered).toBe(4);
        // The filter applies to contacts as to routing decisions.
        const filtered = await app.inject({ url: '/api/stats?municipality=halsnaes&from=2026-12-01&to=2026-12-01&topic=pas', headers: { cookie: cookies.olga } });
        expect(v.parse(StatsResponseSchema, filtered.json()).municipalities[0]!.total.contacts.registered).toBe(1);
      });
    });

    describe('the KOMHEN-style export', () => {
      it('writes counts per period, municipality, area, inquiry type and channel, for Danish Excel', async () => {
        const response = await app.inject({ url: '/api/export.csv?municipality=aarhus&from=2026-12-01&to=2026-12-02&interval=week', headers: { cookie: cookies.anna } });
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(response.headers['content-disposition']).toBe('attachment; filename="kanalguide-aarhus-2026-12-01-2026-12-02.csv"');
        const raw = response.rawPayload.toString('utf8');
        expect(raw.startsWith('\uFEFF')).toBe(true);
        expect(raw.slice(1).split('\r\n')).toEqual([
          'periode;kommune;område;henvendelsestype;kanal;antal',
          '2026-W49;Aarhus Kommune;Borgerservice – folkeregister og valg;information;hjemmeside;1',
          '2026-W49;Aarhus Kommune;Borgerservice – folkeregister og valg;transaktion;selvbetjening;2',
          '2026-W49;Aarhus Kommune;Borgerservice – folkeregister og valg;transaktion;telefon;1',
          '2026-W49;Aarhus Kommune;Borgerservice – pas, kørekort og ID;transaktion;personligt fremmøde;1',
          '',
        ]);
      });

      it('a value that starts like a spreadsheet formula is escaped', async () => {
        const hostile: Catalog = { ...catalog, flytning: { ...catalog.flytning!, area: '=HYPERLINK("https://evil.example","klik")' } };
        const withHostileArea = await server({}, hostile);
        const response = await withHostileArea.inject({ url: '/api/export.csv?municipality=aarhus&from=2026-12-01&to=2026-12-01', headers: { cookie: cookies.anna } });
        const lines = response.rawPayload.toString('utf8').split('\r\n');
        expect(lines[1]).toBe(`2026-12-01;Aarhus Kommune;"'=HYPERLINK(""https://evil.example"",""klik"")";transaktion;selvbetjening;2`);
      });
    });
  });
}
