import { describe, expect, it } from 'vitest';
import { instantAt, localTime, offsetMinutes, toIsoWithOffset } from '../../src/domain/copenhagen-time.js';

describe('Copenhagen wall-clock time', () => {
  it('reads winter and summer time', () => {
    expect(localTime(new Date('2026-12-01T09:30:00Z'))).toEqual({ date: '2026-12-01', weekday: 'tue', minutes: 10 * 60 + 30 });
    expect(localTime(new Date('2027-06-01T09:30:00Z')).minutes).toBe(11 * 60 + 30);
  });

  it('crosses midnight into the next local day', () => {
    expect(localTime(new Date('2026-12-31T23:30:00Z')).date).toBe('2027-01-01');
  });

  it('finds the instant of a local clock time on both sides of the switches', () => {
    expect(instantAt('2027-03-27', 8 * 60).toISOString()).toBe('2027-03-27T07:00:00.000Z');
    expect(instantAt('2027-03-29', 8 * 60).toISOString()).toBe('2027-03-29T06:00:00.000Z');
    expect(instantAt('2026-10-26', 8 * 60).toISOString()).toBe('2026-10-26T07:00:00.000Z');
  });

  it('writes ISO 8601 with the offset in force', () => {
    expect(toIsoWithOffset(new Date('2026-12-01T07:00:00Z'))).toBe('2026-12-01T08:00:00+01:00');
    expect(toIsoWithOffset(new Date('2027-06-01T06:00:00Z'))).toBe('2027-06-01T08:00:00+02:00');
    expect(offsetMinutes(new Date('2027-03-28T00:59:00Z'))).toBe(60);
    expect(offsetMinutes(new Date('2027-03-28T01:00:00Z'))).toBe(120);
  });
});
