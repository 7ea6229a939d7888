/**
 * Whether a year, month and day name a day that exists. JavaScript's Date rolls 30 February over
 * to 2 March, so every boundary that takes a date from outside (the route contract's `now`, a log
 * event's `ts`, a statistics range) checks it here first.
 */

/** Days in a month (1–12) of a year, leap years counted. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(year) ? 1 : 0);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
