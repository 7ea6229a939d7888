/**
 * Numbered migrations: `NNN-what.sql` files in an adapter's migrations/ folder, applied in order,
 * each once. Each adapter records how far it got in its own way (SQLite's `PRAGMA user_version`,
 * PostgreSQL's schema_migrations table); the files are read the same way for both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE = /^(\d{3})-([a-z0-9-]+)\.sql$/;

/** The folder's migrations, refusing a gap or a repeated number (two branches that both took 003). */
export function readMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const m = FILE.exec(file);
      if (!m) throw new Error(`${join(dir, file)}: a migration is named NNN-what.sql`);
      return { version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, file), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`${dir}: migration ${i + 1} is missing or numbered twice (found ${m.version}-${m.name})`);
  });
  return migrations;
}

/** Refuses to run against a database a newer version of the code has migrated further. */
export function checkNotNewer(current: number, migrations: readonly Migration[], where: string): void {
  if (current > migrations.length) {
    throw new Error(`${where} is at schema version ${current}, newer than this code's ${migrations.length}: update the server`);
  }
}
