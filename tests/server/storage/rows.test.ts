import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localTime, toIsoWithOffset } from '../../../src/domain/copenhagen-time.js';
import type { HelpedLogEvent } from '../../../src/model/log-event.js';
import { eventRow, groupIncrements, localDay } from '../../../src/server/storage/rows.js';
import { routed } from '../../support/log-events.js';

function helped(topic: string, ts: string): HelpedLogEvent {
  const { v, id, municipality, session, lang, assisted } = routed();
  return { v, id, ts, municipality, session, type: 'helped', lang, assisted, topic, helped: true };
}

const SERVER_TIME = new Date('2026-12-01T10:00:00Z');

describe('the local day an event is counted on', () => {
  it('is the day Intl says, around the summer-time switches and midnights', () => {
    const instants = [
      '2027-03-27T22:59:59.999Z',
      '2027-03-27T23:00:00Z',
      '2027-03-28T00:59:59Z',
      '2027-03-28T01:00:00Z',
      '2027-03-28T21:59:59Z',
      '2027-03-28T22:00:00Z',
      '2026-10-25T00:59:59Z',
      '2026-10-25T01:00:00Z',
      '2026-10-25T22:59:59.999Z',
      '2026-10-25T23:00:00Z',
      '2026-12-31T22:59:59Z',
      '2026-12-31T23:00:00Z',
      '1969-12-31T23:30:00Z',
      '1893-12-31T23:30:00Z',
    ];
    for (const instant of instants) {
      for (const ts of [instant, toIsoWithOffset(new Date(instant))]) expect(localDay(ts), ts).toBe(localTime(new Date(instant)).date);
    }
  });

  it('is the day Intl says for any instant, written with any offset', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1850-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }), fc.integer({ min: -12 * 4, max: 14 * 4 }), (instant, quarters) => {
        const offset = quarters * 15;
        const shifted = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 23);
        const sign = offset < 0 ? '-' : '+';
        const ts = `${shifted}${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
        expect(localDay(ts)).toBe(localTime(instant).date);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a group's roll-up increments", () => {
  it('count each key once per group, without the language, the daily sums also without the topic', () => {
    const ts = '2026-12-02T10:00:00+01:00'; // a Wednesday
    const rows = [routed({ ts, topic: 'pas', lang: 'da' }), routed({ ts, topic: 'pas', lang: 'en' }), routed({ ts, topic: 'pas', lang: 'da' }), helped('flytning', ts), helped('pas', ts)].map(
      (event) => eventRow(event, SERVER_TIME),
    );
    const { stats, days, topics } = groupIncrements(rows);
    expect(stats.map((c) => c.count).sort()).toEqual([1, 1, 3]);
    expect(days.map((c) => [c.key[1], c.key[2], c.count])).toEqual([
      ['2026-12-02', 'helped', 2],
      ['2026-12-02', 'routed', 3],
    ]);
    expect(topics.map((t) => [t.key[2], t.routed])).toEqual([['pas', 3]]);
  });

  it('come in one order whatever order the rows came in (two servers lock roll-up rows alike)', () => {
    const rows = ['pas', 'flytning', 'affald', 'pas', 'barsel'].map((topic, i) => eventRow(routed({ topic, ts: `2026-12-0${1 + (i % 3)}T10:00:00+01:00` }), SERVER_TIME));
    const forwards = groupIncrements(rows);
    const backwards = groupIncrements([...rows].reverse());
    expect(backwards).toEqual(forwards);
  });
});
