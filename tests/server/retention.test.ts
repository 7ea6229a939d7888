/** Stored not-found words are kept 90 days: purged at start and then daily. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LogEvent } from '../../src/model/log-event.js';
import { openSqliteStore } from '../../src/server/storage/sqlite/sqlite-store.js';
import { keepWordsNinetyDays, purgeOldWords } from '../../src/server/words-retention.js';

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
      const stop = keepWordsNinetyDays(store, () => new Date('2026-12-06T12:00:00+01:00'), (m) => said.push(m));
      await expect.poll(() => said.length).toBe(1);
      stop();
      expect(said[0]).toMatch(/Deleted the words of 1 searches older than 90 days/);
      expect(await store.notFoundWords(range)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
