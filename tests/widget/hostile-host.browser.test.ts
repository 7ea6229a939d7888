/**
 * The built widget on careless and hostile host pages (issue 19, items 5–10): pages staged on the
 * demo server's origin under the demo pages' strict CSP, in headless Chromium. Where a test
 * expects the console to speak, it says exactly what; every other console error fails it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, type Harness, hostPage, instrument, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const tag = (attributes: string) => `<script src="/widget/kanalguide.js" ${attributes} async></script>`;

/** Opens a staged host page; `before` runs in the page before any of its scripts (as a hostile library would). */
async function openHost(body: string, before?: string) {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const watch = await instrument(page);
  if (before) await page.addInitScript(before);
  await hostPage(page, h.url('/host.html'), body);
  await page.goto(h.url('/host.html'));
  return { page, context, ...watch };
}

const askField = (page: Page) => page.getByLabel('Hvad har du brug for hjælp til?');

async function axeClean(page: Page): Promise<string[]> {
  return (await axe(page)).map((v) => `${v.id} (${v.impact}) at ${JSON.stringify(v.nodes[0]?.target)}`);
}

describe('an element named Kanalguide on the host page', () => {
  it('an inline target with id="Kanalguide" gets the widget, and window.Kanalguide is still the API', async () => {
    const { page, context, errors } = await openHost(`<div id="Kanalguide"></div>${tag('data-municipality="demo" data-mode="inline" data-target="#Kanalguide"')}`);
    try {
      await askField(page).waitFor();
      expect(await page.evaluate(() => typeof (window as unknown as { Kanalguide: { ask?: unknown } }).Kanalguide.ask)).toBe('function');
      expect(await axeClean(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a form named "Kanalguide" neither hides the launcher nor the API: Kanalguide.open() opens the widget', async () => {
    const { page, context, errors } = await openHost(`<form name="Kanalguide" aria-label="Søg"><input type="search" aria-label="Søg på siden"></form>${tag('data-municipality="demo"')}`);
    try {
      await page.getByRole('button', { name: 'Få hjælp til din henvendelse' }).waitFor();
      await page.evaluate(() => (window as unknown as { Kanalguide: { open: () => void } }).Kanalguide.open());
      await askField(page).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
