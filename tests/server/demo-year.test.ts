/** `npm start`'s demo year: valid events, the strategy's channel mix, a season, assisted contacts, seeded once; and the demo manager. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contactStats } from '../../src/domain/contact-stats.js';
import { validateContactEvent } from '../../src/model/contact-event.js';
import { validateLogEvents } from '../../src/model/log-event.js';
import { verifyPassword } from '../../src/server/auth/passwords.js';
import { DEMO_MANAGER, demoContacts, demoYear, resetDemoManager, seedDemoYearIfEmpty } from '../../src/server/demo-year.js';
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

  const contacts = demoContacts(content, '2026-12-06');

  it('has a few valid assisted contacts each weekday of the year before today, none at weekends or today', () => {
    const known = new Map(Object.values(content.topics).map((t) => [t.id, t.intents]));
    for (const contact of contacts) {
      const result = validateContactEvent(contact, known, new Date(contact.ts));
      expect(result.ok, result.ok ? '' : result.errors.join('\n')).toBe(true);
    }
    const days = new Set(contacts.map((c) => c.ts.slice(0, 10)));
    expect(days.size).toBeGreaterThan(240);
    expect([...days].some((d) => [0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()))).toBe(false);
    expect(contacts.at(-1)!.ts.slice(0, 10) < '2026-12-06').toBe(true);
    expect(contacts.length / days.size).toBeGreaterThan(3);
    expect(contacts.length / days.size).toBeLessThan(10);
    expect(demoContacts(content, '2026-12-06').map(({ id: _, ...c }) => c)).toEqual(contacts.map(({ id: _, ...c }) => c));
  });

  it('solves around 60 % of the contacts at first contact, drifting from month to month, with the season and every way in', () => {
    const stats = (month: string) => contactStats(contacts.filter((c) => c.ts.slice(0, 7) === month).map((c) => ({ ...c, municipality: 'demo', day: c.ts.slice(0, 10), count: 1 })));
    const year = contactStats(contacts.map((c) => ({ ...c, municipality: 'demo', day: c.ts.slice(0, 10), count: 1 })));
    expect(year.firstContactResolution).toBeGreaterThan(0.55);
    expect(year.firstContactResolution).toBeLessThan(0.65);
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-08', '2026-09', '2026-10', '2026-11'].map((m) => stats(m).firstContactResolution!);
    expect(Math.max(...months) - Math.min(...months)).toBeGreaterThan(0.03);
    for (const share of months) {
      expect(share).toBeGreaterThan(0.45);
      expect(share).toBeLessThan(0.75);
    }
    expect(stats('2026-07').registered).toBeLessThan(stats('2026-08').registered);
    expect(year.byCame.phone).toBeGreaterThan(year.byCame.desk);
    expect(year.byCame.desk).toBeGreaterThan(year.byCame.chat);
    expect(year.byCame.chat).toBeGreaterThan(0);
    expect(year.selfServiceWithHelp).toBeGreaterThan(0);
    expect(year.topics).toHaveLength(10);
  });

  it('is seeded once: a second start finds the year and adds nothing', async () => {
    const store = openSqliteStore(join(dir, 'seed.db'));
    try {
      const now = new Date('2026-12-06T12:00:00+01:00');
      const seeded = await seedDemoYearIfEmpty(store, content, now);
      expect(seeded.events).toBeGreaterThan(30_000);
      expect(seeded.contacts).toBe(contacts.length);
      const stored = contactStats(await store.contactCounts({ municipality: 'demo', from: '2025-12-07', to: '2026-12-06' }));
      expect(stored.registered).toBe(contacts.length);
      expect(await seedDemoYearIfEmpty(store, content, now)).toEqual({ events: 0, contacts: 0 });
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
