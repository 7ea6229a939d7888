import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  applicationsThroughSelfservice,
  assistedShare,
  chosenDigitalShare,
  contactPrice,
  digitalShare,
  emergenciesShown,
  estimatedCost,
  followThrough,
  helpedShare,
  integratedSelfserviceCount,
  isoWeek,
  komhenCounts,
  municipalityStats,
  notFoundCount,
  periodsOf,
  saving,
  statsCountsOf,
  targetsOf,
  topicsMostRouted,
  type CostModel,
} from '../../src/domain/channel-stats.js';
import { tallyOf } from '../../src/domain/stats-measures.js';
import { MunicipalityStatsSchema, type RollupRow } from '../../src/model/stats-api.js';
import { rollupRow } from '../support/rollup-row.js';

const row = rollupRow;
const click = (recommended: string, chosen: string, count = 1) => row({ type: 'followed', intent: null, recommended, chosen, count });

/** The formulas read the rows' sums (what the store sums in the database), as they are summed here. */
const t = tallyOf;
/** Routed decisions by topic over the rows. */
const topicCounts = (rows: readonly RollupRow[]) => statsCountsOf(rows, { from: '2026-12-01', to: '2026-12-01', interval: 'day' }, () => []).rangeTopics;

/** Bornholm's (KL) default prices. */
const KL: CostModel = { costs: { selfservice: 0, selfserviceManual: 19, phone: 31, letter: 52, email: 51, meeting: 57 }, integratedSelfservice: [] };

describe('digital share', () => {
  it.each([
    { case: 'nothing routed', rows: [], share: null },
    { case: 'all self-service', rows: [row({ count: 3 })], share: 1 },
    { case: 'web, Min Side and Digital Post are digital', rows: [row({ recommended: 'web' }), row({ recommended: 'minside' }), row({ recommended: 'digitalpost' })], share: 1 },
    { case: 'phone, assisted and meeting are not', rows: [row({ recommended: 'phone' }), row({ recommended: 'assisted' }), row({ recommended: 'meeting' }), row()], share: 0.25 },
    { case: 'emergencies are left out', rows: [row(), row({ type: 'emergency', recommended: null, kind: 'fire', count: 9 })], share: 1 },
    { case: 'clicks do not count as decisions', rows: [row({ recommended: 'phone' }), click('selfservice', 'selfservice', 5)], share: 0 },
  ])('$case', ({ rows, share }) => {
    expect(digitalShare(t(rows))).toBe(share);
  });
});

describe('chosen digital share where citizens clicked', () => {
  it.each([
    { case: 'no clicks', rows: [row()], share: null },
    { case: 'one of four chose phone', rows: [click('selfservice', 'selfservice', 2), click('web', 'web'), click('selfservice', 'phone')], share: 0.75 },
  ])('$case', ({ rows, share }) => {
    expect(chosenDigitalShare(t(rows))).toBe(share);
  });
});

describe('applications through self-service', () => {
  it('counts transactions recommended self-service, and clicks that kept it', () => {
    const rows = [
      row({ count: 6 }),
      row({ recommended: 'meeting', count: 2 }),
      row({ intent: 'information', recommended: 'web', count: 50 }),
      click('selfservice', 'selfservice', 3),
      click('selfservice', 'phone', 1),
      click('web', 'web', 7),
    ];
    expect(applicationsThroughSelfservice(t(rows))).toEqual({ transactions: 8, selfservice: 6, share: 0.75, clicked: 4, chosenSelfservice: 3, chosenShare: 0.75 });
  });

  it('says null, not 0, when there were no applications', () => {
    expect(applicationsThroughSelfservice(t([row({ intent: 'information', recommended: 'web' })])).share).toBeNull();
  });
});

describe('follow-through', () => {
  it.each([
    { case: 'nothing routed', rows: [], value: null },
    { case: 'half followed the recommendation', rows: [row({ count: 4 }), click('selfservice', 'selfservice', 2), click('selfservice', 'phone', 2)], value: 0.5 },
    { case: 'a repeated click is not hidden', rows: [row(), click('phone', 'phone', 2)], value: 2 },
  ])('$case', ({ rows, value }) => {
    expect(followThrough(t(rows))).toBe(value);
  });
});

describe('estimated cost and saving', () => {
  it.each([
    { channel: 'web', topic: 'flytning', model: KL, price: 0 },
    { channel: 'minside', topic: 'flytning', model: KL, price: 0 },
    { channel: 'digitalpost', topic: 'flytning', model: KL, price: 0 },
    { channel: 'selfservice', topic: 'flytning', model: KL, price: 19 },
    { channel: 'selfservice', topic: 'flytning', model: { ...KL, integratedSelfservice: ['flytning'] }, price: 0 },
    { channel: 'selfservice', topic: 'pas', model: { ...KL, integratedSelfservice: ['flytning'] }, price: 19 },
    { channel: 'phone', topic: 'flytning', model: KL, price: 31 },
    { channel: 'assisted', topic: 'flytning', model: KL, price: 31 },
    { channel: 'meeting', topic: 'pas', model: KL, price: 57 },
  ])('one contact routed to $channel ($topic) costs $price kr.', ({ channel, topic, model, price }) => {
    expect(contactPrice(channel, topic, model)).toBe(price);
  });

  it('prices the mix with the municipality’s own model and saves against all-by-phone', () => {
    const rows = [row({ count: 10 }), row({ recommended: 'phone', count: 2 }), row({ recommended: 'meeting' }), row({ type: 'emergency', recommended: null, kind: 'medical', count: 4 })];
    expect(estimatedCost(t(rows), 0, KL)).toBe(10 * 19 + 2 * 31 + 57);
    expect(saving(t(rows), 0, KL)).toBe(13 * 31 - (10 * 19 + 2 * 31 + 57));
    const dearPhone = { ...KL, costs: { ...KL.costs, phone: 100 } };
    expect(saving(t(rows), 0, dearPhone)).toBe(13 * 100 - (10 * 19 + 2 * 100 + 57));
    // flytning's self-service integrated: its ten cost what integrated self-service costs, pas's three manual handling.
    const integrated = { ...KL, costs: { ...KL.costs, selfservice: 2 }, integratedSelfservice: ['flytning'] };
    const withPas = [...rows, row({ topic: 'pas', count: 3 })];
    expect(integratedSelfserviceCount(withPas, integrated.integratedSelfservice)).toBe(10);
    expect(estimatedCost(t(withPas), 10, integrated)).toBe(10 * 2 + 3 * 19 + 2 * 31 + 57);
  });
});

describe('the other numbers', () => {
  it('did it help: yes ÷ answers', () => {
    expect(helpedShare(t([row({ type: 'helped', helped: true, count: 3 }), row({ type: 'helped', helped: false })]))).toEqual({ yes: 3, no: 1, share: 0.75 });
  });

  it('assisted share of routed decisions', () => {
    expect(assistedShare(t([row({ assisted: true }), row({ count: 3 })]))).toEqual({ count: 1, share: 0.25 });
  });

  it('emergencies by kind', () => {
    const e = emergenciesShown(t([row({ type: 'emergency', kind: 'suicide', count: 2 }), row({ type: 'emergency', kind: 'fire' })]));
    expect(e.total).toBe(3);
    expect(e.byKind).toEqual({ suicide: 2, violence: 0, child: 0, medical: 0, poisoning: 0, fire: 1 });
  });

  it('topics most routed, most first, ties by id', () => {
    const rows = [row({ topic: 'pas', count: 2 }), row({ topic: 'affald', count: 2 }), row({ count: 5 }), row({ type: 'helped', topic: 'skat', helped: true, count: 99 })];
    expect(topicsMostRouted(topicCounts(rows))).toEqual([
      { topic: 'flytning', count: 5 },
      { topic: 'affald', count: 2 },
      { topic: 'pas', count: 2 },
    ]);
    expect(topicsMostRouted(topicCounts(rows), 1)).toHaveLength(1);
  });

  it('searches that found nothing', () => {
    expect(notFoundCount(t([row({ type: 'notFound', topic: null, intent: null, recommended: null, count: 4 }), row()]))).toBe(4);
  });

  it.each<{ case: string; targets: Record<string, number | boolean> | undefined; expected: object }>([
    { case: 'no targets', targets: undefined, expected: { digitalShare: 0.5, applications: 0.8, firstContactResolution: 0.6 } },
    { case: 'own digital share', targets: { digitalShare: 0.8 }, expected: { digitalShare: 0.8, applications: 0.8, firstContactResolution: 0.6 } },
    { case: 'own applications target', targets: { applicationsSelfservice: 0.9, halveExpensiveInformation: true }, expected: { digitalShare: 0.5, applications: 0.9, firstContactResolution: 0.6 } },
    { case: 'own first-contact resolution target', targets: { firstContactResolution: 0.75 }, expected: { digitalShare: 0.5, applications: 0.8, firstContactResolution: 0.75 } },
  ])('targets: $case', ({ targets, expected }) => {
    expect(targetsOf({ targets })).toEqual(expected);
  });
});

describe('periods in Europe/Copenhagen local dates, both ends inclusive', () => {
  it.each([
    { from: '2026-12-01', to: '2026-12-01', interval: 'day' as const, labels: ['2026-12-01'] },
    { from: '2026-12-30', to: '2027-01-02', interval: 'day' as const, labels: ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'] },
    // Tuesday to the Tuesday after next: the first and last week are clipped to the range.
    { from: '2026-12-01', to: '2026-12-15', interval: 'week' as const, labels: ['2026-W49', '2026-W50', '2026-W51'] },
    // Across the summer-time switch (29 March 2027): still seven days a week.
    { from: '2027-03-22', to: '2027-04-04', interval: 'week' as const, labels: ['2027-W12', '2027-W13'] },
  ])('$interval from $from to $to', ({ from, to, interval, labels }) => {
    const periods = periodsOf(from, to, interval);
    expect(periods.map((p) => p.label)).toEqual(labels);
    expect(periods[0]!.from).toBe(from);
    expect(periods.at(-1)!.to).toBe(to);
  });

  it('clips weeks to the range', () => {
    expect(periodsOf('2026-12-01', '2026-12-15', 'week').map((p) => [p.from, p.to])).toEqual([
      ['2026-12-01', '2026-12-06'],
      ['2026-12-07', '2026-12-13'],
      ['2026-12-14', '2026-12-15'],
    ]);
  });

  it.each([
    { date: '2026-12-31', week: '2026-W53' },
    { date: '2027-01-03', week: '2026-W53' },
    { date: '2027-01-04', week: '2027-W01' },
    { date: '2025-12-29', week: '2026-W01' },
  ])('$date is in week $week', ({ date, week }) => {
    expect(isoWeek(date)).toBe(week);
  });
});

describe('a municipality over a range', () => {
  it('splits the rows per period, keeps empty periods and matches the response schema', () => {
    const rows = [row({ day: '2026-12-01', count: 2 }), row({ day: '2026-12-03', recommended: 'phone' }), row({ municipality: 'esbjerg', count: 100 })];
    const contact = { municipality: 'aarhus', day: '2026-12-03', topic: 'pas', intent: 'transaction', came: 'desk', solvedAtFirstContact: true, selfServiceWithHelp: false, count: 2 } as const;
    const contacts = [contact, { ...contact, municipality: 'esbjerg', count: 50 }];
    const range = { from: '2026-12-01', to: '2026-12-03', interval: 'day' } as const;
    const stats = municipalityStats(
      'aarhus',
      statsCountsOf(rows, range, () => []),
      range,
      { ...KL, targets: undefined },
      [],
      contacts,
    );
    expect(stats.periods.map((p) => p.routed)).toEqual([2, 0, 1]);
    expect(stats.total.routed).toBe(3);
    expect(stats.total.digitalShare).toBeCloseTo(2 / 3);
    expect(stats.periods[1]!.digitalShare).toBeNull();
    expect(stats.periods.map((p) => p.contacts.registered)).toEqual([0, 0, 2]);
    expect(stats.total.contacts.byCame).toEqual({ phone: 0, desk: 2, chat: 0 });
    expect(v.parse(MunicipalityStatsSchema, stats)).toEqual(stats);
  });
});

describe('the KOMHEN-style counts', () => {
  it('counts routed decisions per period, municipality, area, inquiry type and channel', () => {
    const areas: Record<string, string> = { flytning: 'Borgerservice – folkeregister og valg', pas: 'Borgerservice – pas, kørekort og ID' };
    const rows = [
      row({ count: 2 }),
      row({ day: '2026-12-02', count: 3 }),
      row({ topic: 'pas', recommended: 'meeting' }),
      row({ day: '2026-12-08' }),
      row({ type: 'emergency', kind: 'fire', recommended: null }),
      click('selfservice', 'selfservice'),
    ];
    const lines = komhenCounts(rows, { from: '2026-12-01', to: '2026-12-08', interval: 'week' }, (t) => (t !== null && areas[t]) || 'uden område');
    expect(lines).toEqual([
      { period: '2026-W49', municipality: 'aarhus', area: 'Borgerservice – folkeregister og valg', intent: 'transaction', channel: 'selfservice', count: 5 },
      { period: '2026-W49', municipality: 'aarhus', area: 'Borgerservice – pas, kørekort og ID', intent: 'transaction', channel: 'meeting', count: 1 },
      { period: '2026-W50', municipality: 'aarhus', area: 'Borgerservice – folkeregister og valg', intent: 'transaction', channel: 'selfservice', count: 1 },
    ]);
  });
});
