/** Stored not-found words are kept 90 days, failed logins as long as the lock looks back: purged at start and then daily. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LogEvent } from '../../src/model/log-event.js';
import { openSqliteStore } from '../../src/server/storage/sqlite/sqlite-store.js';
import { purgeDaily, purgeOldWords } from '../../src/server/retention.js';

const dir = mkdtempSync(join(tmpdir(), 'kanalguide-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const notFound = (ts: string, words: string): LogEvent => ({ v: 1, id: randomUUID(), ts, municipality: 'demo', session: randomUUID(), type: 'notFound', lang: 'da', assisted: false, words });
const range = { municipality: 'demo', from: '2026-01-01', to: '2026-12-31' };

describe('not-found words', () => {
  it('are deleted once older than 90 local days, and the newer ones stay', async () => {
    const store = openSqliteStore(join(dir, 'purge.db'));
    try {
      await store.insertEvents([notFound('2026-09-06T10:00:00+02:00', 'hundeskat'), notFound('2026-09-07T10:00:00+02:00', 'kirkeskat')], new Date());
      // 6 December: the last 90 days start on 7 September.
      expect(await purgeOldWords(store, new Date('2026-12-06T12:00:00+01:00'))).toBe(1);
      expect((await store.notFoundWords(range)).map((w) => w.words)).toEqual(['kirkeskat']);
    } finally {
      await store.close();
    }
  });

  it('are purged when the server starts, and the daily purge stops with the server', async () => {
    const store = openSqliteStore(join(dir, 'start.db'));
    const said: string[] = [];
    try {
      await store.insertEvents([notFound('2026-01-02T10:00:00+01:00', 'hundeskat')], new Date());
      const stop = purgeDaily(store, { loginFailuresKeptMs: 30 * 60_000, clock: () => new Date('2026-12-06T12:00:00+01:00'), say: (m) => said.push(m) });
      await expect.poll(() => said.length).toBe(1);
      stop();
      expect(said[0]).toMatch(/Deleted the words of 1 searches older than 90 days/);
      expect(await store.notFoundWords(range)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('failed logins', () => {
  it('are purged at start once older than the failure window and the lock together; newer ones still lock', async () => {
    const store = openSqliteStore(join(dir, 'failures.db'));
    const said: string[] = [];
    const now = new Date('2026-12-06T12:00:00Z');
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    try {
      for (const m of [24 * 60, 31, 29, 1]) await store.recordLoginFailure('mette', minutesAgo(m));
      await store.recordLoginFailure('no-such-user', minutesAgo(45));
      const stop = purgeDaily(store, { loginFailuresKeptMs: 30 * 60_000, clock: () => now, say: (m) => said.push(m) });
      await expect.poll(() => said.join('\n')).toMatch(/Deleted 3 failed logins/);
      stop();
      expect(await store.latestLoginFailures('mette', 10)).toEqual([minutesAgo(1), minutesAgo(29)]);
      expect(await store.latestLoginFailures('no-such-user', 10)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
