/**
 * The staff pages in headless Chromium (Debian's) against our own server as `npm start` runs it:
 * the staff side's plugins, the built pages, a temporary SQLite file holding the demo year, and
 * one account per role (plus a manager of another municipality). Nothing is mocked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { loadCatalog, loadContent } from '../../src/content/load.js';
import { buildApp, contentAccess } from '../../src/server/app.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { DEMO_MANAGER, resetDemoManager, seedDemoYearIfEmpty } from '../../src/server/demo-year.js';
import { staffSide } from '../../src/server/staff-plugins.js';
import type { EventStore } from '../../src/server/storage/event-store.js';
import { openSqliteStore } from '../../src/server/storage/sqlite/sqlite-store.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Failed logins that lock an account here: few, so the locked-account test is quick. */
export const MAX_FAILURES = 3;

export interface Account {
  username: string;
  password: string;
}

export interface StaffHarness {
  browser: Browser;
  app: FastifyInstance;
  store: EventStore;
  url: (path: string) => string;
  /** The demo municipality's manager (the account `npm start` prints), an operator, a desk worker, Aarhus's manager. */
  accounts: { manager: Account; operator: Account; staff: Account; otherManager: Account; lockable: Account };
  close: () => Promise<void>;
}

/** A free loopback port, known before the server is built: the login's origin check needs it. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

export async function startStaffHarness(): Promise<StaffHarness> {
  if (!existsSync('dist/staff/index.html')) throw new Error('the staff pages are not built: run npm run build (npm test does)');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does)`);
  const dir = mkdtempSync(join(tmpdir(), 'kanalguide-staff-'));
  const store = openSqliteStore(join(dir, 'staff.db'));
  const content = loadContent();
  await seedDemoYearIfEmpty(store, content, new Date());
  const manager = { username: DEMO_MANAGER, password: await resetDemoManager(store) };
  const accounts = {
    manager,
    operator: { username: 'drift', password: 'drift-kodeord-1234' },
    staff: { username: 'skranke', password: 'skranke-kodeord-1234' },
    otherManager: { username: 'aarhus-leder', password: 'aarhus-kodeord-1234' },
    lockable: { username: 'glemsom', password: 'glemsom-kodeord-1234' },
  };
  await store.createUser({ username: accounts.operator.username, role: 'operator', municipality: null, passwordHash: await hashPassword(accounts.operator.password) });
  await store.createUser({ username: accounts.staff.username, role: 'staff', municipality: 'demo', passwordHash: await hashPassword(accounts.staff.password) });
  await store.createUser({ username: accounts.otherManager.username, role: 'manager', municipality: 'aarhus', passwordHash: await hashPassword(accounts.otherManager.password) });
  await store.createUser({ username: accounts.lockable.username, role: 'manager', municipality: 'demo', passwordHash: await hashPassword(accounts.lockable.password) });

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const staff = staffSide({ store, publicOrigin: origin, content, catalog: loadCatalog(), maxFailures: MAX_FAILURES });
  const app = await buildApp({ store, ...contentAccess(content), publicOrigin: origin, plugins: staff.plugins, pages: { root: '.', demo: false } });
  await app.listen({ port, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    browser,
    app,
    store,
    url: (path) => `${origin}${path}`,
    accounts,
    close: async () => {
      await browser.close();
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Logs in through the form as a person would. */
export async function logIn(page: Page, account: Account, labels = { username: 'Brugernavn', password: 'Adgangskode', submit: 'Log ind' }): Promise<void> {
  await page.getByLabel(labels.username).fill(account.username);
  await page.getByLabel(labels.password).fill(account.password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
}
