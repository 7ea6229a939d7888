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

export function readConfig(data: DOMStringMap, pageLang: string, pageUrl: string): WidgetConfig {
  const municipality = data.municipality && SLUG.test(data.municipality) ? data.municipality : 'demo';
  return {
    municipality,
    lang: data.lang || pageLang || 'da',
    mode: data.mode === 'inline' ? 'inline' : 'floating',
    target: data.target ?? null,
    position: data.position === 'left' ? 'left' : 'right',
    logEndpoint: safeEndpoint(data.logEndpoint, pageUrl),
    assisted: data.assisted === 'true',
  };
}
