/**
 * The built widget in headless Chromium on the demo pages, served by our own server under a
 * strict CSP: every example conversation in content/examples/, axe-core on every step, keyboard
 * only, privacy, style isolation and the JS API.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/content/load.js';
import type { Example } from '../../src/model/content-schema.js';
import { axe, type Harness, instrument, lastChannel, startHarness } from './harness.js';

// The content reader's examples: the same data the Node replay (examples.jsdom.test.ts) plays.
const examples = Object.entries(loadExamples());

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 320, height: 640 } };

async function openPage(path: string, example?: Pick<Example, 'now' | 'viewport'>) {
  const context = await h.browser.newContext({ viewport: VIEWPORTS[example?.viewport ?? 'desktop'], reducedMotion: 'reduce' });
  const page = await context.newPage();
  if (example) await page.clock.setFixedTime(new Date(example.now));
  // The collector takes the page's events only when its clock agrees with the page's.
  h.setServerTime(example ? new Date(example.now) : null);
  const watch = await instrument(page);
  await page.goto(h.url(path));
  return { page, context, ...watch };
}

const panel = (page: Page) => page.locator('.kanalguide-host, #kanalguide').first();

async function openWidget(page: Page, path: string) {
  if (path === '/') await page.getByRole('button', { name: 'Få hjælp til din henvendelse' }).click();
  await page.getByLabel(/Hvad har du brug for hjælp til\?|What do you need help with\?/).waitFor();
}

async function play(page: Page, example: Example): Promise<string[]> {
  const problems: string[] = [];
  const check = async (where: string) => {
    // The whole page: the demo page is ours too, and a widget must not add a violation to its host.
    for (const violation of await axe(page)) problems.push(`${where}: axe ${violation.id} (${violation.impact}) at ${JSON.stringify(violation.nodes[0]?.target)}`);
  };
  await openWidget(page, example.page);
  await check('opened');
  for (const [i, step] of example.steps.entries()) {
    const where = `step ${i + 1} ${JSON.stringify(step)}`;
    if ('ask' in step) {
      const field = page.getByRole('textbox').first();
      await field.fill(step.ask);
      await field.press('Enter');
    } else if ('click' in step) {
      const widget = panel(page);
      await widget
        .getByRole('button', { name: step.click })
        .or(widget.getByRole('link', { name: step.click }))
        .or(widget.getByText(step.click, { exact: true }))
        .first()
        .click();
    } else if ('language' in step) {
      await page.getByRole('combobox').selectOption(step.language);
      // As a citizen would, wait until the panel has switched before typing.
      await panel(page).locator(`.panel[lang="${step.language}"]`).waitFor();
    } else {
      const { text, channel, dir } = step.expect;
      if (text) await expect(panel(page).getByText(text, { exact: false }).first()).toBeVisibleInBrowser(where);
      if (channel) {
        await page.waitForFunction(() => (window as unknown as { __routed: unknown[] }).__routed.length > 0, null, { timeout: 10_000 });
        expect(await lastChannel(page), where).toBe(channel);
      }
      if (dir) expect(await panel(page).locator('.panel').getAttribute('dir'), where).toBe(dir);
      await check(where);
    }
  }
  return problems;
}

expect.extend({
  async toBeVisibleInBrowser(locator: ReturnType<Page['locator']>, where: string) {
    try {
      await locator.waitFor({ state: 'visible', timeout: 10_000 });
      return { pass: true, message: () => '' };
    } catch {
      return { pass: false, message: () => `${where}: not visible` };
    }
  },
});
declare module 'vitest' {
  interface Assertion {
    toBeVisibleInBrowser(where: string): Promise<void>;
  }
}

describe('example conversations through the built widget', () => {
  for (const [name, example] of examples) {
    it(`${name}: ${example.description}`, async () => {
      const { page, context, errors } = await openPage(example.page, example);
      try {
        const problems = await play(page, example);
        expect(problems).toEqual([]);
        expect(errors).toEqual([]);
        await page.screenshot({ path: `dist/screenshots/${name}.png`, fullPage: false });
      } finally {
        await context.close();
      }
    });
  }
});

describe('the embed', () => {
  it('loads a small launcher only, until the citizen opens it', async () => {
    const { page, context, requests } = await openPage('/');
    try {
      await page.getByRole('button', { name: 'Få hjælp til din henvendelse' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(requests.filter((r) => r.includes('/widget/')).map((r) => new URL(r).pathname)).toEqual(['/widget/kanalguide.js']);
    } finally {
      await context.close();
    }
  });

  it('sets no cookies, stores nothing and requests nothing from other hosts', async () => {
    const { page, context, requests } = await openPage('/');
    try {
      await openWidget(page, '/');
      await page.getByRole('textbox').fill('jeg skal melde flytning');
      await page.getByRole('textbox').press('Enter');
      await page.getByRole('button', { name: 'Ja' }).click();
      await page.waitForFunction(() => (window as unknown as { __routed: unknown[] }).__routed.length > 0);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      expect(requests.every((r) => r.startsWith(h.url('/')) || r.startsWith('data:'))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('works by keyboard alone: focus moves in on open, Escape closes and focus returns', async () => {
    const { page, context } = await openPage('/');
    try {
      const launcher = page.getByRole('button', { name: 'Få hjælp til din henvendelse' });
      await launcher.focus();
      await page.keyboard.press('Enter');
      const field = page.getByRole('textbox');
      await field.waitFor();
      expect(await field.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
      await page.keyboard.type('hvad koster et nyt pas');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Pas' }).waitFor();
      // Tab reaches the primary action next after the step heading.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.querySelector('.kanalguide-host')?.shadowRoot?.activeElement?.textContent ?? '');
      expect(focused).toMatch(/Læs om pris/);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      expect(await launcher.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('keeps the host page’s styles out and its own styles in', async () => {
    const { page, context } = await openPage('/');
    try {
      const before = await page.locator('.site-button').evaluate((el) => getComputedStyle(el).backgroundColor);
      await openWidget(page, '/');
      const inside = await page.getByRole('button', { name: 'Find hjælp' }).evaluate((el) => {
        const s = getComputedStyle(el);
        return { font: s.fontFamily, transform: s.textTransform, background: s.backgroundColor };
      });
      expect(inside.font).not.toMatch(/Comic/);
      expect(inside.transform).toBe('none');
      // The demo municipality's theme colour, #44831e (4.66:1 against the white text).
      expect(inside.background).toBe('rgb(68, 131, 30)');
      expect(await page.locator('.site-button').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(before);
    } finally {
      await context.close();
    }
  });

  it('reflows at 320 px without sideways scrolling and fills the screen', async () => {
    const { page, context } = await openPage('/', { now: '2026-12-01T10:30:00+01:00', viewport: 'mobile' });
    try {
      await openWidget(page, '/');
      const box = await page.getByRole('dialog').boundingBox();
      expect(box?.width).toBe(320);
      const overflow = await page.getByRole('dialog').evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });

  it('reflows at 200 % zoom (a 1280 × 800 screen seen as 640 × 400) with the launcher and panel on screen', async () => {
    const context = await h.browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    try {
      await page.goto(h.url('/'));
      await openWidget(page, '/');
      const box = (await page.getByRole('dialog').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(640);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(await page.getByRole('dialog').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });

  it('answers the JS API and a deep link, and tells the host page what it routed', async () => {
    const { page, context } = await openPage('/#kanalguide=sundhedskort', { now: '2026-12-01T10:30:00+01:00', viewport: 'desktop' });
    try {
      await page.getByText('Kan du selv bruge MitID').waitFor();
      const events = await page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const seen: string[] = [];
            const api = (window as unknown as { Kanalguide: { on: (e: string, h: (x: { type: string }) => void) => void; ask: (t: string) => void } }).Kanalguide;
            api.on('*', (e) => {
              seen.push(e.type);
              if (e.type === 'routed') resolve(seen);
            });
            api.ask('hvad koster et nyt pas');
          }),
      );
      expect(events).toContain('routed');
      expect(await lastChannel(page)).toBe('web');
    } finally {
      await context.close();
    }
  });
});
