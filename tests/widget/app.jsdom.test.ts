// @vitest-environment jsdom
/**
 * The widget's app (widget/app.tsx) mounted in jsdom with its files served from the shipped
 * content through a stubbed fetch: the language switch keeps the citizen's place, changes the
 * interface language and direction, and fetches content only when the content language changes;
 * a file that does not arrive is told with the municipality's number when that file did arrive.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BASE, content, mountWidget, serveWidgetFiles } from './jsdom-app.js';

let fetched: string[];
let missing: Set<string>;
beforeEach(() => {
  missing = new Set();
  fetched = serveWidgetFiles(missing);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

const widget = (lang = 'da') => mountWidget({ lang });

describe('switching the language', () => {
  it('keeps the citizen at the recommendation, now in English, without reporting the decision again', async () => {
    const w = widget();
    await w.run({ type: 'ask', text: 'jeg skal have nyt pas' }, () => w.step() === 'Sådan gør du');
    expect(w.root.querySelector('#kg-card-title')?.textContent).toBe(content.topics.pas!.articles.da.title);
    expect(w.panel()?.lang).toBe('da');
    expect(w.events.filter((e) => e.type === 'routed')).toHaveLength(1);

    await w.run({ type: 'setLanguage', lang: 'en' }, () => w.panel()?.lang === 'en');
    expect(w.step()).toBe('What to do');
    expect(w.root.querySelector('#kg-card-title')?.textContent).toBe(content.topics.pas!.articles.en.title);
    expect(fetched).toContain(`${BASE}data/core.en.json`);
    expect(fetched).toContain(`${BASE}data/articles/en/pas.json`);
    expect(w.events.filter((e) => e.type === 'routed')).toHaveLength(1);
  });

  it('to Arabic turns the panel right-to-left and keeps the English content it already has', async () => {
    const w = widget('en');
    await w.run({ type: 'open' }, () => w.panel() !== null);
    expect(w.panel()?.dir).toBe('ltr');
    const before = fetched.length;
    await w.run({ type: 'setLanguage', lang: 'ar' }, () => w.panel()?.lang === 'ar');
    expect(w.panel()?.dir).toBe('rtl');
    expect(fetched.slice(before)).toEqual([]);
    await w.run({ type: 'setLanguage', lang: 'uk' }, () => w.panel()?.lang === 'uk');
    expect(w.panel()?.dir).toBe('ltr');
  });

  it('an unknown language is Danish', async () => {
    const w = widget('en');
    await w.run({ type: 'open' }, () => w.panel() !== null);
    await w.run({ type: 'setLanguage', lang: 'klingon' }, () => w.panel()?.lang === 'da');
    expect(fetched).toContain(`${BASE}data/core.da.json`);
  });
});

describe('a file that does not arrive', () => {
  it('the content core: the citizen is given the municipality’s own number', async () => {
    missing.add(`${BASE}data/core.da.json`);
    const w = widget();
    await w.run({ type: 'open' }, () => true);
    await vi.waitFor(() => expect(w.fail).toHaveBeenCalled());
    const [cause, contact] = w.fail.mock.calls[0]!;
    expect(cause).toMatch(/could not load https:\/\/widget\.example\/kanalguide\/data\/core\.da\.json \(404 Not Found\)/);
    expect(contact?.phone.href).toBe(content.municipalities.aarhus!.borgerservice.phone.href);
    expect(w.panel()).toBeNull();
  });

  it('the municipality’s file: the webmaster is told the slug names no municipality, and no number is known', async () => {
    missing.add(`${BASE}data/municipalities/aarhus.json`);
    const w = widget();
    await w.run({ type: 'open' }, () => true);
    await vi.waitFor(() => expect(w.fail).toHaveBeenCalled());
    expect(w.fail.mock.calls[0]).toEqual([expect.stringMatching(/data-municipality="aarhus" names no municipality/), null]);
  });
});
