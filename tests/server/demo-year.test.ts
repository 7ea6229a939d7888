/** `npm start`'s demo year: valid events, the strategy's channel mix, a season, seeded once; and the demo manager. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateLogEvents } from '../../src/model/log-event.js';
import { verifyPassword } from '../../src/server/auth/passwords.js';
import { DEMO_MANAGER, demoYear, resetDemoManager, seedDemoYearIfEmpty } from '../../src/server/demo-year.js';
import { openSqliteStore } from '../../src/server/storage/sqlite/sqlite-store.js';
import { shippedContent } from '../support/content.js';

const content = shippedContent();
const dir = mkdtempSync(join(tmpdir(), 'kanalguide-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the demo year', () => {
  const events = demoYear(content, '2026-12-06');

  it('is a year of valid log events for the demo municipality', () => {
    expect(events.length).toBeGreaterThan(30_000);
    const known = { topics: new Set(Object.keys(content.topics)), municipalities: new Set(['demo']) };
    for (let at = 0; at < events.length; at += 100) {
      const batch = events.slice(at, at + 100);
      const result = validateLogEvents(batch, known, new Date(batch[0]!.ts));
      // The 24-hour window is the collector's; the seed writes history straight to the store.
      expect(result.ok || result.errors.every((e) => /\.ts:/.test(e)), result.ok ? '' : result.errors.slice(0, 3).join('\n')).toBe(true);
    }
    expect(events[0]!.ts.slice(0, 10)).toBe('2025-12-07');
    expect(events.at(-1)!.ts.slice(0, 10)).toBe('2026-12-06');
  });

  it('follows the strategy and the season: mostly digital, more self-service at the end, fewer in July', () => {
    const routed = events.filter((e) => e.type === 'routed');
    const digital = (list: typeof routed) => list.filter((e) => ['web', 'selfservice', 'minside', 'digitalpost'].includes(e.recommended)).length / list.length;
    expect(digital(routed)).toBeGreaterThan(0.5);
    const firstQuarter = routed.filter((e) => e.ts < '2026-03-07');
    const lastQuarter = routed.filter((e) => e.ts >= '2026-09-06');
    expect(digital(lastQuarter)).toBeGreaterThan(digital(firstQuarter));
    const inMonth = (m: string) => routed.filter((e) => e.ts.slice(5, 7) === m).length;
    expect(inMonth('07')).toBeLessThan(inMonth('08'));
    expect(events.some((e) => e.type === 'emergency') && events.some((e) => e.type === 'notFound') && events.some((e) => e.type === 'followed')).toBe(true);
  });

  it('is seeded once: a second start finds the year and adds nothing', async () => {
    const store = openSqliteStore(join(dir, 'seed.db'));
    try {
      const now = new Date('2026-12-06T12:00:00+01:00');
      expect(await seedDemoYearIfEmpty(store, content, now)).toBeGreaterThan(30_000);
      expect(await seedDemoYearIfEmpty(store, content, now)).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('gives the demo manager a new password at every start, the old one no longer valid', async () => {
    const store = openSqliteStore(join(dir, 'manager.db'));
    try {
      const first = await resetDemoManager(store);
      const second = await resetDemoManager(store);
      expect(second).not.toBe(first);
      const found = await store.findUser(DEMO_MANAGER);
      expect(found?.user).toMatchObject({ role: 'manager', municipality: 'demo' });
      expect(await verifyPassword(found!.passwordHash, second)).toBe(true);
      expect(await verifyPassword(found!.passwordHash, first)).toBe(false);
    } finally {
      await store.close();
    }
  });
});
