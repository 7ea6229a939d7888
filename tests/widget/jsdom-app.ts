/**
 * The widget's app (widget/app.tsx) mounted in jsdom, its files served from the shipped content
 * through a stubbed fetch, as the build would write them. For tests that run in Node: fast, and
 * everywhere.
 */
import { expect, vi } from 'vitest';
import { readContent } from '../../src/content/read.js';
import type { ContentBundle } from '../../src/model/content-bundle.js';
import type { Example } from '../../src/model/content-schema.js';
import { LANGS } from '../../src/model/vocabulary.js';
import type { WidgetConfig } from '../../src/ui/widget-config.js';
import { widgetArticle, widgetCore } from '../../src/widget-data/build/pack.js';
import { mount } from '../../widget/app.js';
import type { AppHandle, Command, Fail, KanalguideEvent } from '../../widget/api.js';

export const BASE = 'https://widget.example/kanalguide/';

// Read from the working directory (the repository's root): under jsdom, import.meta.url is no
// file: URL, so tests/support/content.ts cannot find content/ from its own place.
const read = readContent('content');
if (!read.bundle) throw new Error(`the shipped content is invalid: ${read.errors.length} problem(s); run npm run content:check`);
export const content: ContentBundle = read.bundle;
export const examples: Record<string, Example> = read.examples;

/** The files the build writes, by URL. */
const SERVED = new Map<string, unknown>();
for (const lang of LANGS) {
  SERVED.set(`${BASE}data/core.${lang}.json`, widgetCore(content, lang));
  for (const t of Object.values(content.topics)) SERVED.set(`${BASE}data/articles/${lang}/${t.id}.json`, widgetArticle(t, lang));
}
for (const m of Object.values(content.municipalities)) SERVED.set(`${BASE}data/municipalities/${m.slug}.json`, m);

/** Serves the widget's files; `missing` answer 404. Returns the URLs fetched, in order. */
export function serveWidgetFiles(missing: ReadonlySet<string> = new Set()): string[] {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const body = SERVED.get(url);
    if (body === undefined || missing.has(url)) return new Response('', { status: 404, statusText: 'Not Found' });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return fetched;
}

export function mountWidget(options: Partial<WidgetConfig> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  // The loader has adopted its launcher sheet by now; jsdom has no adoptedStyleSheets of its own.
  root.adoptedStyleSheets = [];
  const config: WidgetConfig = { municipality: 'aarhus', lang: 'da', mode: 'inline', target: '#help', position: 'right', logEndpoint: null, assisted: false, color: null, ...options };
  const events: KanalguideEvent[] = [];
  const fail = vi.fn<Fail>();
  const app: AppHandle = mount(root, config, BASE, (e) => events.push(e), null, fail);
  const panel = () => root.querySelector<HTMLElement>('.panel');
  const step = () => root.querySelector('#kg-step')?.textContent;
  /** Runs a command and waits until the panel has drawn its result. */
  const run = async (command: Command, until: () => boolean) => {
    app.run(command);
    await vi.waitFor(() => expect(until()).toBe(true), { timeout: 5000 });
  };
  return { root, events, fail, panel, step, run };
}
