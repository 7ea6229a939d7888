/**
 * Headless Chromium (Debian's) against our own server (src/server/app.ts, with the demo pages and
 * the collector on an in-memory SQLite store) on loopback, with axe-core injected.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { loadContent } from '../../src/content/load.js';
import { buildApp, contentAccess } from '../../src/server/app.js';
import { CSP } from '../../src/server/pages/static-files.js';
import type { EventStore } from '../../src/server/storage/event-store.js';
import { openSqliteStore } from '../../src/server/storage/sqlite/sqlite-store.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Harness {
  browser: Browser;
  app: FastifyInstance;
  /** The routing log the demo pages post to. */
  store: EventStore;
  url: (path: string) => string;
  /**
   * Sets the collector's clock, for pages whose clock a test fixed (events more than 24 h from
   * the server's clock are refused); null goes back to the real one.
   */
  setServerTime: (time: Date | null) => void;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync('dist/widget/kanalguide.js')) throw new Error('the widget is not built: run npm run build (npm test does)');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does)`);
  const store = openSqliteStore(':memory:');
  let serverTime: Date | null = null;
  const app = await buildApp({ store, ...contentAccess(loadContent()), clock: () => serverTime ?? new Date(), pages: { root: '.', demo: true } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    browser,
    app,
    store,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    setServerTime: (time) => {
      serverTime = time;
    },
    close: async () => {
      await browser.close();
      await app.close();
      await store.close();
    },
  };
}

/** Records routing decisions from the DOM events a host page would listen to, page errors and console warnings. */
export async function instrument(page: Page): Promise<{ errors: string[]; warnings: string[]; requests: string[] }> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    const w = window as unknown as { __routed: unknown[] };
    w.__routed = [];
    document.addEventListener('kanalguide:routed', (e) => w.__routed.push((e as CustomEvent).detail));
  });
  return { errors, warnings, requests };
}

/**
 * Answers `url` with a host page holding `body`, under the demo pages' CSP, so a test can stage a
 * careless or hostile page without a file in the demo. The page itself passes axe.
 */
export async function hostPage(page: Page, url: string, body: string, head = ''): Promise<void> {
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Værtsside</title><link rel="icon" href="data:,">${head}</head><body><main><h1>Værtsside</h1>${body}</main></body></html>`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CSP }, body: html }));
}

export async function lastChannel(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const routed = (window as unknown as { __routed: Array<{ decision: { channel: string } }> }).__routed;
    return routed.at(-1)?.decision.channel;
  });
}

export interface AxeViolation {
  id: string;
  impact: string;
  nodes: Array<{ target: unknown }>;
}

/** axe-core on the whole page, shadow roots included (they are open). Injected by evaluate: the CSP blocks script tags. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: (n as unknown as { target: unknown }).target })) }));
  });
}

/**
 * A second web server on another port, so another origin: a municipality's own site that embeds
 * the widget from ours. It serves `html` at every path, under `csp`.
 */
export async function startOtherOrigin(html: string, csp: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
