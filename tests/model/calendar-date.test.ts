/** Real days, by table: what every date boundary checks before JavaScript rolls 30 February over. */
import { describe, expect, it } from 'vitest';
import { daysInMonth, isRealDate } from '../../src/model/calendar-date.js';

describe('calendar dates', () => {
  const table: Array<[number, number, number, boolean]> = [
    [2026, 2, 28, true],
    [2026, 2, 29, false],
    [2028, 2, 29, true],
    [2100, 2, 29, false],
    [2000, 2, 29, true],
    [2026, 4, 31, false],
    [2026, 12, 31, true],
    [2026, 13, 1, false],
    [2026, 0, 1, false],
    [2026, 1, 0, false],
  ];
  for (const [y, m, d, real] of table) it(`${y}-${m}-${d} is ${real ? '' : 'not '}a day`, () => expect(isRealDate(y, m, d)).toBe(real));

  it('counts the days of every month, leap years included', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2028, 2)).toBe(29);
  });
});
