/**
 * Starts the server: `npm start` (build, then this with `--demo`: the demo pages too) and
 * `npm run serve` (a deployment: the widget's files, the collector and the API). Settings come
 * from the environment (README, "Run the server").
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importedTopicIds } from '../content/imported.js';
import { CONTENT_DIR, loadCatalog, loadContent } from '../content/load.js';
import { buildApp, contentAccess, DEFAULT_RATE_LIMIT } from './app.js';
import { DEMO_MANAGER, resetDemoManager, seedDemoYearIfEmpty } from './demo-year.js';
import { staffSide } from './staff-plugins.js';
import { purgeDaily } from './retention.js';
import type { EventStore } from './storage/event-store.js';
import { openPostgresStore } from './storage/postgres/postgres-store.js';
import { openSqliteStore } from './storage/sqlite/sqlite-store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Settings {
  port: number;
  host: string;
  /** PostgreSQL when set; it wins over `sqliteFile`. */
  databaseUrl: string | null;
  /** The PostgreSQL schema the tables live in (created when missing). */
  databaseSchema: string;
  sqliteFile: string;
  publicOrigin: string | undefined;
  trustProxy: boolean;
  allowNoOrigin: boolean;
  /** Requests one client may post to the collector per minute. */
  rateLimitPerMinute: number;
  /** `--demo`: the demo pages (and, with the statistics, the demo data and account). */
  demo: boolean;
}

export function readSettings(env: NodeJS.ProcessEnv, args: readonly string[]): Settings {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT=${env.PORT} is not a port number`);
  const publicOrigin = env.PUBLIC_ORIGIN || undefined;
  if (publicOrigin && !/^https?:\/\/[^/]+$/.test(publicOrigin)) throw new Error(`PUBLIC_ORIGIN=${publicOrigin} must be a scheme and host with no path, like https://kanalguide.example`);
  const rateLimitPerMinute = Number(env.KANALGUIDE_RATE_LIMIT ?? DEFAULT_RATE_LIMIT.max);
  if (!Number.isInteger(rateLimitPerMinute) || rateLimitPerMinute < 1) throw new Error(`KANALGUIDE_RATE_LIMIT=${env.KANALGUIDE_RATE_LIMIT} is not a whole number of requests per minute`);
  const databaseSchema = env.KANALGUIDE_PG_SCHEMA || 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) throw new Error(`KANALGUIDE_PG_SCHEMA=${databaseSchema} must be a plain lower-case identifier`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || null,
    databaseSchema,
    sqliteFile: resolve(env.KANALGUIDE_DB || './data/kanalguide.db'),
    publicOrigin,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    allowNoOrigin: env.KANALGUIDE_ALLOW_NO_ORIGIN === '1',
    rateLimitPerMinute,
    demo: args.includes('--demo'),
  };
}

async function main(): Promise<void> {
  const settings = readSettings(process.env, process.argv.slice(2));
  if (!existsSync(resolve(ROOT, 'dist/widget/kanalguide.js'))) console.warn('The widget is not built, so /widget/ answers 404: run npm run build (npm start does).');
  const store: EventStore = settings.databaseUrl ? await openPostgresStore({ connectionString: settings.databaseUrl, schema: settings.databaseSchema }) : openSqliteStore(settings.sqliteFile);
  const content = loadContent();
  // Without PUBLIC_ORIGIN the server is its own origin as the browser sees it (the demo on this machine).
  const publicOrigin = settings.publicOrigin ?? `http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${settings.port}`;
  const staff = staffSide({ store, publicOrigin, content, catalog: loadCatalog() });
  const stopPurging = purgeDaily(store, { loginFailuresKeptMs: staff.auth.options.failureWindowMs + staff.auth.options.lockMs });
  // The demo: a year of the demo municipality's log when it has none, and a manager to see it with.
  const seeded = settings.demo ? await seedDemoYearIfEmpty(store, content, new Date()) : null;
  const demoPassword = settings.demo ? await resetDemoManager(store) : null;
  const app = await buildApp({
    store,
    ...contentAccess(content),
    // Imported borger.dk articles are topics too: the collector takes events that name them.
    topics: new Set([...contentAccess(content).topics, ...importedTopicIds(CONTENT_DIR)]),
    plugins: staff.plugins,
    publicOrigin: settings.publicOrigin,
    trustProxy: settings.trustProxy,
    allowNoOrigin: settings.allowNoOrigin,
    rateLimit: { max: settings.rateLimitPerMinute, windowMs: 60_000 },
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
  const storage = settings.databaseUrl ? `PostgreSQL (DATABASE_URL, schema ${settings.databaseSchema})` : settings.sqliteFile;
  console.error(settings.demo ? `Kanalguide demo: ${where}/  (inline, assisted: ${where}/inline.html); routing log in ${storage}` : `Kanalguide: ${where}; routing log in ${storage}`);
  if (seeded?.events) console.error(`Seeded the demo municipality's year: ${seeded.events} events, ${seeded.contacts} assisted contacts.`);
  if (demoPassword) console.error(`Dashboard: ${where}/staff/  log in as "${DEMO_MANAGER}" with the password ${demoPassword} (new at every start)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(`Kanalguide could not start: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
