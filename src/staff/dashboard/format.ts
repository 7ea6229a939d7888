/** Numbers, shares, kroner and periods in the page's language (Danish: 1.234 · 74 % · 1.234 kr.). */
import type { i18n } from 'i18next';
import type { StatsInterval } from '../../model/stats-api.js';
import type { StaffLang } from '../../i18n/create-staff-i18n.js';
import { weekNumber } from './filters.js';

export interface Format {
  count: (n: number) => string;
  share: (n: number | null) => string;
  kroner: (n: number) => string;
  /** A share change in percentage points, always positive (the words say up or down). */
  points: (n: number) => string;
  date: (iso: string) => string;
  /** A period's short label along an axis: a day's date or a week's number. */
  periodLabel: (from: string, interval: StatsInterval) => string;
  /** A period in full for a table row: "uge 49 (30. nov. – 6. dec. 2026)". */
  periodName: (from: string, to: string, interval: StatsInterval) => string;
}

const LOCALES: Record<StaffLang, string> = { da: 'da-DK', en: 'en-GB' };

export function createFormat(lang: StaffLang, i18n: i18n): Format {
  const locale = LOCALES[lang];
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const kroner = new Intl.NumberFormat(locale, { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 });
  const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // Dates are local calendar dates: formatted as UTC so no time zone moves them a day.
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const full = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const date = (iso: string) => full.format(asDate(iso));
  return {
    count: (n) => count.format(n),
    share: (n) => (n === null ? '–' : share.format(n)),
    kroner: (n) => kroner.format(n),
    points: (n) => `${points.format(Math.abs(n) * 100)} ${lang === 'da' ? 'procentpoint' : 'percentage points'}`,
    date,
    periodLabel: (from, interval) => (interval === 'day' ? day.format(asDate(from)) : String(weekNumber(from))),
    periodName: (from, to, interval) =>
      interval === 'day' ? date(from) : `${i18n.t('weekLabel', { week: weekNumber(from) })} (${from === to ? date(from) : `${day.format(asDate(from))} – ${date(to)}`})`,
  };
}
