import i18next, { type TFunction } from 'i18next';
import { da } from '../../src/i18n/locales/da.js';
import { en } from '../../src/i18n/locales/en.js';

/** A synchronous instance with Danish and English, for component tests. */
export function testI18n(lang: 'da' | 'en'): TFunction {
  const i = i18next.createInstance();
  void i.init({ lng: lang, initAsync: false, resources: { da: { translation: da }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return i.t;
}
