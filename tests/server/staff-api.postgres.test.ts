/**
 * The staff API on PostgreSQL. It reads only KANALGUIDE_TEST_PG (never DATABASE_URL, which may
 * name a real deployment) and makes and drops a schema of its own.
 */
import { randomBytes } from 'node:crypto';
import { describe, it } from 'vitest';
import { dropPostgresSchema } from '../../src/server/storage/postgres/postgres-store.js';
import { openTarget } from './storage/support/targets.js';
import { staffApiContract } from './staff-api.contract.js';

const url = process.env.KANALGUIDE_TEST_PG;

if (url) {
  staffApiContract('PostgreSQL', async () => {
    const schema = `kanalguide_test_${randomBytes(6).toString('hex')}`;
    return { store: await openTarget({ kind: 'postgres', url, schema }), drop: () => dropPostgresSchema(url, schema) };
  });
} else {
  console.log('PostgreSQL staff API SKIPPED: KANALGUIDE_TEST_PG is not set (bash .ci/run sets it; see README).');
  describe('the staff API on PostgreSQL', () => {
    it.skip('runs only with KANALGUIDE_TEST_PG=postgres://user:password@host/db', () => {});
  });
}
