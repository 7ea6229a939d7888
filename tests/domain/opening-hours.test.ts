import { describe, expect, it } from 'vitest';
import { toIsoWithOffset } from '../../src/domain/copenhagen-time.js';
import { openingState } from '../../src/domain/opening-hours.js';

const weekdays = { mon: ['08:00-15:00'], tue: ['08:00-15:00'], wed: ['08:00-15:00'], thu: ['08:00-17:00'], fri: ['08:00-13:00'] };
const schedule = { weekly: weekdays, closedDays: ['2026-12-24'] };
const at = (iso: string) => openingState(schedule, new Date(iso));
const opens = (iso: string) => {
  const s = at(iso);
  return s.opensAt && toIsoWithOffset(s.opensAt);
};

describe('opening hours', () => {
  it('are open on a weekday morning and say when they close', () => {
    const s = at('2026-12-01T10:30:00+01:00');
    expect(s.open).toBe(true);
    expect(s.closesAt && toIsoWithOffset(s.closesAt)).toBe('2026-12-01T15:00:00+01:00');
  });

  it('are closed before opening and open later the same day', () => {
    expect(at('2026-12-01T07:59:00+01:00').open).toBe(false);
    expect(opens('2026-12-01T07:59:00+01:00')).toBe('2026-12-01T08:00:00+01:00');
  });

  it('close at the closing minute', () => {
    expect(at('2026-12-01T15:00:00+01:00').open).toBe(false);
    expect(opens('2026-12-01T15:00:00+01:00')).toBe('2026-12-02T08:00:00+01:00');
  });

  it('are closed at the weekend and open on Monday', () => {
    expect(at('2026-12-06T13:00:00+01:00').open).toBe(false);
    expect(opens('2026-12-06T13:00:00+01:00')).toBe('2026-12-07T08:00:00+01:00');
  });

  it('are closed from Christmas Eve over the Christmas holidays and the weekend', () => {
    expect(at('2026-12-24T10:00:00+01:00').open).toBe(false);
    expect(opens('2026-12-24T10:00:00+01:00')).toBe('2026-12-28T08:00:00+01:00');
  });

  it('are closed over Easter 2027 and open after Easter Monday in summer time', () => {
    expect(at('2027-03-25T10:00:00+01:00').open).toBe(false);
    expect(opens('2027-03-25T10:00:00+01:00')).toBe('2027-03-30T08:00:00+02:00');
  });

  it('never open when no hours are kept', () => {
    expect(openingState({ weekly: {} }, new Date('2026-12-01T10:00:00+01:00'))).toEqual({ open: false, closesAt: null, opensAt: null });
  });

  it('are always open for a 24-hour line, on holidays and at night too', () => {
    for (const iso of ['2026-12-24T03:00:00+01:00', '2027-03-29T10:00:00+02:00', '2026-12-06T23:59:00+01:00'])
      expect(openingState({ always: true, weekly: {} }, new Date(iso))).toEqual({ open: true, closesAt: null, opensAt: null });
  });
});

describe('the days Borgerservice closes by custom', () => {
  const borgerservice = { weekly: weekdays, customaryClosed: true };
  it.each(['2026-06-05T10:00:00+02:00', '2028-12-24T10:00:00+01:00', '2031-12-31T10:00:00+01:00'])('are closed on %s, whatever the year', (iso) => {
    expect(openingState(borgerservice, new Date(iso)).open).toBe(false);
  });

  it('are open the day before, and on those days for a line that keeps no such custom', () => {
    expect(openingState(borgerservice, new Date('2031-12-30T10:00:00+01:00')).open).toBe(true);
    expect(openingState({ weekly: weekdays }, new Date('2026-06-05T10:00:00+02:00')).open).toBe(true);
  });
});
