/**
 * The whole loop on one server, as it runs: the widget's event reaches the collector, a manager
 * logs in, and the statistics count the decision at once. Real SQLite, the shipped content.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/content/load.js';
import { buildApp, contentAccess } from '../../src/server/app.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { staffSide } from '../../src/server/staff-plugins.js';
import { openSqliteStore } from '../../src/server/storage/sqlite/sqlite-store.js';
import { shippedContent } from '../support/content.js';
import { routed } from '../support/log-events.js';

const dir = mkdtempSync(join(tmpdir(), 'kanalguide-loop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the routing loop', () => {
  it('a decision posted by the widget is in /api/stats for the municipality’s manager at once', async () => {
    const ORIGIN = 'http://127.0.0.1:8080';
    const now = new Date('2026-12-01T09:31:00Z');
    const store = openSqliteStore(join(dir, 'loop.db'));
    const content = shippedContent();
    const staff = staffSide({ store, publicOrigin: ORIGIN, content, catalog: loadCatalog(), now: () => now });
    const app = await buildApp({ store, ...contentAccess(content), publicOrigin: ORIGIN, clock: () => now, plugins: staff.plugins });
    try {
      await store.createUser({ username: 'leder', role: 'manager', municipality: 'demo', passwordHash: await hashPassword('korrekt hest batteri') });
      const event = routed({ municipality: 'demo', topic: 'flytning', intent: 'transaction', recommended: 'selfservice', ts: now.toISOString() });
      const posted = await app.inject({ method: 'POST', url: '/api/events', headers: { origin: ORIGIN, 'content-type': 'text/plain' }, payload: JSON.stringify([event]) });
      expect(posted.statusCode, posted.body).toBe(202);

      const login = await app.inject({
        method: 'POST',
        url: '/api/login',
        headers: { origin: ORIGIN, 'content-type': 'application/json' },
        payload: { username: 'leder', password: 'korrekt hest batteri' },
      });
      expect(login.statusCode, login.body).toBe(204);
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;

      const stats = await app.inject({ method: 'GET', url: '/api/stats?municipality=demo&from=2026-12-01&to=2026-12-01&interval=day', headers: { cookie } });
      expect(stats.statusCode, stats.body).toBe(200);
      expect(stats.body).toMatch(/"routed":1\b/);
      const other = await app.inject({ method: 'GET', url: '/api/stats?municipality=aarhus&from=2026-12-01&to=2026-12-01&interval=day', headers: { cookie } });
      expect(other.statusCode).toBe(403);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
