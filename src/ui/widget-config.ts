/** What the script tag (or the JS API) asks of the widget, checked at the boundary. */

export type WidgetMode = 'floating' | 'inline';

export interface WidgetConfig {
  municipality: string;
  lang: string;
  mode: WidgetMode;
  /** CSS selector of the element the inline widget renders into. */
  target: string | null;
  position: 'right' | 'left';
  /** Where routing decisions are posted; none set, none sent. */
  logEndpoint: string | null;
  /** Staff beside a citizen (medbetjening). */
  assisted: boolean;
  /** The launcher's background (the municipality's colour), or null for the default green. */
  color: string | null;
}

const SLUG = /^[a-z0-9-]{1,40}$/;

/** Only same-origin or https: endpoints; a javascript: or data: URL never becomes a request. */
export function safeEndpoint(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.origin === new URL(base).origin ? url.href : null;
  } catch {
    return null;
  }
}

export interface ScriptTagConfig {
  config: WidgetConfig;
  /** What the webmaster must fix on the tag before the widget can help; null when nothing. */
  problem: string | null;
  /** What the webmaster should fix although the widget works (an unusable data-color); null when nothing. */
  warning: string | null;
}

/**
 * data-color, the launcher's background: a six-digit hex colour, else null. Given on the tag, not
 * fetched, so the loader makes no request before the citizen's first click. Its contrast with the
 * white label is the webmaster's to choose (README): checking it here cost 0.12 KB of the first
 * load, which the 93 KB budget to a recommendation did not have.
 */
export function launcherColor(given: string): string | null {
  const value = given.trim().toLowerCase();
  return /^#[0-9a-f]{6}$/.test(value) ? value : null;
}

/**
 * `attribute` reads one data-* attribute of the script tag, e.g. `(name) => script.getAttribute(`data-${name}`)`.
 * Not `script.dataset`: a missing attribute falls through to Object.prototype there, so a page's
 * `Object.prototype.logEndpoint` would become the log endpoint (issue 19, 8).
 */
export function readConfig(attribute: (name: string) => string | null, pageLang: string, pageUrl: string): ScriptTagConfig {
  // "Aarhus" and "aarhus " mean aarhus; anything else is said, never quietly the demo (issue 19, 6).
  const given = attribute('municipality');
  const municipality = given?.trim().toLowerCase() ?? '';
  const problem =
    given === null
      ? 'data-municipality is missing from the script tag: set it to your municipality’s slug, e.g. data-municipality="aarhus".'
      : SLUG.test(municipality)
        ? null
        : `data-municipality=${JSON.stringify(given)} is not a municipality slug (lower-case letters, digits and hyphens, e.g. "aarhus").`;
  const givenColor = attribute('color');
  const color = givenColor === null ? null : launcherColor(givenColor);
  return {
    config: {
      municipality,
      lang: attribute('lang') || pageLang || 'da',
      mode: attribute('mode') === 'inline' ? 'inline' : 'floating',
      target: attribute('target'),
      position: attribute('position') === 'left' ? 'left' : 'right',
      logEndpoint: safeEndpoint(attribute('log-endpoint'), pageUrl),
      assisted: attribute('assisted') === 'true',
      color,
    },
    problem,
    warning: givenColor !== null && !color ? `data-color=${JSON.stringify(givenColor)} is not a colour like "#3c5c22"; the launcher keeps its own.` : null,
  };
}

/** The webmaster's words for a file of the widget that did not arrive: what to check. */
export function unreachable(url: string, reason: unknown): string {
  return `could not load ${url} (${String(reason)}). Check the script tag’s src; a page on another origin than the widget also needs Access-Control-Allow-Origin from the widget’s server, and a Content-Security-Policy whose script-src and connect-src allow that server.`;
}
