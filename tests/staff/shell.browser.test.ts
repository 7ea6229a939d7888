/**
 * The staff shell in headless Chromium against our own server: logging in and out, each role's
 * landing page, the login's errors in words, and axe-core on the login page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from '../widget/harness.js';
import { logIn, MAX_FAILURES, type StaffHarness, startStaffHarness } from './harness.js';

let h: StaffHarness;
beforeAll(async () => {
  h = await startStaffHarness();
});
afterAll(async () => {
  await h?.close();
});

async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await h.browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    // A refused login is a 401/429 the page expects and explains; the browser logs it anyway.
    if (m.type() === 'error' && !/status of (401|429)/.test(m.text())) errors.push(m.text());
  });
  await page.goto(h.url(path));
  return { page, errors, close: () => context.close() };
}

const violations = async (page: Page) => (await axe(page)).map((v) => `${v.id} (${v.impact}) at ${JSON.stringify(v.nodes[0]?.target)}`);

describe('the staff shell', () => {
  it('an unauthenticated visit to any staff page shows the login form, which passes axe', async () => {
    for (const path of ['/staff/', '/staff/console', '/staff/?from=2026-01-01&to=2026-01-31']) {
      const { page, errors, close } = await open(path);
      try {
        await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
        expect(await violations(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it('a manager logs in, lands on the dashboard, sees the logout button and logs out to the login form', async () => {
    const { page, errors, close } = await open('/staff/');
    try {
      await logIn(page, h.accounts.manager);
      await page.getByRole('heading', { level: 1, name: 'Kanaloverblik' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/staff/');
      await page.getByText('Logget ind som demo (kanalansvarlig)').waitFor();
      await page.getByRole('button', { name: 'Log ud' }).click();
      await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
      // The session is gone on the server, not only on the page.
      expect((await page.request.get(h.url('/api/session'))).status()).toBe(401);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a desk worker lands on the console, ready to search, with a logout button', async () => {
    const { page, errors, close } = await open('/staff/');
    try {
      await logIn(page, h.accounts.staff);
      await page.getByRole('heading', { level: 1, name: 'Konsol til medbetjening' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/staff/console');
      await page.getByRole('combobox', { name: 'Emne eller borgerens ord' }).waitFor();
      await expect(page.getByRole('button', { name: 'Log ud' }).isVisible()).resolves.toBe(true);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('an operator who opens the console lands on the dashboard (operators have no console)', async () => {
    const { page, close } = await open('/staff/console');
    try {
      await logIn(page, h.accounts.operator);
      await page.getByRole('heading', { level: 1, name: 'Kanaloverblik' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/staff/');
    } finally {
      await close();
    }
  });

  it('a wrong password is said in words, keeps the username, and the alert passes axe', async () => {
    const { page, errors, close } = await open('/staff/');
    try {
      await logIn(page, { username: h.accounts.manager.username, password: 'not the password' });
      const alert = page.getByRole('alert');
      await alert.getByText('Forkert brugernavn eller adgangskode').waitFor();
      expect(await page.getByLabel('Brugernavn').inputValue()).toBe(h.accounts.manager.username);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a locked account is said in words with how long the lock lasts, even with the right password', async () => {
    const { page, close } = await open('/staff/');
    try {
      for (let n = 0; n < MAX_FAILURES; n++) {
        const answered = page.waitForResponse((r) => r.url().endsWith('/api/login'));
        await logIn(page, { username: h.accounts.lockable.username, password: `wrong ${n}` });
        expect((await answered).status()).toBe(401);
      }
      await logIn(page, h.accounts.lockable);
      await page.getByRole('alert').getByText('Kontoen er låst efter for mange forkerte forsøg. Prøv igen om 15 minutter').waitFor();
      expect(await violations(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('empty fields are said in words without asking the server', async () => {
    const { page, close } = await open('/staff/');
    try {
      let asked = false;
      page.on('request', (r) => {
        if (r.url().endsWith('/api/login')) asked = true;
      });
      await page.getByRole('button', { name: 'Log ind', exact: true }).click();
      await page.getByRole('alert').getByText('Skriv både brugernavn og adgangskode.').waitFor();
      expect(asked).toBe(false);
    } finally {
      await close();
    }
  });

  it('a server that does not answer is said in words, and what was typed stays', async () => {
    const { page, close } = await open('/staff/');
    try {
      await page.route('**/api/login', (route) => route.abort('connectionrefused'));
      await logIn(page, h.accounts.manager);
      await page.getByRole('alert').getByText('Serveren svarer ikke lige nu').waitFor();
      expect(await page.getByLabel('Adgangskode').inputValue()).toBe(h.accounts.manager.password);
    } finally {
      await close();
    }
  });

  it('the language can be switched to English', async () => {
    const { page, close } = await open('/staff/');
    try {
      await page.getByLabel('Sprog').selectOption('en');
      await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
      await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 5000 });
      expect(await violations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});
