/**
 * The staff console's i18next instance: the citizen widget's words (its components run in the
 * console unchanged) with the console's own under `console.`. Danish only: the staff pages are
 * for Danish municipalities' own staff; the citizen-facing content inside keeps its language.
 */
import i18next, { type i18n } from 'i18next';
import { consoleDa } from './locales/console-da.js';
import { da } from './locales/da.js';

export async function createConsoleI18n(): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'da',
    initAsync: false,
    resources: { da: { translation: { ...da, console: consoleDa } } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
