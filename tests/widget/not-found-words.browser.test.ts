/**
 * The words of a search that found nothing, from the built widget in headless Chromium: sent only
 * where the municipality's config has `logNotFoundWords: true`, and then redacted in the browser
 * before they leave it. The demo municipality ships without the opt-in; one test serves its
 * config with the opt-in turned on.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, hostPage, instrument, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const SEARCH = 'blorpfisk 010190-1234 ring 12 34 56 78 jens@example.dk';

/** Asks something nothing matches on a host page with a log endpoint; returns the events posted. */
async function searchNothing(optIn: boolean): Promise<Array<Record<string, unknown>>> {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page: Page = await context.newPage();
  try {
    const { errors } = await instrument(page);
    if (optIn) {
      await page.route('**/data/municipalities/demo.json', async (route) => {
        const shipped = await (await route.fetch()).json();
        await route.fulfill({ json: { ...shipped, logNotFoundWords: true } });
      });
    }
    await page.route(h.url('/collect'), (route) => route.fulfill({ status: 202, json: { accepted: 1, duplicates: 0 } }));
    await hostPage(page, h.url('/host.html'), '<script src="/widget/kanalguide.js" data-municipality="demo" data-log-endpoint="/collect" async></script>');
    await page.goto(h.url('/host.html'));
    const posted = page.waitForRequest((r) => r.url() === h.url('/collect') && r.method() === 'POST');
    await page.getByRole('button', { name: 'Få hjælp til din henvendelse' }).click();
    const ask = page.getByLabel('Hvad har du brug for hjælp til?');
    await ask.fill(SEARCH);
    await ask.press('Enter');
    const events = JSON.parse((await posted).postData() ?? '[]') as Array<Record<string, unknown>>;
    expect(errors).toEqual([]);
    return events;
  } finally {
    await context.close();
  }
}

describe('a search that found nothing, in the routing log', () => {
  it('where the municipality opted in: the words go along, without the CPR number, the phone number and the e-mail address', async () => {
    const events = await searchNothing(true);
    expect(events).toMatchObject([{ type: 'notFound', municipality: 'demo', words: 'blorpfisk ring' }]);
  });

  it('where it did not (the demo as shipped): the search is logged without any words', async () => {
    const events = await searchNothing(false);
    expect(events).toMatchObject([{ type: 'notFound', municipality: 'demo' }]);
    expect(events[0]).not.toHaveProperty('words');
  });
});
