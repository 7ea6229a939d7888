/**
 * The widget's own i18next instance: never the host page's global, which may be another version
 * with other resources. Danish and English cover everything; Arabic and Ukrainian cover the
 * interface, and topic content falls back to English.
 */
import i18next, { type i18n } from 'i18next';
import { da, type Messages } from './locales/da.js';
import { UI_LANGS, type UiLang } from '../model/vocabulary.js';

// The routing log's schema names the interface languages too, so the list lives in the model.
export { UI_LANGS, type UiLang };

export const LANG_NAMES: Record<UiLang, string> = { da: 'Dansk', en: 'English', ar: 'العربية', uk: 'Українська' };
const RTL: ReadonlySet<UiLang> = new Set(['ar']);

export function uiLang(requested: string | null | undefined): UiLang {
  const base = (requested ?? '').toLowerCase().split('-')[0];
  return (UI_LANGS as readonly string[]).includes(base ?? '') ? (base as UiLang) : 'da';
}

export function isRtl(lang: UiLang): boolean {
  return RTL.has(lang);
}

/**
 * Only Danish, the language most citizens use, comes with the app; the others load when chosen,
 * so the Danish path to a recommendation does not carry them.
 */
async function messagesFor(lang: UiLang): Promise<Messages> {
  switch (lang) {
    case 'ar':
      return (await import('./locales/ar.js')).ar;
    case 'uk':
      return (await import('./locales/uk.js')).uk;
    case 'en':
      return (await import('./locales/en.js')).en;
    default:
      return da;
  }
}

/** English fills what a translation lacks; Danish is complete (its shape is the Messages type). */
const fallbackFor = (lang: UiLang): UiLang => (lang === 'da' ? 'da' : 'en');

export async function createI18n(lang: UiLang): Promise<i18n> {
  const instance = i18next.createInstance();
  const fallback = fallbackFor(lang);
  const resources: Record<string, { translation: Messages }> = {};
  for (const l of new Set([fallback, lang])) resources[l] = { translation: await messagesFor(l) };
  await instance.init({
    lng: lang,
    fallbackLng: fallback,
    initAsync: false,
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
