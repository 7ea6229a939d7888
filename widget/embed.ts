/**
 * The script tag's whole first load: reads its attributes, draws the launcher inside an open
 * shadow root and defines window.Kanalguide. Everything else (the app, its styles, content and
 * search index) is imported on first use, so a page that never opens the widget pays a few KB.
 *
 *   <script src="…/kanalguide.js" data-municipality="aarhus" async></script>
 *   data-lang="en"   data-mode="inline" data-target="#help"   data-position="left"
 *   data-log-endpoint="/api/events"   data-assisted="true"   data-color="#004d99"
 */
import { LAUNCHER_LABELS } from '../src/i18n/launcher-labels.js';
import type { UiLang } from '../src/model/vocabulary.js';
import { safeHref } from '../src/ui/safe-href.js';
import { readConfig, unreachable, type WidgetConfig } from '../src/ui/widget-config.js';
import type { AppHandle, Command, Contact, Fail, KanalguideApi, KanalguideEvent, KanalguideEventName, MountApp } from './api.js';
import { LAUNCHER_CSS } from './launcher-css.js';

declare global {
  interface Window {
    Kanalguide?: KanalguideApi;
  }
}

/**
 * What the citizen reads when the widget cannot help: Danish, else English (Arabic and Ukrainian
 * too would cost the loader more than the launcher's name does). [before the name, before the
 * number, whom to call when the municipality's file did not load, the close button]
 */
const CANNOT_HELP = {
  da: ['Vi kan ikke vise hjælpen lige nu. Ring til', 'på', 'borger.dk’s kontaktcenter', 'Luk'],
  en: ['We cannot show the help right now. Call', 'on', 'the borger.dk contact centre', 'Close'],
} as const;

/**
 * borger.dk's contact centre, for when the municipality's own number is not known (its file is
 * what failed, or never got asked for). verify: the number and that it takes citizens' general
 * questions were not confirmed locally; check them before production (README, Embed it).
 */
const CONTACT_CENTRE = { href: 'tel:+4570101881', label: '70 10 18 81' };

/**
 * Marks the page as taken by a loader. A symbol, not `window.Kanalguide`: an element with id or
 * name "Kanalguide" makes that name truthy through the window's named properties (issue 19, 7).
 */
const STARTED = Symbol.for('kanalguide.started');

function start(): void {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script) {
    console.error('Kanalguide: load kanalguide.js with a classic <script src> tag (not type="module"): it reads its data-* attributes from document.currentScript.');
    return;
  }
  if (Object.hasOwn(window, STARTED)) {
    console.warn('Kanalguide: the page has more than one script tag for the widget; the first one’s configuration is used and the others are ignored. Remove the extra tags.');
    return;
  }
  Object.defineProperty(window, STARTED, { value: true });
  // Async tags run in whichever order they arrive; the first tag in the page is the one that counts.
  const first = [...document.scripts].find((s) => s.src === script.src) ?? script;
  const { config, problem, warning } = readConfig((name) => first.getAttribute(`data-${name}`), document.documentElement.lang, location.href);
  // Said at once, for the webmaster who looks at the console after adding the tag.
  if (problem) console.error(`Kanalguide: ${problem}`);
  if (warning) console.warn(`Kanalguide: ${warning}`);
  const base = new URL('.', script.src).href;
  // A blocking tag in <head> runs before the body (and the inline target) exists.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => show(config, problem, base), { once: true });
  else show(config, problem, base);
}

/**
 * The inline container's shadow root, or null (with the reason in the console) when the widget
 * falls back to its floating launcher: the citizen gets help either way (issue 19, 10).
 */
function inlineRoot(selector: string | null): ShadowRoot | null {
  const fallback = 'the widget shows its floating launcher instead.';
  if (!selector) {
    console.error(`Kanalguide: data-mode="inline" needs data-target, the CSS selector of its container; ${fallback}`);
    return null;
  }
  let target: Element | null;
  try {
    target = document.querySelector(selector);
  } catch {
    console.error(`Kanalguide: data-target="${selector}" is not a valid CSS selector; ${fallback}`);
    return null;
  }
  if (!target) {
    console.error(`Kanalguide: data-target="${selector}" matches no element on the page; ${fallback}`);
    return null;
  }
  try {
    // Open, so assistive technology, axe-core and the host's own tests can see inside.
    return target.attachShadow({ mode: 'open' });
  } catch {
    console.error(`Kanalguide: data-target="${selector}" is a <${target.localName}>, which cannot hold the widget (use an empty <div>); ${fallback}`);
    return null;
  }
}

function show(config: WidgetConfig, problem: string | null, base: string): void {
  let root = config.mode === 'inline' ? inlineRoot(config.target) : null;
  if (!root) {
    config.mode = 'floating';
    const host = document.createElement('div');
    document.body.append(host);
    root = host.attachShadow({ mode: 'open' });
  }
  root.host.classList.add('kanalguide-host');
  // A constructable stylesheet applies under style-src 'self'; a <style> element would be blocked.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(LAUNCHER_CSS);
  root.adoptedStyleSheets = [sheet];

  const listeners = new Map<string, Set<(e: KanalguideEvent) => void>>();
  const emit = (event: KanalguideEvent) => {
    for (const key of [event.type, '*']) for (const handler of listeners.get(key) ?? []) handler(event);
    document.dispatchEvent(new CustomEvent(`kanalguide:${event.type}`, { detail: event }));
  };

  let launcher: HTMLButtonElement | null = null;
  if (config.mode === 'floating') {
    launcher = document.createElement('button');
    launcher.type = 'button';
    launcher.className = `launcher ${config.position}`;
    launcher.setAttribute('aria-haspopup', 'dialog');
    // Two letters name no property every object inherits, so a plain lookup is safe here.
    launcher.textContent = LAUNCHER_LABELS[config.lang.slice(0, 2).toLowerCase() as UiLang] ?? LAUNCHER_LABELS.da;
    // Through the CSSOM, which a style-src 'self' policy allows (a style attribute it would block).
    if (config.color) launcher.style.backgroundColor = config.color;
    root.append(launcher);
  }

  // The citizen's word when the widget cannot help: announced (role=alert), beside the launcher or
  // in place of the inline widget, with the number as a link the keyboard reaches next after the
  // launcher. It goes when the citizen closes it or tries again.
  let notice: HTMLElement | null = null;
  const tellCitizen = (contact: Contact | null) => {
    notice?.remove();
    const lang = config.lang.toLowerCase().startsWith('da') ? 'da' : 'en';
    const [before, on, contactCentre, closeLabel] = CANNOT_HELP[lang];
    // The municipality's own number only when its link passes safeHref (it comes from a fetched file).
    const own = contact && safeHref(contact.phone.href) ? contact : null;
    const phone = document.createElement('a');
    phone.href = own ? own.phone.href : CONTACT_CENTRE.href;
    phone.textContent = own ? own.phone.label : CONTACT_CENTRE.label;
    const text = document.createElement('p');
    text.append(`${before} ${own ? own.name[lang] : contactCentre} ${on} `, phone, '.');
    notice = document.createElement('div');
    notice.className = `unavailable ${config.mode === 'inline' ? 'inline' : config.position}`;
    notice.lang = lang;
    notice.setAttribute('role', 'alert');
    notice.append(text);
    if (launcher) {
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = closeLabel;
      close.addEventListener('click', () => {
        notice?.remove();
        launcher?.focus();
      });
      notice.append(close);
    }
    root.append(notice);
  };
  const fail: Fail = (cause, contact) => {
    console.error(`Kanalguide: ${cause}`);
    tellCitizen(contact);
  };

  const queue: Command[] = [];
  let app: AppHandle | null = null;
  let loading: Promise<void> | null = null;
  const load = () => {
    loading ??= import(/* @vite-ignore */ `${base}app.js`)
      .then((m: { mount: MountApp }) => {
        app = m.mount(root, config, base, emit, launcher, fail);
        for (const c of queue.splice(0)) app.run(c);
      })
      .catch((e: unknown) => {
        // The next click tries again (a flaky connection is the likely cause). A warm-up that
        // failed before anyone asked stays quiet: the citizen's click will say it.
        loading = null;
        if (queue.splice(0).length) fail(unreachable(`${base}app.js`, e), null);
      });
    return loading;
  };
  const run = (command: Command) => {
    notice?.remove();
    // The tag's problem was said in the console at load; the citizen hears it when they ask.
    if (problem) {
      if (command.type !== 'close') tellCitizen(null);
    } else if (app) app.run(command);
    else {
      queue.push(command);
      void load();
    }
  };

  launcher?.addEventListener('click', () => run({ type: 'open' }));
  // Warm the import when the citizen shows interest, before the click lands.
  if (!problem) {
    launcher?.addEventListener('pointerenter', () => void load(), { once: true });
    launcher?.addEventListener('focus', () => void load(), { once: true });
  }

  // An own property of window, so it wins over any named element the page has (those live on
  // the window's prototype chain).
  window.Kanalguide = {
    open: () => run({ type: 'open' }),
    close: () => run({ type: 'close' }),
    ask: (text) => run({ type: 'ask', text: String(text) }),
    openTopic: (topic) => run({ type: 'openTopic', topic: String(topic) }),
    setLanguage: (lang) => run({ type: 'setLanguage', lang: String(lang) }),
    on: (event: KanalguideEventName | '*', handler) => {
      const set = listeners.get(event) ?? new Set();
      set.add(handler);
      listeners.set(event, set);
      return () => set.delete(handler);
    },
  };

  const followDeepLink = () => {
    const deepLink = /^#kanalguide=([a-z0-9-]{1,40})$/.exec(location.hash);
    if (deepLink) run({ type: 'openTopic', topic: deepLink[1]! });
    return deepLink !== null;
  };
  // Links on the host page (#kanalguide=pas) open the widget on that topic.
  window.addEventListener('hashchange', followDeepLink);
  if (!followDeepLink() && config.mode === 'inline') run({ type: 'open' });
}

start();
