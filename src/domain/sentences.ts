/** Fills {placeholders} in content sentences and says a time the way a person would. */
import { addDays, localTime } from './copenhagen-time.js';
import type { ContentLang } from '../model/vocabulary.js';

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

const DAY_NAMES: Record<ContentLang, Record<string, string>> = {
  da: { mon: 'mandag', tue: 'tirsdag', wed: 'onsdag', thu: 'torsdag', fri: 'fredag', sat: 'lørdag', sun: 'søndag' },
  en: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
};
const MONTHS: Record<ContentLang, string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "i morgen kl. 08:00", "mandag 7. december kl. 08:00" — relative to `now`, in Copenhagen time. */
export function sayWhen(at: Date, now: Date, lang: ContentLang): string {
  const when = localTime(at);
  const today = localTime(now).date;
  const clock = `${String(Math.floor(when.minutes / 60)).padStart(2, '0')}:${String(when.minutes % 60).padStart(2, '0')}`;
  const day = Number(when.date.slice(8, 10));
  const month = MONTHS[lang][Number(when.date.slice(5, 7)) - 1];
  if (lang === 'da') {
    if (when.date === today) return `i dag kl. ${clock}`;
    if (when.date === addDays(today, 1)) return `i morgen kl. ${clock}`;
    return `${DAY_NAMES.da[when.weekday]} ${day}. ${month} kl. ${clock}`;
  }
  if (when.date === today) return `today at ${clock}`;
  if (when.date === addDays(today, 1)) return `tomorrow at ${clock}`;
  return `${DAY_NAMES.en[when.weekday]} ${day} ${month} at ${clock}`;
}
