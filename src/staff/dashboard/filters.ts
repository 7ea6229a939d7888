/**
 * The dashboard's filter and the address that keeps it: a view can be bookmarked and shared. A
 * preset (this month, last 30 days, this year) is kept by name, so a bookmark of "this month"
 * shows the current month when opened later; free dates are kept as dates. A value in the address
 * that cannot be used is dropped with a notice naming it, never silently.
 */
import { addDays, isoWeek } from '../../domain/channel-stats.js';
import { ALL_MUNICIPALITIES, daysInRange, isCalendarDate, MAX_RANGE_DAYS, type StatsInterval } from '../../model/stats-api.js';
import { INTENTS, type Intent } from '../../model/vocabulary.js';

export const PRESETS = ['month', '30d', 'year'] as const;
export type Preset = (typeof PRESETS)[number];

export interface DashboardFilter {
  /** A named range, or null for the free dates in from and to. */
  preset: Preset | null;
  from: string;
  to: string;
  topic: string | null;
  intent: Intent | null;
  /** A municipality's slug or '*' (operators); null: the manager's own. */
  municipality: string | null;
}

/** A value from the address that was not used, and why (in the page's words: a key and the value). */
export interface FilterNotice {
  parameter: 'range' | 'from' | 'to' | 'topic' | 'intent' | 'municipality';
  value: string;
  problem: 'unknown' | 'notADate' | 'order' | 'tooLong' | 'future';
}

/** What the address may name: the reader's own topics and municipalities (from /api/stats/filters). */
export interface FilterChoices {
  topics: ReadonlySet<string>;
  /** The municipalities this reader may see; '*' is allowed when there is more than one. */
  municipalities: readonly string[];
}

export const DEFAULT_PRESET: Preset = 'year';

export function presetRange(preset: Preset, today: string): { from: string; to: string } {
  switch (preset) {
    case 'month':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case '30d':
      return { from: addDays(today, -29), to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/** The period of the same length just before: what the headline figures compare with. */
export function previousRange(from: string, to: string): { from: string; to: string } {
  const days = daysInRange(from, to);
  return { from: addDays(from, -days), to: addDays(from, -1) };
}

/** Days for a month or less, weeks beyond: a chart of more than ~31 bars stops being readable. */
export function intervalFor(from: string, to: string): StatsInterval {
  return daysInRange(from, to) <= 31 ? 'day' : 'week';
}

/** The week number of a period's first day (49 for 2026-W49). */
export function weekNumber(date: string): number {
  return Number(isoWeek(date).slice(-2));
}

export function parseFilter(search: string, today: string, choices: FilterChoices): { filter: DashboardFilter; notices: FilterNotice[] } {
  const params = new URLSearchParams(search);
  const notices: FilterNotice[] = [];
  const get = (name: string) => params.get(name);

  let preset: Preset | null = DEFAULT_PRESET;
  let { from, to } = presetRange(DEFAULT_PRESET, today);
  const range = get('range');
  const rawFrom = get('from');
  const rawTo = get('to');
  if (range !== null) {
    if ((PRESETS as readonly string[]).includes(range)) {
      preset = range as Preset;
      ({ from, to } = presetRange(preset, today));
    } else notices.push({ parameter: 'range', value: range, problem: 'unknown' });
  } else if (rawFrom !== null || rawTo !== null) {
    const fromOk = rawFrom !== null && isCalendarDate(rawFrom);
    const toOk = rawTo !== null && isCalendarDate(rawTo);
    if (!fromOk) notices.push({ parameter: 'from', value: rawFrom ?? '', problem: 'notADate' });
    if (!toOk) notices.push({ parameter: 'to', value: rawTo ?? '', problem: 'notADate' });
    if (fromOk && toOk) {
      if (rawFrom > rawTo) notices.push({ parameter: 'to', value: rawTo, problem: 'order' });
      else if (daysInRange(rawFrom, rawTo) > MAX_RANGE_DAYS) notices.push({ parameter: 'to', value: rawTo, problem: 'tooLong' });
      else if (rawFrom > today) notices.push({ parameter: 'from', value: rawFrom, problem: 'future' });
      else {
        preset = null;
        from = rawFrom;
        to = rawTo;
      }
    }
  }

  let topic = get('topic');
  if (topic !== null && !choices.topics.has(topic)) {
    notices.push({ parameter: 'topic', value: topic, problem: 'unknown' });
    topic = null;
  }
  const rawIntent = get('intent');
  let intent: Intent | null = null;
  if (rawIntent !== null) {
    if ((INTENTS as readonly string[]).includes(rawIntent)) intent = rawIntent as Intent;
    else notices.push({ parameter: 'intent', value: rawIntent, problem: 'unknown' });
  }

  let municipality = get('municipality');
  const mayCompare = choices.municipalities.length > 1;
  if (municipality !== null && !choices.municipalities.includes(municipality) && !(mayCompare && municipality === ALL_MUNICIPALITIES)) {
    notices.push({ parameter: 'municipality', value: municipality, problem: 'unknown' });
    municipality = null;
  }
  return { filter: { preset, from, to, topic, intent, municipality }, notices };
}

/** The address's query for a filter: what parseFilter reads back to the same filter. */
export function filterSearch(filter: DashboardFilter): string {
  const params = new URLSearchParams();
  if (filter.municipality !== null) params.set('municipality', filter.municipality);
  if (filter.preset !== null) params.set('range', filter.preset);
  else {
    params.set('from', filter.from);
    params.set('to', filter.to);
  }
  if (filter.topic !== null) params.set('topic', filter.topic);
  if (filter.intent !== null) params.set('intent', filter.intent);
  return `?${params.toString()}`;
}

/** The municipality a filter shows: its own choice, else the reader's only one, else all compared. */
export function shownMunicipality(filter: DashboardFilter, choices: FilterChoices): string {
  if (filter.municipality !== null) return filter.municipality;
  return choices.municipalities.length === 1 ? choices.municipalities[0]! : ALL_MUNICIPALITIES;
}
