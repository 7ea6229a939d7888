/** The staff API on SQLite: a new database file in a temporary folder for the suite. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTarget } from './storage/support/targets.js';
import { staffApiContract } from './staff-api.contract.js';

staffApiContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kanalguide-staff-api-'));
  return {
    store: await openTarget({ kind: 'sqlite', file: join(dir, 'kanalguide.db') }),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
