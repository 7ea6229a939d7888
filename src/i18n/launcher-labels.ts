/**
 * The launcher's label in each interface language, from the locales: the loader imports this
 * before anything else, and the build keeps only these strings of the locale files.
 */
import type { UiLang } from '../model/vocabulary.js';
import { launcherLabel as ar } from './locales/ar.js';
import { launcherLabel as da } from './locales/da.js';
import { launcherLabel as en } from './locales/en.js';
import { launcherLabel as uk } from './locales/uk.js';

export const LAUNCHER_LABELS: Readonly<Record<UiLang, string>> = { da, en, ar, uk };
