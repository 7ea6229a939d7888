/**
 * The store the deployment configured (issue 15): PostgreSQL when DATABASE_URL is set (it wins,
 * so a deployment that outgrew SQLite needs one variable), else SQLite at KANALGUIDE_DB, default
 * ./data/kanalguide.db. The server and the staff CLI both open it through here, so they cannot
 * open different databases under the same settings.
 */
import type { EventStore } from './event-store.js';
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

export const DEFAULT_SQLITE_FILE = './data/kanalguide.db';

export type StoreLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export function storeLocation(env: Readonly<Record<string, string | undefined>>): StoreLocation {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'sqlite', file: env.KANALGUIDE_DB || DEFAULT_SQLITE_FILE };
}

export async function openConfiguredStore(env: Readonly<Record<string, string | undefined>> = process.env): Promise<EventStore> {
  const where = storeLocation(env);
  return where.kind === 'postgres' ? openPostgresStore({ connectionString: where.url }) : openSqliteStore(where.file);
}
