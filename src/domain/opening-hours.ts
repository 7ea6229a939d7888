/** Whether a phone line or desk is open at an instant, and when it next opens or closes. */
import { addDays, instantAt, localTime, weekdayOf } from './copenhagen-time.js';
import { isCustomaryClosedDay, isDanishHoliday } from './danish-holidays.js';
import type { WeeklyHours } from '../model/content-schema.js';

export interface Schedule {
  /** A 24-hour line: open every day of the year, holidays included. */
  always?: boolean;
  weekly: WeeklyHours;
  /** Extra closed days (yyyy-mm-dd) beside the public holidays, e.g. a staff day. */
  closedDays?: readonly string[];
  /** Closed on the days public offices close by custom (isCustomaryClosedDay): Borgerservice's and the authorities' hours. */
  customaryClosed?: boolean;
}

export interface OpeningState {
  open: boolean;
  /** When an open line closes (today), or null when closed. */
  closesAt: Date | null;
  /** When a closed line next opens, or null when open or never within the horizon. */
  opensAt: Date | null;
}

const HORIZON_DAYS = 21;

function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function intervalsOn(schedule: Schedule, date: string): Array<[number, number]> {
  if (isDanishHoliday(date) || (schedule.customaryClosed && isCustomaryClosedDay(date)) || schedule.closedDays?.includes(date)) return [];
  return (schedule.weekly[weekdayOf(date)] ?? []).map((s): [number, number] => [toMinutes(s.slice(0, 5)), toMinutes(s.slice(6, 11))]).sort((a, b) => a[0] - b[0]);
}

export function openingState(schedule: Schedule, now: Date): OpeningState {
  if (schedule.always) return { open: true, closesAt: null, opensAt: null };
  const here = localTime(now);
  for (const [from, to] of intervalsOn(schedule, here.date)) {
    if (here.minutes >= from && here.minutes < to) return { open: true, closesAt: instantAt(here.date, to), opensAt: null };
    if (here.minutes < from) return { open: false, closesAt: null, opensAt: instantAt(here.date, from) };
  }
  for (let i = 1; i <= HORIZON_DAYS; i++) {
    const date = addDays(here.date, i);
    const first = intervalsOn(schedule, date)[0];
    if (first) return { open: false, closesAt: null, opensAt: instantAt(date, first[0]) };
  }
  return { open: false, closesAt: null, opensAt: null };
}
