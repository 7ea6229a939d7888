/**
 * The storage contract on PostgreSQL. It reads only KANALGUIDE_TEST_PG (never DATABASE_URL, which
 * may name a real deployment) and each test makes and drops a schema of its own.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import { dropPostgresSchema, openPostgresStore } from '../../../src/server/storage/postgres/postgres-store.js';
import { eventStoreContract, STATS_TABLES } from './event-store.contract.js';

const url = process.env.KANALGUIDE_TEST_PG;

async function query<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

if (url) {
  eventStoreContract('PostgreSQL', async () => {
    const schema = `kanalguide_test_${randomBytes(6).toString('hex')}`;
    return {
      target: { kind: 'postgres', url, schema },
      open: () => openPostgresStore({ connectionString: url, schema, poolSize: 4 }),
      schemaVersion: () => query(async (c) => (await c.query(`SELECT max(version) AS v FROM ${schema}.schema_migrations`)).rows[0].v as number),
      undoStatsRollups: (from) =>
        query(async (c) => {
          await c.query(
            `DROP TABLE ${STATS_TABLES.filter((t) => t.version >= from)
              .map((t) => `${schema}.${t.name}`)
              .join(', ')}`,
          );
          await c.query(`CREATE TABLE ${schema}.event_counts AS
            SELECT municipality, day, type, coalesce(topic, '') AS topic, coalesce(intent, '') AS intent, coalesce(recommended, '') AS recommended,
                   coalesce(chosen, '') AS chosen, coalesce(kind, '') AS kind, coalesce(helped::int, -1) AS helped, assisted::int AS assisted,
                   coalesce(can_use_digital::int, -1) AS can_use_digital, lang, count(*) AS count
            FROM ${schema}.events GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12`);
          await c.query(`DELETE FROM ${schema}.schema_migrations WHERE version >= $1`, [from]);
        }),
      drop: () => dropPostgresSchema(url, schema),
    };
  });
} else {
  console.log('PostgreSQL storage contract SKIPPED: KANALGUIDE_TEST_PG is not set (bash .ci/run sets it; see README).');
  describe('the PostgreSQL store', () => {
    it.skip('runs only with KANALGUIDE_TEST_PG=postgres://user:password@host/db', () => {});
  });
}
