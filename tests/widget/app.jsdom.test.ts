// @vitest-environment jsdom
/**
 * The widget's app (widget/app.tsx) mounted in jsdom with its files served from the shipped
 * content through a stubbed fetch: the language switch keeps the citizen's place, changes the
 * interface language and direction, and fetches content only when the content language changes;
 * a file that does not arrive is told with the municipality's number when that file did arrive.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '../../widget/app.js';
import type { AppHandle, Fail, KanalguideEvent } from '../../widget/api.js';
import type { WidgetConfig } from '../../src/ui/widget-config.js';
import { LANGS } from '../../src/model/vocabulary.js';
import { readContent } from '../../src/content/read.js';
import { widgetArticle, widgetCore } from '../../src/widget-data/build/pack.js';

const BASE = 'https://widget.example/kanalguide/';
// Read from the working directory (the repository's root): under jsdom, import.meta.url is no
// file: URL, so tests/support/content.ts cannot find content/ from its own place.
const content = readContent('content').bundle!;

/** The files the build writes, by URL. */
function files(): Map<string, unknown> {
  const served = new Map<string, unknown>();
  for (const lang of LANGS) {
    served.set(`${BASE}data/core.${lang}.json`, widgetCore(content, lang));
    for (const t of Object.values(content.topics)) served.set(`${BASE}data/articles/${lang}/${t.id}.json`, widgetArticle(t, lang));
  }
  for (const m of Object.values(content.municipalities)) served.set(`${BASE}data/municipalities/${m.slug}.json`, m);
  return served;
}
const SERVED = files();

let fetched: string[];
let missing: Set<string>;
beforeEach(() => {
  fetched = [];
  missing = new Set();
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const body = SERVED.get(url);
    if (body === undefined || missing.has(url)) return new Response('', { status: 404, statusText: 'Not Found' });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function widget(lang = 'da') {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  // The loader has adopted its launcher sheet by now; jsdom has no adoptedStyleSheets of its own.
  root.adoptedStyleSheets = [];
  const config: WidgetConfig = { municipality: 'aarhus', lang, mode: 'inline', target: '#help', position: 'right', logEndpoint: null, assisted: false, color: null };
  const events: KanalguideEvent[] = [];
  const fail = vi.fn<Fail>();
  const app: AppHandle = mount(root, config, BASE, (e) => events.push(e), null, fail);
  const panel = () => root.querySelector<HTMLElement>('.panel');
  const step = () => root.querySelector('#kg-step')?.textContent;
  /** Runs a command and waits until the panel has drawn its result. */
  const run = async (command: Parameters<AppHandle['run']>[0], until: () => boolean) => {
    app.run(command);
    await vi.waitFor(() => expect(until()).toBe(true), { timeout: 5000 });
  };
  return { root, events, fail, panel, step, run };
}

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
