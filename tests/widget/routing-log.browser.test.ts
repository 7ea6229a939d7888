/**
 * The whole loop of issue 15 in headless Chromium: a citizen asks on the demo page, the widget
 * posts the decision to the same-origin collector, and it is in the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, instrument, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Polls until `check` holds or the deadline passes: a liveness deadline, not a latency figure. */
async function within(ms: number, check: () => Promise<boolean>): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return check();
}

describe('the routing log', () => {
  it('a citizen reports a move on the demo page: within 10 s the decision is in the store, posted to the same origin', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    const { errors, requests } = await instrument(page);
    try {
      await page.goto(h.url('/'));
      await page.getByRole('button', { name: 'Få hjælp til din henvendelse' }).click();
      const field = page.getByLabel('Hvad har du brug for hjælp til?');
      await field.fill('jeg skal melde flytning');
      await field.press('Enter');
      await page.getByRole('button', { name: 'Ja' }).click();
      const routed = async () =>
        (await h.store.counts({ municipality: 'demo', from: '2000-01-01', to: '2100-12-31' })).some((row) => row.type === 'routed' && row.topic === 'flytning' && row.count === 1);
      expect(await within(10_000, routed)).toBe(true);
      // Playwright reports the request over its own channel, which on a loaded machine can arrive
      // after the server has stored the event: wait for the report too, then check it.
      expect(await within(10_000, async () => requests.some((r) => r.includes('/api/')))).toBe(true);
      expect(requests.filter((r) => r.includes('/api/'))).toEqual([h.url('/api/events')]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
