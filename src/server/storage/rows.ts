/**
 * What both adapters write, computed once so SQLite and PostgreSQL store the same event the same
 * way: the event's row, its roll-up key, and the session id's stored form. The local day is
 * computed here, with the domain's Copenhagen clock, rather than by each database's own
 * time-zone functions.
 */
import { randomBytes, createHash } from 'node:crypto';
import { addDays, mondayOf, periodsOf } from '../../domain/channel-stats.js';
import { localTime } from '../../domain/copenhagen-time.js';
import type { ContactEvent } from '../../model/contact-event.js';
import type { LogEvent } from '../../model/log-event.js';
import type { ContactRollupRow, RollupRow, StatsCounts, StatsInterval } from '../../model/stats-api.js';
import { MEASURES, measureSql } from '../../domain/stats-measures.js';
import type { CountRow, ReceivedEvent } from './event-store.js';

/**
 * The roll-up's columns, in key order. A unique key treats NULLs as distinct in both databases,
 * so an absent value is stored as '' (text) or -1 (the three-valued booleans) and read back as
 * null.
 */
export const ROLLUP_COLUMNS = ['municipality', 'day', 'type', 'topic', 'intent', 'recommended', 'chosen', 'kind', 'helped', 'assisted', 'can_use_digital', 'lang'] as const;

export type RollupKey = [string, string, string, string, string, string, string, string, number, number, number, string];

/** The row of the events table: every field of every type, absent ones null. */
export interface EventRow {
  id: string;
  municipality: string;
  session: string;
  type: string;
  ts: string;
  day: string;
  receivedAt: Date;
  lang: string;
  assisted: boolean;
  topic: string | null;
  intent: string | null;
  recommended: string | null;
  alternatives: string | null;
  authority: string | null;
  canUseDigital: boolean | null;
  open: boolean | null;
  caution: boolean | null;
  chosen: string | null;
  kind: string | null;
  helped: boolean | null;
  words: string | null;
}

export function localDay(ts: string): string {
  return localTime(new Date(ts)).date;
}

export function eventRow(event: LogEvent, receivedAt: Date): EventRow {
  const row: EventRow = {
    id: event.id,
    municipality: event.municipality,
    session: event.session,
    type: event.type,
    ts: event.ts,
    day: localDay(event.ts),
    receivedAt,
    lang: event.lang,
    assisted: event.assisted,
    topic: null,
    intent: null,
    recommended: null,
    alternatives: null,
    authority: null,
    canUseDigital: null,
    open: null,
    caution: null,
    chosen: null,
    kind: null,
    helped: null,
    words: null,
  };
  switch (event.type) {
    case 'routed':
      return {
        ...row,
        topic: event.topic,
        intent: event.intent,
        recommended: event.recommended,
        alternatives: JSON.stringify(event.alternatives),
        authority: event.authority,
        canUseDigital: event.canUseDigital,
        open: event.open,
        caution: event.caution,
      };
    case 'emergency':
      return { ...row, kind: event.kind, topic: event.topic };
    case 'followed':
      return { ...row, topic: event.topic, recommended: event.recommended, chosen: event.chosen };
    case 'helped':
      return { ...row, topic: event.topic, helped: event.helped };
    case 'notFound':
      return { ...row, words: event.words ?? null };
  }
}

const triState = (value: boolean | null): number => (value === null ? -1 : value ? 1 : 0);

export function rollupKey(row: EventRow): RollupKey {
  return [
    row.municipality,
    row.day,
    row.type,
    row.topic ?? '',
    row.intent ?? '',
    row.recommended ?? '',
    row.chosen ?? '',
    row.kind ?? '',
    triState(row.helped),
    row.assisted ? 1 : 0,
    triState(row.canUseDigital),
    row.lang,
  ];
}

/**
 * The statistics' roll-up (stats_counts): the roll-up's key without the two dimensions no
 * statistic reads, `can_use_digital` and `lang`, so a day has a third fewer rows.
 */
export const STATS_COLUMNS = ROLLUP_COLUMNS.slice(0, 10) as unknown as readonly ['municipality', 'day', 'type', 'topic', 'intent', 'recommended', 'chosen', 'kind', 'helped', 'assisted'];

export type StatsKey = [string, string, string, string, string, string, string, string, number, number];

export function statsKey(row: EventRow): StatsKey {
  return rollupKey(row).slice(0, STATS_COLUMNS.length) as StatsKey;
}

/** The weekly roll-up (stats_weeks): its Monday for the day, a topic and assisted on routed decisions only. */
export const WEEK_COLUMNS = ['municipality', 'week', 'type', 'topic', 'intent', 'recommended', 'chosen', 'kind', 'helped', 'assisted'] as const;

export function weekKey(row: EventRow): StatsKey {
  const key = statsKey(row);
  const routed = row.type === 'routed';
  return [key[0], mondayOf(key[1]), key[2], routed ? key[3] : '', key[4], key[5], key[6], key[7], key[8], routed ? key[9] : 0];
}

/**
 * A range's whole ISO weeks (first Monday to last Sunday), which the weekly roll-up answers, and
 * the days before and after them, which the daily one does; null where there are none.
 */
export function weekSplit(from: string, to: string): { head: DaySpan | null; weeks: DaySpan | null; tail: DaySpan | null } {
  const firstMonday = mondayOf(from) === from ? from : addDays(mondayOf(from), 7);
  const lastMonday = addDays(mondayOf(addDays(to, 1)), -7);
  if (firstMonday > lastMonday) return { head: { from, to }, weeks: null, tail: null };
  const span = (a: string, b: string): DaySpan | null => (a <= b ? { from: a, to: b } : null);
  return { head: span(from, addDays(firstMonday, -1)), weeks: { from: firstMonday, to: lastMonday }, tail: span(addDays(lastMonday, 7), to) };
}

export interface DaySpan {
  from: string;
  to: string;
}

/** STATS_SELECT's rows, read whole from the weekly roll-up: its rows are already one per week and key. */
export const WEEKS_SELECT = `
  SELECT municipality, week AS period_start, type, topic AS routed_topic, intent, recommended, chosen, kind, helped,
         assisted AS routed_assisted, count AS total
  FROM stats_weeks`;

/**
 * The batch's increments, one per key, in a fixed order: PostgreSQL refuses to update one row
 * twice in one statement, and two transactions that lock keys in the same order cannot deadlock.
 */
export function rollupIncrements(rows: readonly EventRow[]): Array<{ key: RollupKey; count: number }>;
export function rollupIncrements<K extends Array<string | number>>(rows: readonly EventRow[], keyOf: (row: EventRow) => K): Array<{ key: K; count: number }>;
export function rollupIncrements(rows: readonly EventRow[], keyOf: (row: EventRow) => Array<string | number> = rollupKey): Array<{ key: Array<string | number>; count: number }> {
  const byKey = new Map<string, { key: Array<string | number>; count: number }>();
  for (const row of rows) {
    const key = keyOf(row);
    const text = JSON.stringify(key);
    const entry = byKey.get(text);
    if (entry) entry.count += 1;
    else byKey.set(text, { key, count: 1 });
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

/**
 * The statistics' daily sums (stats_days, migration 005): stats_weeks's key by day and without
 * the topic, so a day has a few dozen rows; the topics are counted apart (stats_day_topics).
 */
export const DAY_COLUMNS = ['municipality', 'day', 'type', 'intent', 'recommended', 'chosen', 'kind', 'helped', 'assisted'] as const;

export type DayKey = [string, string, string, string, string, string, string, number, number];

export function dayKey(row: EventRow): DayKey {
  const key = statsKey(row);
  return [key[0], key[1], key[2], key[4], key[5], key[6], key[7], key[8], row.type === 'routed' ? key[9] : 0];
}

/** Routed decisions by topic and day (stats_day_topics): how many, and how many recommended self-service. */
export const TOPIC_COLUMNS = ['municipality', 'day', 'topic', 'intent'] as const;

export type TopicKey = [string, string, string, string];

/** The batch's routed decisions by topic key, in a fixed order as rollupIncrements gives them. */
export function topicIncrements(rows: readonly EventRow[]): Array<{ key: TopicKey; routed: number; selfservice: number }> {
  const routed = rows.filter((row) => row.type === 'routed');
  const selfservice = new Map(
    rollupIncrements(
      routed.filter((row) => row.recommended === 'selfservice'),
      topicKey,
    ).map(({ key, count }) => [JSON.stringify(key), count]),
  );
  return rollupIncrements(routed, topicKey).map(({ key, count }) => ({ key, routed: count, selfservice: selfservice.get(JSON.stringify(key)) ?? 0 }));
}

function topicKey(row: EventRow): TopicKey {
  return [row.municipality, row.day, row.topic ?? '', row.intent ?? ''];
}

/**
 * Each day of the range and the first day of its period (a week's Monday, clipped to the range):
 * PostgreSQL's reads by week join this list instead of working out a week from every row's date
 * with to_char (half the time of the read by week here).
 */
export function periodStarts(from: string, to: string, interval: StatsInterval): { days: string[]; firstDays: string[] } {
  const days: string[] = [];
  const firstDays: string[] = [];
  for (const period of periodsOf(from, to, interval)) {
    for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
      days.push(day);
      firstDays.push(period.from);
    }
  }
  return { days, firstDays };
}

/**
 * The read of /api/stats, per municipality and period (`{period}`: each store's expression for
 * the first day of a row's period, clipped to the range; `{where}`: the range and the intent
 * filter, and whatever the period needs joined):
 * every measure of src/domain/stats-measures.ts summed in the database, named m0, m1, … in
 * MEASURES's order, so a year by day is one row per day.
 */
export const TALLY_SELECT = `
  SELECT municipality, {period} AS period_start, ${MEASURES.map(([, condition], i) => `${measureSql(condition)} AS m${i}`).join(',\n         ')}
  FROM stats_days {where}
  GROUP BY 1, 2`;

/** Routed decisions recommended self-service on topics the municipality's self-service handles integrated; `{integrated}` is each store's list of (municipality, topic). */
export const INTEGRATED_SELECT = `
  SELECT municipality, {period} AS period_start, sum(selfservice) AS total
  FROM stats_day_topics {where} AND (municipality, topic) IN ({integrated})
  GROUP BY 1, 2`;

/**
 * Each period's most routed topics, ties by id (`{collate}`: byte order in both stores, as the
 * domain sorts), and nothing else: a year by day is ten rows a day, not one per topic.
 */
export const TOP_TOPICS_SELECT = `
  SELECT municipality, period_start, topic, total FROM (
    SELECT municipality, period_start, topic, total,
           row_number() OVER (PARTITION BY municipality, period_start ORDER BY total DESC, topic {collate}) AS place
    FROM (SELECT municipality, {period} AS period_start, topic, sum(routed) AS total FROM stats_day_topics {where} GROUP BY 1, 2, 3) AS by_topic
  ) AS ranked
  WHERE place <= {limit}`;

/** Routed decisions by topic over the whole range: a few dozen rows. */
export const RANGE_TOPICS_SELECT = `SELECT municipality, topic, sum(routed) AS total FROM stats_day_topics {where} GROUP BY 1, 2`;

/** The four reads of /api/stats, back into StatsCounts. */
export function statsCountsRows(
  parts: { tallies: Record<string, unknown>[]; integrated: Record<string, unknown>[]; topics: Record<string, unknown>[]; rangeTopics: Record<string, unknown>[] },
  from: string,
): StatsCounts {
  const integrated = new Map(parts.integrated.map((r) => [`${String(r.municipality)} ${String(r.period_start)}`, Number(r.total)]));
  return {
    tallies: parts.tallies.map((r) => {
      const [municipality, day] = [String(r.municipality), String(r.period_start)];
      return {
        municipality,
        day,
        counts: Object.fromEntries(MEASURES.map(([name], i) => [name, Number(r[`m${i}`])])),
        integratedSelfservice: integrated.get(`${municipality} ${day}`) ?? 0,
      };
    }),
    topics: parts.topics.map((r) => ({ municipality: String(r.municipality), day: String(r.period_start), topic: String(r.topic), count: Number(r.total) })),
    rangeTopics: parts.rangeTopics.map((r) => ({ municipality: String(r.municipality), day: from, topic: String(r.topic), count: Number(r.total) })),
  };
}

/** A stored roll-up row (columns as in ROLLUP_COLUMNS, plus count) back into a CountRow. */
export function countRow(stored: Record<string, unknown>): CountRow {
  const text = (name: string) => (stored[name] === '' ? null : String(stored[name]));
  const tri = (name: string) => (Number(stored[name]) === -1 ? null : Number(stored[name]) === 1);
  return {
    municipality: String(stored.municipality),
    day: String(stored.day),
    type: String(stored.type) as CountRow['type'],
    topic: text('topic'),
    intent: text('intent') as CountRow['intent'],
    recommended: text('recommended'),
    chosen: text('chosen'),
    kind: text('kind') as CountRow['kind'],
    helped: tri('helped'),
    assisted: Number(stored.assisted) === 1,
    canUseDigital: tri('can_use_digital'),
    lang: String(stored.lang) as CountRow['lang'],
    count: Number(stored.count),
  };
}

/**
 * The statistics' rows summed per period in the database, so a year reaches Node as a few
 * thousand rows rather than one per day and key. `{period}` is each store's expression for the
 * first day of a row's period (clipped to the range). A topic and `assisted` are kept only on
 * routed decisions: no statistic reads them on another type (channel-stats.ts), and dropping
 * them there merges rows the statistics would only add up. Named apart from the table's columns
 * so no WHERE reads an output column.
 */
export const STATS_SELECT = `
  SELECT municipality, {period} AS period_start, type,
         CASE WHEN type = 'routed' THEN topic ELSE '' END AS routed_topic,
         intent, recommended, chosen, kind, helped,
         CASE WHEN type = 'routed' THEN assisted ELSE 0 END AS routed_assisted,
         sum(count) AS total
  FROM stats_counts`;

export const STATS_GROUP = 'GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10';

/** A row of STATS_SELECT back into a RollupRow, its day the first day of its period. */
export function statsRow(stored: Record<string, unknown>): RollupRow {
  const text = (name: string) => (stored[name] === '' ? null : String(stored[name]));
  return {
    municipality: String(stored.municipality),
    day: String(stored.period_start),
    type: String(stored.type) as RollupRow['type'],
    topic: text('routed_topic'),
    intent: text('intent') as RollupRow['intent'],
    recommended: text('recommended'),
    chosen: text('chosen'),
    kind: text('kind') as RollupRow['kind'],
    helped: Number(stored.helped) === -1 ? null : Number(stored.helped) === 1,
    assisted: Number(stored.routed_assisted) === 1,
    count: Number(stored.total),
  };
}

/** 32 random bytes for the cookie; the store keeps only their hash. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionKey(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

/** The row of the contacts table. */
export interface ContactRow {
  id: string;
  municipality: string;
  ts: string;
  day: string;
  receivedAt: Date;
  topic: string | null;
  intent: string | null;
  came: string;
  solvedAtFirstContact: boolean;
  selfServiceWithHelp: boolean;
}

export function contactRow(contact: ContactEvent, municipality: string, receivedAt: Date): ContactRow {
  return {
    id: contact.id,
    municipality,
    ts: contact.ts,
    day: localDay(contact.ts),
    receivedAt,
    topic: contact.topic,
    intent: contact.intent,
    came: contact.came,
    solvedAtFirstContact: contact.solvedAtFirstContact,
    selfServiceWithHelp: contact.selfServiceWithHelp,
  };
}

/** The grouping both stores run over the contacts table, in the column names they share. */
export const CONTACT_GROUP = 'municipality, day, topic, intent, came, solved_at_first_contact, self_service_with_help';

/** One order in both databases: they sort NULL at opposite ends, so absent values sort as ''. */
export const CONTACT_ORDER = "day, municipality, coalesce(topic, ''), coalesce(intent, ''), came, solved_at_first_contact, self_service_with_help";

/** A grouped contacts row (CONTACT_GROUP plus count) back into a ContactRollupRow. */
export function contactCountRow(stored: Record<string, unknown>): ContactRollupRow {
  const truth = (value: unknown) => value === true || Number(value) === 1;
  return {
    municipality: String(stored.municipality),
    day: String(stored.day),
    topic: stored.topic === null ? null : String(stored.topic),
    intent: stored.intent === null ? null : (String(stored.intent) as ContactRollupRow['intent']),
    came: String(stored.came) as ContactRollupRow['came'],
    solvedAtFirstContact: truth(stored.solved_at_first_contact),
    selfServiceWithHelp: truth(stored.self_service_with_help),
    count: Number(stored.count),
  };
}

/** The rows of a group of received events, each id once (its first occurrence). */
export function receivedRows(events: readonly ReceivedEvent[]): EventRow[] {
  const seen = new Set<string>();
  return events.filter(({ event }) => !seen.has(event.id) && seen.add(event.id)).map(({ event, receivedAt }) => eventRow(event, receivedAt));
}
