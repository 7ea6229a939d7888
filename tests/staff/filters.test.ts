/** The dashboard's filter and its address: presets by name, free dates, refused values named. */
import { describe, expect, it } from 'vitest';
import { filterSearch, intervalFor, parseFilter, presetRange, previousRange, shownMunicipality } from '../../src/staff/dashboard/filters.js';

const TODAY = '2026-12-06';
const manager = { topics: new Set(['flytning', 'pas']), municipalities: ['demo'] };
const operator = { topics: manager.topics, municipalities: ['aarhus', 'demo', 'esbjerg'] };

describe('the dashboard filter in the address', () => {
  it('opens on this year for the manager’s own municipality', () => {
    const { filter, notices } = parseFilter('', TODAY, manager);
    expect(filter).toEqual({ preset: 'year', from: '2026-01-01', to: TODAY, topic: null, intent: null, municipality: null });
    expect(notices).toEqual([]);
    expect(shownMunicipality(filter, manager)).toBe('demo');
    expect(shownMunicipality(filter, operator)).toBe('*');
  });

  it('presets are kept by name, so a bookmark of this month shows the month it is opened in', () => {
    expect(presetRange('month', TODAY)).toEqual({ from: '2026-12-01', to: TODAY });
    expect(presetRange('30d', TODAY)).toEqual({ from: '2026-11-07', to: TODAY });
    expect(presetRange('30d', '2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    const { filter } = parseFilter('?range=month', '2027-02-14', manager);
    expect([filter.from, filter.to]).toEqual(['2027-02-01', '2027-02-14']);
    expect(filterSearch(filter)).toBe('?range=month');
  });

  it('every filter reads back to itself from its address', () => {
    const filters = [
      { preset: null, from: '2026-03-01', to: '2026-03-31', topic: 'pas', intent: 'transaction', municipality: null },
      { preset: '30d', from: '2026-11-07', to: TODAY, topic: null, intent: 'information', municipality: '*' },
      { preset: 'year', from: '2026-01-01', to: TODAY, topic: 'flytning', intent: null, municipality: 'esbjerg' },
    ] as const;
    for (const filter of filters) {
      const back = parseFilter(filterSearch(filter), TODAY, operator);
      expect(back).toEqual({ filter, notices: [] });
    }
  });

  it('names each value it cannot use and shows the rest', () => {
    const { filter, notices } = parseFilter('?from=2026-02-30&to=2026-03-01&topic=nope&intent=gossip&municipality=aarhus', TODAY, manager);
    expect(filter).toEqual({ preset: 'year', from: '2026-01-01', to: TODAY, topic: null, intent: null, municipality: null });
    expect(notices).toEqual([
      { parameter: 'from', value: '2026-02-30', problem: 'notADate' },
      { parameter: 'topic', value: 'nope', problem: 'unknown' },
      { parameter: 'intent', value: 'gossip', problem: 'unknown' },
      { parameter: 'municipality', value: 'aarhus', problem: 'unknown' },
    ]);
    expect(parseFilter('?from=2026-03-02&to=2026-03-01', TODAY, manager).notices).toEqual([{ parameter: 'to', value: '2026-03-01', problem: 'order' }]);
    expect(parseFilter('?from=2020-01-01&to=2026-03-01', TODAY, manager).notices[0]?.problem).toBe('tooLong');
    expect(parseFilter('?from=2027-01-01&to=2027-01-02', TODAY, manager).notices[0]?.problem).toBe('future');
    expect(parseFilter('?range=decade', TODAY, manager).notices).toEqual([{ parameter: 'range', value: 'decade', problem: 'unknown' }]);
  });

  it('a manager cannot ask for all municipalities; an operator can', () => {
    expect(parseFilter('?municipality=*', TODAY, manager).notices[0]).toEqual({ parameter: 'municipality', value: '*', problem: 'unknown' });
    expect(parseFilter('?municipality=*', TODAY, operator).filter.municipality).toBe('*');
  });

  it('compares with the period of the same length just before; days up to a month, weeks beyond', () => {
    expect(previousRange('2026-11-07', '2026-12-06')).toEqual({ from: '2026-10-08', to: '2026-11-06' });
    expect(previousRange('2026-03-01', '2026-03-01')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    expect(intervalFor('2026-12-01', '2026-12-31')).toBe('day');
    expect(intervalFor('2026-12-01', '2027-01-01')).toBe('week');
  });
});
