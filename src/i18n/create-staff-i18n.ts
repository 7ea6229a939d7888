/**
 * The staff pages' i18next instance: Danish and English, both small enough to ship together, so
 * switching language needs no download.
 */
import i18next, { type i18n } from 'i18next';
import { staffDa } from './locales/staff-da.js';
import { staffEn } from './locales/staff-en.js';

export const STAFF_LANGS = ['da', 'en'] as const;
export type StaffLang = (typeof STAFF_LANGS)[number];

/** The language asked for (`?lang=`, the browser's), or Danish: the municipalities' own language. */
export function staffLang(requested: string | null | undefined): StaffLang {
  const base = (requested ?? '').toLowerCase().split('-')[0];
  return base === 'en' ? 'en' : 'da';
}

export function createStaffI18n(lang: StaffLang): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'da',
    initAsync: false,
    resources: { da: { translation: staffDa }, en: { translation: staffEn } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
