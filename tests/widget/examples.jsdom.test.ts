// @vitest-environment jsdom
/**
 * Every example conversation in content/examples/ (as the content reader returns them) played in
 * Node: through the real app, its session and the conversation machine, rendered in jsdom, at the
 * example's time. The browser test plays the same data in Chromium with axe-core; this one runs
 * in seconds and everywhere, so a change that breaks an example fails here first.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Example } from '../../src/model/content-schema.js';
import { examples, mountWidget, serveWidgetFiles } from './jsdom-app.js';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

const words = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What Playwright's getByRole(button|link, { name }) or getByText(exact) would find: the first match. */
function findClickable(root: ShadowRoot, label: string): HTMLElement | undefined {
  const wanted = label.toLowerCase();
  const byRole = [...root.querySelectorAll<HTMLElement>('button, a[href], summary')].find((el) => words(el).toLowerCase().includes(wanted));
  return byRole ?? [...root.querySelectorAll<HTMLElement>('*')].find((el) => el.textContent?.trim() === label);
}

async function play(example: Example): Promise<void> {
  serveWidgetFiles();
  // Only the clock: vi.waitFor and Preact's scheduling keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(example.now));
  const inline = example.page === '/inline.html';
  // The demo pages' tags: / floats for the demo municipality, /inline.html is Aarhus's staff page.
  const w = mountWidget(inline ? { municipality: 'aarhus', mode: 'inline', assisted: true } : { municipality: 'demo', mode: 'floating' });
  await w.run({ type: 'open' }, () => w.panel() !== null);
  const until = async (where: string, holds: () => boolean) => vi.waitFor(() => expect(holds(), where).toBe(true), { timeout: 5000, interval: 20 });

  for (const [i, step] of example.steps.entries()) {
    const where = `step ${i + 1} ${JSON.stringify(step)}`;
    if ('ask' in step) {
      await until(`${where}: a question field`, () => w.root.querySelector('form input') !== null);
      const field = w.root.querySelector<HTMLInputElement>('form input')!;
      field.value = step.ask;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      // The form submits what it has rendered: let Preact draw the typed text first, as a person's
      // typing and Enter would.
      await new Promise((resolve) => setTimeout(resolve, 0));
      field.form!.requestSubmit();
    } else if ('click' in step) {
      await until(`${where}: something named "${step.click}" to press`, () => findClickable(w.root, step.click) !== undefined);
      findClickable(w.root, step.click)!.click();
    } else if ('language' in step) {
      const picker = w.root.querySelector<HTMLSelectElement>('select')!;
      picker.value = step.language;
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      await until(`${where}: the panel in ${step.language}`, () => w.panel()?.lang === step.language);
    } else {
      const { text, channel, dir } = step.expect;
      if (text) await until(`${where}: the panel says "${text}"`, () => (w.panel()?.textContent ?? '').includes(text));
      if (channel) {
        await until(`${where}: a routed decision`, () => w.events.some((e) => e.type === 'routed'));
        const last = w.events.filter((e) => e.type === 'routed').at(-1)!;
        expect(last.type === 'routed' && last.decision.channel, where).toBe(channel);
      }
      if (dir) expect(w.panel()?.dir, where).toBe(dir);
    }
  }
  expect(w.fail).not.toHaveBeenCalled();
}

describe('example conversations, played in Node', () => {
  it('are there to play', () => {
    expect(Object.keys(examples).length).toBeGreaterThan(10);
  });

  for (const [name, example] of Object.entries(examples)) {
    it(`${name}: ${example.description}`, async () => {
      await play(example);
    });
  }
});
