/**
 * Starts the server: `npm start` (build, then this with `--demo`: the demo pages too) and
 * `npm run serve` (a deployment: the widget's files, the collector and the API). Settings come
 * from the environment (README, "Run the server").
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog, loadContent } from '../content/load.js';
import { buildApp, contentAccess } from './app.js';
import { DEMO_MANAGER, resetDemoManager, seedDemoYearIfEmpty } from './demo-year.js';
import { staffSide } from './staff-plugins.js';
import { keepWordsNinetyDays } from './words-retention.js';
import type { EventStore } from './storage/event-store.js';
import { openPostgresStore } from './storage/postgres/postgres-store.js';
import { openSqliteStore } from './storage/sqlite/sqlite-store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Settings {
  port: number;
  host: string;
  /** PostgreSQL when set; it wins over `sqliteFile`. */
  databaseUrl: string | null;
  sqliteFile: string;
  publicOrigin: string | undefined;
  trustProxy: boolean;
  allowNoOrigin: boolean;
  /** `--demo`: the demo pages (and, with the statistics, the demo data and account). */
  demo: boolean;
}

export function readSettings(env: NodeJS.ProcessEnv, args: readonly string[]): Settings {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT=${env.PORT} is not a port number`);
  const publicOrigin = env.PUBLIC_ORIGIN || undefined;
  if (publicOrigin && !/^https?:\/\/[^/]+$/.test(publicOrigin)) throw new Error(`PUBLIC_ORIGIN=${publicOrigin} must be a scheme and host with no path, like https://kanalguide.example`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || null,
    sqliteFile: resolve(env.KANALGUIDE_DB || './data/kanalguide.db'),
    publicOrigin,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    allowNoOrigin: env.KANALGUIDE_ALLOW_NO_ORIGIN === '1',
    demo: args.includes('--demo'),
  };
}

async function main(): Promise<void> {
  const settings = readSettings(process.env, process.argv.slice(2));
  if (!existsSync(resolve(ROOT, 'dist/widget/kanalguide.js'))) console.warn('The widget is not built, so /widget/ answers 404: run npm run build (npm start does).');
  const store: EventStore = settings.databaseUrl ? await openPostgresStore({ connectionString: settings.databaseUrl }) : openSqliteStore(settings.sqliteFile);
  const content = loadContent();
  const stopPurging = keepWordsNinetyDays(store);
  // Without PUBLIC_ORIGIN the server is its own origin as the browser sees it (the demo on this machine).
  const publicOrigin = settings.publicOrigin ?? `http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${settings.port}`;
  const staff = staffSide({ store, publicOrigin, content, catalog: loadCatalog() });
  // The demo: a year of the demo municipality's log when it has none, and a manager to see it with.
  const seeded = settings.demo ? await seedDemoYearIfEmpty(store, content, new Date()) : 0;
  const demoPassword = settings.demo ? await resetDemoManager(store) : null;
  const app = await buildApp({
    store,
    ...contentAccess(content),
    plugins: staff.plugins,
    publicOrigin: settings.publicOrigin,
    trustProxy: settings.trustProxy,
    allowNoOrigin: settings.allowNoOrigin,
    pages: { root: ROOT, demo: settings.demo },
    log: process.stdout,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: closing`);
    // Requests in flight finish (their events are committed) before the store closes.
    stopPurging();
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  await app.listen({ port: settings.port, host: settings.host });
  const where = `http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${(app.server.address() as { port: number }).port}`;
  const storage = settings.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : settings.sqliteFile;
  console.error(settings.demo ? `Kanalguide demo: ${where}/  (inline, assisted: ${where}/inline.html); routing log in ${storage}` : `Kanalguide: ${where}; routing log in ${storage}`);
  if (seeded) console.error(`Seeded the demo municipality's year: ${seeded} events.`);
  if (demoPassword) console.error(`Dashboard: ${where}/staff/  log in as "${DEMO_MANAGER}" with the password ${demoPassword} (new at every start)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(`Kanalguide could not start: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
