/**
 * The SQLite store's WAL is copied into the database by a worker thread (checkpointer.ts), so a
 * commit never waits for a checkpoint's disk syncs. What must hold: the events reach the database
 * file without anyone else checkpointing, a steady load does not grow the WAL without end, and
 * closing the store leaves a database another connection reads whole.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/server/storage/sqlite/sqlite-store.js';
import { routed, SERVER_TIME } from '../../support/log-events.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function newFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kanalguide-checkpoints-'));
  dirs.push(dir);
  return join(dir, 'kanalguide.db');
}

const size = (path: string) => statSync(path, { throwIfNoEntry: false })?.size ?? 0;

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
}

describe('SQLite checkpoints in a worker thread', () => {
  it('copies committed events into the database file by itself, well under the thousand pages of an automatic checkpoint', async () => {
    const file = newFile();
    const store = openSqliteStore(file, { checkpoints: { intervalMs: 50, restartFrames: 16_384 } });
    try {
      const before = size(file);
      await store.insertEvents(
        Array.from({ length: 200 }, () => routed()),
        SERVER_TIME,
      );
      expect(size(`${file}-wal`)).toBeLessThan(1000 * 4096);
      expect(await until(() => size(file) > before, 5000)).toBe(true);
    } finally {
      await store.close();
    }
  });

  /** 300 commits of 100 events back to back, as a loaded collector makes them; the largest the WAL file grew. */
  async function steadyLoad(file: string, restartFrames: number): Promise<{ inserted: number; largestWal: number }> {
    const store = openSqliteStore(file, { checkpoints: { intervalMs: 20, restartFrames } });
    let inserted = 0;
    let largestWal = 0;
    try {
      for (let commit = 0; commit < 300; commit++) {
        inserted += (
          await store.insertEvents(
            Array.from({ length: 100 }, () => routed()),
            SERVER_TIME,
          )
        ).accepted;
        largestWal = Math.max(largestWal, size(`${file}-wal`));
        // A server goes back to its sockets between groups.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      await store.close();
    }
    return { inserted, largestWal };
  }

  it('keeps the WAL bounded under a steady load, which PASSIVE checkpoints alone do not, and leaves every event readable after close', async () => {
    const unbounded = await steadyLoad(newFile(), Number.MAX_SAFE_INTEGER);
    const file = newFile();
    const bounded = await steadyLoad(file, 256);
    // Compared with the same load on the same machine: how fast the disk syncs sets both sizes
    // (one checkpoint's time decides how far the WAL grows before it restarts).
    expect(bounded.largestWal * 2).toBeLessThan(unbounded.largestWal);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: bounded.inserted });
    } finally {
      db.close();
    }
  });
});
