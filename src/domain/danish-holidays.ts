/**
 * Danish public holidays (helligdage), when public offices are closed. Store bededag was a
 * holiday until 2023; the law that abolished it took effect in 2024.
 */

/** Easter Sunday by the anonymous Gregorian computus. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function shift(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export interface Holiday {
  date: string;
  name: { da: string; en: string };
}

export function danishHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const days: Holiday[] = [
    { date: `${year}-01-01`, name: { da: 'Nytårsdag', en: "New Year's Day" } },
    { date: shift(easter, -3), name: { da: 'Skærtorsdag', en: 'Maundy Thursday' } },
    { date: shift(easter, -2), name: { da: 'Langfredag', en: 'Good Friday' } },
    { date: easter, name: { da: 'Påskedag', en: 'Easter Sunday' } },
    { date: shift(easter, 1), name: { da: '2. påskedag', en: 'Easter Monday' } },
    { date: shift(easter, 39), name: { da: 'Kristi himmelfartsdag', en: 'Ascension Day' } },
    { date: shift(easter, 49), name: { da: 'Pinsedag', en: 'Whit Sunday' } },
    { date: shift(easter, 50), name: { da: '2. pinsedag', en: 'Whit Monday' } },
    { date: `${year}-12-25`, name: { da: 'Juledag', en: 'Christmas Day' } },
    { date: `${year}-12-26`, name: { da: '2. juledag', en: 'Boxing Day' } },
  ];
  if (year <= 2023) days.push({ date: shift(easter, 26), name: { da: 'Store bededag', en: 'General Prayer Day' } });
  return days.sort((x, y) => x.date.localeCompare(y.date));
}

/**
 * Days public offices (Borgerservice, the national authorities' lines) close by custom though
 * they are no public holidays: Constitution Day, Christmas Eve and New Year's Eve. The content
 * listed them year by year, and the lists ran out (and missed 2026's Constitution Day); as a rule
 * they hold every year.
 */
export function isCustomaryClosedDay(date: string): boolean {
  const monthDay = date.slice(5);
  return monthDay === '06-05' || monthDay === '12-24' || monthDay === '12-31';
}

const cache = new Map<number, Set<string>>();

export function isDanishHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let set = cache.get(year);
  if (!set) {
    set = new Set(danishHolidays(year).map((h) => h.date));
    cache.set(year, set);
  }
  return set.has(date);
}
