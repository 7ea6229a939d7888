import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { danishHolidays, easterSunday, isDanishHoliday } from '../../src/domain/danish-holidays.js';

describe('Danish public holidays', () => {
  it('match the date-holidays oracle for every year 1900–2200', () => {
    const oracle = new Holidays('DK');
    for (let year = 1900; year <= 2200; year++) {
      const expected = oracle
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10))
        .sort();
      expect(
        danishHolidays(year).map((h) => h.date),
        String(year),
      ).toEqual(expected);
    }
  });

  it('know Easter Sunday 2027 and 2026', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
  });

  it('no longer include Store bededag from 2024', () => {
    expect(isDanishHoliday('2023-05-05')).toBe(true);
    expect(isDanishHoliday('2024-04-26')).toBe(false);
  });

  it('include Whit Monday 2027 and not an ordinary Monday', () => {
    expect(isDanishHoliday('2027-05-17')).toBe(true);
    expect(isDanishHoliday('2027-05-10')).toBe(false);
  });
});
