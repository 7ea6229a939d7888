/**
 * Where a storage test's database lives, as plain data, so a child process (the SIGKILL test)
 * can open the same database as the test that started it.
 */
import type { EventStore } from '../../../../src/server/storage/event-store.js';
import { openPostgresStore } from '../../../../src/server/storage/postgres/postgres-store.js';
import { openSqliteStore } from '../../../../src/server/storage/sqlite/sqlite-store.js';

export type Target = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };

export async function openTarget(target: Target): Promise<EventStore> {
  return target.kind === 'sqlite' ? openSqliteStore(target.file) : openPostgresStore({ connectionString: target.url, schema: target.schema, poolSize: 4 });
}
