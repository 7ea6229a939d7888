/**
 * The widget's own i18next instance: never the host page's global, which may be another version
 * with other resources. Danish and English cover everything; Arabic and Ukrainian cover the
 * interface, and topic content falls back to English.
 */
import i18next, { type i18n } from 'i18next';
import { da, type Messages } from './locales/da.js';
import { en } from './locales/en.js';
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

/** Arabic and Ukrainian load only when chosen: most citizens never pay for them. */
async function messagesFor(lang: UiLang): Promise<Messages> {
  switch (lang) {
    case 'ar':
      return (await import('./locales/ar.js')).ar;
    case 'uk':
      return (await import('./locales/uk.js')).uk;
    case 'en':
      return en;
    default:
      return da;
  }
}

export async function createI18n(lang: UiLang): Promise<i18n> {
  const instance = i18next.createInstance();
  const resources: Record<string, { translation: Messages }> = { en: { translation: en } };
  resources[lang] = { translation: await messagesFor(lang) };
  await instance.init({
    lng: lang,
    fallbackLng: 'en',
    initAsync: false,
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
