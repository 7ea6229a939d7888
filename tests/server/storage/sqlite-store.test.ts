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
        db.exec(`CREATE TABLE event_counts AS
          SELECT municipality, day, type, coalesce(topic, '') AS topic, coalesce(intent, '') AS intent, coalesce(recommended, '') AS recommended,
                 coalesce(chosen, '') AS chosen, coalesce(kind, '') AS kind, coalesce(helped, -1) AS helped, assisted,
                 coalesce(can_use_digital, -1) AS can_use_digital, lang, count(*) AS count
          FROM events GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12`);
        db.pragma(`user_version = ${from - 1}`);
      } finally {
        db.close();
      }
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
