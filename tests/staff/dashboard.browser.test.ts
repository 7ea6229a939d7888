/**
 * The dashboard in headless Chromium against our own server with the demo year seeded in a
 * temporary SQLite file: every picture with the seeded year, the filters kept in the address, the
 * CSV export checked against the API, another municipality refused, axe-core on every state,
 * reflow at 320 px. Screenshots go to screenshots/ (ignored) to be looked at; the time from the
 * API's answer to the drawn dashboard is printed, never asserted.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatsResponseSchema } from '../../src/model/stats-api.js';
import { axe } from '../widget/harness.js';
import { type Account, logIn, type StaffHarness, startStaffHarness } from './harness.js';

const SHOTS = 'screenshots';
let h: StaffHarness;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await startStaffHarness();
});
afterAll(async () => {
  await h?.close();
});

const DESKTOP = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 800 };

async function loggedIn(account: Account, path = '/staff/', viewport = DESKTOP) {
  const context = await h.browser.newContext({ viewport, reducedMotion: 'reduce', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 401/.test(m.text())) errors.push(m.text());
  });
  await page.goto(h.url(path));
  await logIn(page, account);
  await ready(page);
  return { page, errors, close: () => context.close() };
}

/** Waits for the dashboard drawn with its numbers (not the loading state). */
async function ready(page: Page): Promise<void> {
  await page.locator('.dashboard[data-state=ready]').waitFor();
}

const violations = async (page: Page) => (await axe(page)).map((x) => `${x.id} (${x.impact}) at ${JSON.stringify(x.nodes[0]?.target)}`);

/** The page's own statistics query, asked of the API with the page's session. */
async function apiStats(page: Page, query: string) {
  const response = await page.request.get(h.url(`/api/stats?${query}`));
  expect(response.status()).toBe(200);
  return v.parse(StatsResponseSchema, await response.json());
}

/** The export link's query as the page built it. */
async function exportQuery(page: Page): Promise<URLSearchParams> {
  const href = await page.getByRole('link', { name: /CSV/ }).getAttribute('href');
  return new URL(href!, h.url('/')).searchParams;
}

const PICTURES = [
  'Anbefalet kanal pr. uge',
  'Kanalmiks efter henvendelsestype',
  'Digital andel',
  'Ansøgninger gennem selvbetjening',
  'Anslået omkostning og besparelse',
  'Fulgt, hjulpet og medbetjent',
  'Nødsituationer vist',
  'Straksafklaring',
  'Henvendelser pr. uge efter hvordan borgeren kom',
  'Emner hvor borgerne oftest har brug for hjælp',
  'Emner oftest guidet',
  'Søgninger uden svar',
];

describe('the dashboard', () => {
  it('the demo manager sees every picture with the seeded year, the headline agrees with the API, and axe finds nothing', async () => {
    const { page, errors, close } = await loggedIn(h.accounts.manager);
    try {
      await page.getByRole('heading', { level: 1, name: 'Kanaloverblik for Kanalby Kommune' }).waitFor();
      for (const title of PICTURES) expect(await page.getByRole('heading', { name: title, exact: true }).count(), title).toBe(1);
      // Every picture is drawn with data, and each chart has a real table of the same numbers.
      expect(await page.locator('.chart-canvas svg rect').count()).toBeGreaterThan(100);
      expect(await page.locator('.chart-canvas svg polyline').count()).toBeGreaterThanOrEqual(8);
      expect(await page.locator('figure.chart table').count()).toBe(8);
      expect(await page.locator('.bar-table tbody tr').count()).toBeGreaterThan(10);

      const query = await exportQuery(page);
      const api = await apiStats(page, `${query.toString()}&interval=week`);
      const total = api.municipalities[0]!.total;
      expect(total.routed).toBeGreaterThan(10_000);
      const figure = (name: string) => page.locator(`[data-figure=${name}] .headline-value`).innerText();
      expect((await figure('routed')).replace(/\D/g, '')).toBe(String(total.routed));
      expect(await figure('digital')).toBe(`${Math.round(total.digitalShare! * 100)}\u00a0%`);
      expect((await figure('saving')).replace(/\D/g, '')).toBe(String(Math.round(total.cost.saving)));
      // The seeded year starts 364 days ago: "this year" has no whole period before it to compare with.
      expect(await page.locator('[data-figure=routed] .headline-change').innerText()).toBe('Ingen tal for perioden før at sammenligne med');
      // The not-found words are the editor's list (the demo stores none; the count is there).
      await page.getByText(/søgninger fandt intet emne/).waitFor();
      // The seeded year's assisted contacts: first-contact resolution as the API counted it.
      const contacts = total.contacts;
      expect(contacts.registered).toBeGreaterThan(1000);
      const fcrNote = await page.getByText(/registrerede henvendelser blev løst ved første kontakt/).innerText();
      expect(fcrNote.replace(/\D/g, '')).toBe(`${contacts.solvedAtFirstContact}${contacts.registered}${Math.round(contacts.firstContactResolution! * 100)}`);
      expect(await page.getByRole('table', { name: 'De ti emner med flest registrerede henvendelser' }).locator('tbody tr').count()).toBe(contacts.topics.length);

      const render = await page.evaluate(() => performance.getEntriesByName('kanalguide:dashboard-render')[0]?.duration ?? null);
      console.log(`render after the API answered (whole year, weekly, desktop): ${render?.toFixed(0)} ms`);
      expect(await violations(page)).toEqual([]);
      // The tables behind the disclosures pass too.
      for (const summary of await page.locator('details.chart-table summary').all()) await summary.click();
      expect(await violations(page)).toEqual([]);
      // The contacts by how the citizen came: the table's total row is the API's.
      const cameTotal = page.getByRole('table', { name: 'Registrerede henvendelser pr. uge efter hvordan borgeren kom' }).locator('tbody tr').last();
      const cameCells = (await cameTotal.locator('th, td').allInnerTexts()).map((c) => c.replace(/\D/g, ''));
      expect(cameCells).toEqual(['', String(contacts.byCame.phone), String(contacts.byCame.desk), String(contacts.byCame.chat), String(contacts.registered), String(contacts.selfServiceWithHelp)]);
      await page.screenshot({ path: `${SHOTS}/dashboard-desktop.png`, fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('changing the range and the topic keeps them in the address, compares with the period before, and the CSV has the API’s numbers', async () => {
    const { page, errors, close } = await loggedIn(h.accounts.manager);
    try {
      await page.getByLabel('Periode', { exact: true }).selectOption('30d');
      await page.getByLabel('Emne', { exact: true }).selectOption('flytning');
      await page.getByRole('button', { name: 'Vis', exact: true }).click();
      await page.waitForURL(/range=30d/);
      await ready(page);
      const address = new URL(page.url()).searchParams;
      expect([address.get('range'), address.get('topic')]).toEqual(['30d', 'flytning']);
      await page.getByText('Kun Anmeld flytning').first().waitFor();
      expect(await page.getByRole('heading', { name: 'Anbefalet kanal pr. dag', exact: true }).count()).toBe(1);

      const query = await exportQuery(page);
      expect(query.get('topic')).toBe('flytning');
      const api = await apiStats(page, query.toString());
      const total = api.municipalities[0]!.total;
      expect((await page.locator('[data-figure=routed] .headline-value').innerText()).replace(/\D/g, '')).toBe(String(total.routed));
      // Thirty days of the seeded year have thirty before them: the comparison is shown.
      expect(await page.locator('[data-figure=routed] .headline-change').innerText()).toMatch(/mod de 30 dage før/);
      expect(await violations(page)).toEqual([]);

      // The download is the current filter's KOMHEN count: its rows add up to the API's decisions by inquiry type and channel.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /CSV/ }).click()]);
      const csv = (await (await download.createReadStream()).toArray()).join('');
      const lines = csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r\n/);
      expect(lines[0]).toBe('periode;kommune;område;henvendelsestype;kanal;antal');
      const rows = lines.slice(1).map((l) => l.split(';'));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.reduce((sum, r) => sum + Number(r[5]), 0)).toBe(total.routed);
      const byIntent = (intent: string) => rows.filter((r) => r[3] === intent).reduce((s, r) => s + Number(r[5]), 0);
      expect(byIntent('transaktion')).toBe(total.byIntent.transaction);
      expect(byIntent('information')).toBe(total.byIntent.information);

      // Free dates, then back: the address and the page follow.
      await page.getByLabel('Periode', { exact: true }).selectOption('custom');
      await page.getByLabel('Fra og med', { exact: true }).fill('2026-03-01');
      await page.getByLabel('Til og med', { exact: true }).fill('2026-03-31');
      await page.getByRole('button', { name: 'Vis', exact: true }).click();
      await page.waitForURL(/from=2026-03-01/);
      await ready(page);
      expect((await exportQuery(page)).get('to')).toBe('2026-03-31');
      await page.goBack();
      await page.waitForURL(/range=30d/);
      // The page may still say ready from the view before: wait until the form shows the address.
      await expect.poll(() => page.getByLabel('Periode', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('30d');
      await ready(page);
      await page.screenshot({ path: `${SHOTS}/dashboard-30-days-topic.png`, fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a shared address opens the same view after login, and a bad value in it is named, not hidden', async () => {
    const { page, close } = await loggedIn(h.accounts.manager, '/staff/?range=month&intent=transaction&topic=no-such-topic');
    try {
      expect(new URL(page.url()).search).toContain('intent=transaction');
      await page.getByText('emne = "no-such-topic" kendes ikke og er sprunget over.').waitFor();
      expect((await exportQuery(page)).get('intent')).toBe('transaction');
      expect(await page.getByLabel('Henvendelsestype', { exact: true }).inputValue()).toBe('transaction');
      expect(await violations(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('another municipality’s dashboard is refused: the address cannot choose it, and the API answers 403', async () => {
    const { page, close } = await loggedIn(h.accounts.manager, '/staff/?municipality=aarhus');
    try {
      await page.getByText('kommune = "aarhus" kendes ikke').waitFor();
      expect(await page.locator('.dashboard').getAttribute('data-municipality')).toBe('demo');
      expect(await page.getByLabel('Kommune', { exact: true }).count()).toBe(0);
      for (const path of ['/api/stats', '/api/export.csv']) {
        const refused = await page.request.get(h.url(`${path}?municipality=aarhus&from=2026-01-01&to=2026-01-31`));
        expect(refused.status()).toBe(403);
      }
      const all = await page.request.get(h.url('/api/stats?municipality=*&from=2026-01-01&to=2026-01-31'));
      expect(all.status()).toBe(403);
    } finally {
      await close();
    }
    // Aarhus's manager sees Aarhus (no seeded events there) and not the demo municipality.
    const other = await loggedIn(h.accounts.otherManager);
    try {
      await other.page.getByRole('heading', { level: 1, name: 'Kanaloverblik for Aarhus Kommune' }).waitFor();
      await other.page.getByText('Der er ingen henvendelser i perioden med dette filter.').waitFor();
      expect(await violations(other.page)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('an operator compares every municipality side by side, then picks one', async () => {
    const { page, errors, close } = await loggedIn(h.accounts.operator);
    try {
      await page.getByRole('heading', { level: 2, name: 'Kommunerne side om side' }).waitFor();
      expect(await page.locator('.dashboard').getAttribute('data-municipality')).toBe('*');
      const rows = await page.locator('table:has(caption:text("Nøgletal pr. kommune")) tbody tr').count();
      expect(rows).toBe(5);
      expect(await violations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/dashboard-operator-compare.png` });
      await page.getByLabel('Kommune', { exact: true }).selectOption('demo');
      await page.getByRole('button', { name: 'Vis', exact: true }).click();
      await page.waitForURL(/municipality=demo/);
      await page.getByRole('heading', { level: 1, name: 'Kanaloverblik for Kanalby Kommune' }).waitFor();
      await ready(page);
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reflows at 320 px: nothing wider than the screen, every picture there, axe finds nothing', async () => {
    const { page, errors, close } = await loggedIn(h.accounts.manager, '/staff/', NARROW);
    try {
      for (const title of PICTURES) expect(await page.getByRole('heading', { name: title, exact: true }).count(), title).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const render = await page.evaluate(() => performance.getEntriesByName('kanalguide:dashboard-render')[0]?.duration ?? null);
      console.log(`render after the API answered (whole year, weekly, 320 px): ${render?.toFixed(0)} ms`);
      expect(await violations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/dashboard-320.png`, fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('in English, and by keyboard alone: tab to the filters, choose, apply', async () => {
    const { page, close } = await loggedIn(h.accounts.manager);
    try {
      await page.getByLabel('Sprog', { exact: true }).selectOption('en');
      await page
        .getByRole('heading', { level: 1, name: 'Channel overview for Kanalby Municipality' })
        .or(page.getByRole('heading', { level: 1, name: /Channel overview for/ }))
        .first()
        .waitFor();
      await page.getByRole('heading', { name: 'Digital share', exact: true }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByLabel('Period', { exact: true }).focus();
      await page.keyboard.press('ArrowDown');
      await page.getByLabel('Inquiry type', { exact: true }).focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL(/intent=information/);
      await ready(page);
      await page.getByRole('heading', { name: 'Searches that found nothing', exact: true }).waitFor();
      await page.getByText('Searches that found nothing have neither topic nor inquiry type').waitFor();
      expect(await violations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});
