/** The storage contract on SQLite, each test on a new file in a temporary folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../../src/server/storage/sqlite/sqlite-store.js';
import { eventStoreContract, STATS_TABLES } from './event-store.contract.js';

eventStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kanalguide-store-'));
  // A folder that does not exist yet: the store creates it.
  const file = join(dir, 'data', 'kanalguide.db');
  return {
    target: { kind: 'sqlite', file },
    open: async () => openSqliteStore(file),
    schemaVersion: async () => {
      const db = new Database(file, { readonly: true });
      try {
        return db.pragma('user_version', { simple: true }) as number;
      } finally {
        db.close();
      }
    },
    undoStatsRollups: async (from) => {
      const db = new Database(file);
      try {
        for (const table of STATS_TABLES.filter((t) => t.version >= from)) db.exec(`DROP TABLE ${table.name}`);
        db.pragma(`user_version = ${from - 1}`);
      } finally {
        db.close();
      }
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
