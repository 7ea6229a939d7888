/**
 * The staff console in headless Chromium against our own server (the staff side, the built
 * pages, the demo year on SQLite; nothing mocked): a staff member handles three contacts by
 * keyboard alone and registers them, and the statistics count them at once; the console
 * refuses anyone not logged in; axe-core in every console state; reflow at 320 px; screenshots
 * of the console into the ignored screenshots/ folder, to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localTime } from '../../src/domain/copenhagen-time.js';
import { StatsResponseSchema } from '../../src/model/stats-api.js';
import * as v from 'valibot';
import { axe } from '../widget/harness.js';
import { type Account, logIn, type StaffHarness, startStaffHarness } from './harness.js';

const SHOTS = 'screenshots';
let h: StaffHarness;
beforeAll(async () => {
  h = await startStaffHarness();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await h?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  close: () => Promise<void>;
}

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Opened> {
  const context = await h.browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Failed requests are judged by their address below; the browser's own line for each says no more.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    // Expected: the shell asks who is logged in before login (401); a topic whose guidance is not written yet (404, said on the page).
    const expected = (path === '/api/session' && r.status() === 401) || (path.startsWith('/api/guidance/') && r.status() === 404);
    if (r.status() >= 400 && !expected) errors.push(`${r.status()} ${path}`);
  });
  await page.goto(h.url(path));
  return { page, errors, close: () => context.close() };
}

async function openConsoleAs(account: Account, viewport?: { width: number; height: number }): Promise<Opened> {
  const opened = await open('/staff/console', viewport);
  await logIn(opened.page, account);
  await opened.page.getByRole('combobox', { name: 'Emne eller borgerens ord' }).waitFor();
  await opened.page.waitForFunction(() => document.activeElement?.id === 'kc-search');
  return opened;
}

const violations = async (page: Page) => (await axe(page)).map((x) => `${x.id} (${x.impact}) at ${JSON.stringify(x.nodes[0]?.target)}`);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
/** Waits until the focused element reads `text` (a step loads its article first). */
const focusOn = (page: Page, text: string) => page.waitForFunction((t) => document.activeElement?.textContent === t, text);
const focusedValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement).value);

/** Waits for the registration to be said, and for the new contact's focus in the search field. */
async function registered(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'Henvendelsen er registreret.' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'kc-search' && (document.activeElement as HTMLInputElement).value === '');
}

async function contacts(page: Page) {
  const today = localTime(new Date()).date;
  const body = await page.evaluate(async (q) => (await fetch(`/api/stats?${q}`)).json(), `municipality=demo&from=${today}&to=${today}`);
  return v.parse(StatsResponseSchema, body).municipalities[0]!.total;
}

describe('the staff console', () => {
  it('a staff member handles three contacts by keyboard alone and registers them; the statistics count them at once', async () => {
    const { page, errors, close } = await openConsoleAs(h.accounts.staff);
    const manager = await open('/staff/');
    try {
      await logIn(manager.page, h.accounts.manager);
      await manager.page.getByRole('heading', { level: 1, name: 'Kanaloverblik' }).waitFor();
      const before = await contacts(manager.page);
      const key = (k: string) => page.keyboard.press(k);
      expect(await focusedId(page)).toBe('kc-search');

      // 1: moving, by phone. "fl", Enter (the topic and its usual intent), Enter ("yes, MitID": focused).
      await page.keyboard.type('fl');
      await key('Enter');
      await focusOn(page, 'Ja, borgeren kan bruge MitID');
      await key('Enter');
      await page.getByRole('heading', { name: 'Anbefaling: Anmeld flytning' }).waitFor();
      // The first registration: no way in is chosen yet, so the outcome says so and focus goes to Telefon.
      await key('Alt+R');
      await key('Enter');
      await page.getByText('Vælg først, hvordan borgeren kom').waitFor();
      expect(await focusedValue(page)).toBe('phone');
      await key('Space');
      await key('Alt+R');
      await key('Enter');
      await registered(page);

      // 2: a passport, by phone again (remembered): "pa", Enter; registered as solved without self-service.
      await page.keyboard.type('pa');
      await key('Enter');
      await page.getByRole('heading', { name: 'Anbefaling: Pas' }).waitFor();
      await key('Alt+R');
      await key('Tab');
      await focusOn(page, 'Løst – uden selvbetjening');
      await key('Enter');
      await registered(page);

      // 3: sickness benefit at the desk, not solved: the way in changed with an arrow key.
      await page.keyboard.type('sy');
      await key('Enter');
      await focusOn(page, 'Ja, borgeren kan bruge MitID');
      await key('Enter');
      await page.getByRole('heading', { name: 'Anbefaling: Sygedagpenge' }).waitFor();
      await key('Alt+R');
      await key('Shift+Tab');
      await key('ArrowRight');
      expect(await focusedValue(page)).toBe('desk');
      for (let i = 0; i < 4; i++) await key('Tab');
      await focusOn(page, 'Ikke løst ved første kontakt');
      await key('Enter');
      await registered(page);

      const after = await contacts(manager.page);
      expect(after.contacts.registered - before.contacts.registered).toBe(3);
      expect(after.contacts.byCame.phone - before.contacts.byCame.phone).toBe(2);
      expect(after.contacts.byCame.desk - before.contacts.byCame.desk).toBe(1);
      expect(after.contacts.solvedAtFirstContact - before.contacts.solvedAtFirstContact).toBe(2);
      expect(after.contacts.selfServiceWithHelp - before.contacts.selfServiceWithHelp).toBe(1);
      expect(after.contacts.topics.map((t) => t.topic).sort()).toEqual(expect.arrayContaining(['flytning', 'pas', 'sygedagpenge']));
      expect(errors).toEqual([]);
    } finally {
      await manager.close();
      await close();
    }
  });

  it('refuses anyone not logged in: 401 from the API, the login page in the browser', async () => {
    const { page, errors, close } = await open('/staff/console');
    try {
      await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
      expect(await page.getByRole('combobox', { name: 'Emne eller borgerens ord' }).count()).toBe(0);
      expect((await page.request.get(h.url('/api/guidance/flytning'))).status()).toBe(401);
      const post = await page.request.post(h.url('/api/contacts'), {
        headers: { origin: h.url(''), 'content-type': 'application/json' },
        data: { v: 1, id: crypto.randomUUID(), ts: new Date().toISOString().replace('Z', '+00:00'), topic: null, intent: null, came: 'phone', solvedAtFirstContact: true, selfServiceWithHelp: false },
      });
      expect(post.status()).toBe(401);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('passes axe in every state: start, the open list, the MitID question, the recommendation, another intent, topic choice, not found, emergency, a refused registration', async () => {
    const { page, errors, close } = await openConsoleAs(h.accounts.staff);
    const states: Record<string, string[]> = {};
    const check = async (name: string) => {
      states[name] = await violations(page);
      await page.screenshot({ path: `${SHOTS}/console-${name}.png`, fullPage: true });
    };
    const field = page.getByRole('combobox', { name: 'Emne eller borgerens ord' });
    const search = async (text: string) => {
      await page.keyboard.press('Alt+N');
      // The new contact empties the field and puts focus in it; fill only after that, or the reset
      // can land after the typing on a loaded machine and clear it.
      await expect.poll(async () => (await field.inputValue()) === '' && (await field.evaluate((el) => el === document.activeElement)), { timeout: 10_000 }).toBe(true);
      await field.fill(text);
    };
    try {
      await check('start');
      await field.fill('fly');
      await check('typeahead');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Kan borgeren bruge MitID og digitale løsninger?' }).waitFor();
      await check('mitid');
      await page.keyboard.press('Enter');
      await page.getByRole('region', { name: 'Vejledning til dig' }).getByText('Sådan hjælper du borgeren').waitFor();
      await check('recommendation');
      await page.getByRole('button', { name: 'Borgeren vil noget andet' }).click();
      await page.getByRole('heading', { name: 'Hvad vil borgeren?' }).waitFor();
      await check('intent');
      await search('pas eller id-kort');
      await page.getByRole('option', { name: /Søg i fritekst/ }).click();
      await page.locator('#kg-step').waitFor();
      await check('freetext');
      await search('xqzv wvbn');
      await page.getByRole('option', { name: /Søg i fritekst/ }).click();
      await page.getByRole('heading', { name: /Det forstod jeg desværre ikke/ }).waitFor();
      await check('notfound');
      await search('min mand slår mig lige nu');
      await page.getByRole('option', { name: /Søg i fritekst/ }).click();
      await page.getByRole('heading', { name: 'Er nogen i fare? Ring 112 nu.' }).waitFor();
      await check('emergency');
      await page.getByRole('button', { name: 'Løst – selvbetjent med hjælp', exact: true }).click();
      await page.getByText('Vælg først, hvordan borgeren kom').waitFor();
      await check('register-missing');
      expect(states).toEqual(Object.fromEntries(Object.keys(states).map((k) => [k, []])));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reflows at 320 px (and 200 % zoom of 640 px): nothing scrolls sideways, the recommendation and the guidance stack', async () => {
    for (const width of [320, 640]) {
      const { page, errors, close } = await openConsoleAs(h.accounts.staff, { width, height: 900 });
      try {
        await page.keyboard.type('pa');
        await page.keyboard.press('Enter');
        await page.getByRole('region', { name: 'Vejledning til dig' }).getByText('Sådan hjælper du borgeren').waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `${SHOTS}/console-${width}px.png`, fullPage: true });
        expect(await violations(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});
