/**
 * Wall-clock time in Europe/Copenhagen on top of Intl, which knows the summer-time switches.
 * A Temporal polyfill would cost 19–47 KB in the widget for the same three functions.
 */
import { WEEKDAYS, type Weekday } from '../model/vocabulary.js';

export const TIME_ZONE = 'Europe/Copenhagen';

export interface LocalTime {
  /** yyyy-mm-dd */
  date: string;
  weekday: Weekday;
  /** minutes since local midnight */
  minutes: number;
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});

const SHORT_DAYS: Record<string, Weekday> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };

function parts(instant: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatter.formatToParts(instant)) out[p.type] = p.value;
  return out;
}

export function localTime(instant: Date): LocalTime {
  const p = parts(instant);
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    weekday: SHORT_DAYS[p.weekday!]!,
    minutes: Number(p.hour) * 60 + Number(p.minute),
  };
}

/** Offset from UTC in minutes at that instant (+60 in winter, +120 in summer). */
export function offsetMinutes(instant: Date): number {
  const p = parts(instant);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant at which Copenhagen's clock shows `date` and `minutes` past midnight. */
export function instantAt(date: string, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d, 0, minutes);
  // Try the winter and summer offsets; the one whose round trip shows the same clock wins.
  for (const offset of [60, 120]) {
    const candidate = new Date(naive - offset * 60000);
    const back = localTime(candidate);
    if (back.date === date && back.minutes === minutes) return candidate;
  }
  // A clock time skipped by the spring switch: take the instant just after it.
  return new Date(naive - 60 * 60000);
}

/** ISO 8601 with Copenhagen's offset, e.g. 2026-12-01T08:00:00+01:00. */
export function toIsoWithOffset(instant: Date): string {
  const offset = offsetMinutes(instant);
  const local = new Date(instant.getTime() + offset * 60000);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
}
