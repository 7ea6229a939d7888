/**
 * The server answers every staff page the route table knows with the built page, under the strict
 * CSP, and DKFDS's stylesheet with the fonts it refers to from our own origin.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { STAFF_ROUTES } from '../../staff/routes.js';
import { buildApp, contentAccess } from '../../src/server/app.js';
import { CSP, STAFF_PAGES } from '../../src/server/pages/static-files.js';
import { openSqliteStore } from '../../src/server/storage/sqlite/sqlite-store.js';
import { shippedContent } from '../support/content.js';

async function app() {
  const store = openSqliteStore(':memory:');
  const built = await buildApp({ store, ...contentAccess(shippedContent()), pages: { root: '.', demo: false } });
  return { app: built, close: async () => (await built.close(), await store.close()) };
}

describe('the staff pages on the server', () => {
  it('serves exactly the route table’s paths', () => {
    expect([...STAFF_PAGES].sort()).toEqual(STAFF_ROUTES.map((r) => r.path).sort());
  });

  it('answers each staff page with the built index.html under the strict CSP, also without the demo', async () => {
    expect(existsSync('dist/staff/index.html'), 'run npm run build (npm test does)').toBe(true);
    const { app: a, close } = await app();
    try {
      for (const path of STAFF_PAGES) {
        const page = await a.inject({ url: path });
        expect(page.statusCode).toBe(200);
        expect(page.headers['content-security-policy']).toBe(CSP);
        expect(page.body).toBe(readFileSync('dist/staff/index.html', 'utf8'));
      }
      const bare = await a.inject({ url: '/staff' });
      expect([bare.statusCode, bare.headers.location]).toEqual([301, '/staff/']);
      expect((await a.inject({ url: '/staff/no-such-page' })).statusCode).toBe(404);
      expect((await a.inject({ url: '/staff/assets/%2e%2e/%2e%2e/package.json' })).statusCode).toBe(404);
    } finally {
      await close();
    }
  });

  it('serves DKFDS’s stylesheet and every font and image it refers to from our origin', async () => {
    const { app: a, close } = await app();
    try {
      const css = await a.inject({ url: '/staff/dkfds/css/dkfds.min.css' });
      expect(css.statusCode).toBe(200);
      expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
      const woff2 = [...css.body.matchAll(/url\(([^)]+\.woff2)\)/g)].map((m) => m[1]!);
      expect(woff2.length).toBeGreaterThan(0);
      for (const url of woff2) {
        const font = await a.inject({ url: new URL(url, 'http://x/staff/dkfds/css/').pathname });
        expect([url, font.statusCode, font.headers['content-type']]).toEqual([url, 200, 'font/woff2']);
      }
    } finally {
      await close();
    }
  });
});
