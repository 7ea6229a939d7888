/**
 * What both adapters write, computed once so SQLite and PostgreSQL store the same event the same
 * way: the event's row, its roll-up key, and the session id's stored form. The local day is
 * computed here, with the domain's Copenhagen clock, rather than by each database's own
 * time-zone functions.
 */
import { randomBytes, createHash } from 'node:crypto';
import { addDays, periodsOf } from '../../domain/channel-stats.js';
import { localTime, offsetMinutes } from '../../domain/copenhagen-time.js';
import type { ContactEvent } from '../../model/contact-event.js';
import type { LogEvent } from '../../model/log-event.js';
import type { ContactRollupRow, RollupRow, StatsCounts, StatsInterval } from '../../model/stats-api.js';
import { MEASURES, measureSql } from '../../domain/stats-measures.js';
import type { CountRow, ReceivedEvent } from './event-store.js';

/**
 * The daily counts' columns (counts(): every dimension of an event, grouped from the events
 * table), in key order. A unique key treats NULLs as distinct in both databases, so in the
 * roll-ups an absent value is stored as '' (text) or -1 (the three-valued booleans), and counts()
 * maps it the same way; both are read back as null.
 */
export const ROLLUP_COLUMNS = ['municipality', 'day', 'type', 'topic', 'intent', 'recommended', 'chosen', 'kind', 'helped', 'assisted', 'can_use_digital', 'lang'] as const;

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

const HOUR_MS = 3_600_000;

/**
 * Copenhagen's offset from UTC in milliseconds through each UTC hour met so far, or null for an
 * hour in which it changes. Intl's formatToParts took a tenth of the collector's time per event,
 * and the offset changes only at the summer-time switches, which fall on whole UTC hours (01:00),
 * as its midnights do (22:00 or 23:00): within such an hour the local date is the UTC date of the
 * instant moved by the hour's offset. The events of a day fall in a few dozen hours (ts is
 * refused more than 24 h from the server's clock), so the map stays small; it is emptied if a
 * backfill of many years ever fills it.
 */
const offsetByHour = new Map<number, number | null>();
const MAX_CACHED_HOURS = 100_000;
/** Before 1970 Copenhagen's history has offsets of minutes and seconds: those instants take the slow way. */
const CACHED_FROM = 0;
const CACHED_UNTIL = Date.UTC(9999, 11, 31);

/** The local date (yyyy-mm-dd) of `ts` in Europe/Copenhagen, exactly as localTime(…).date says it. */
export function localDay(ts: string): string {
  const instant = Date.parse(ts);
  if (!(instant >= CACHED_FROM && instant < CACHED_UNTIL)) return localTime(new Date(ts)).date;
  const hour = Math.floor(instant / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const first = offsetMinutes(new Date(hour * HOUR_MS));
    offset = first === offsetMinutes(new Date((hour + 1) * HOUR_MS - 1)) ? first * 60_000 : null;
    if (offsetByHour.size >= MAX_CACHED_HOURS) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset === null ? localTime(new Date(instant)).date : new Date(instant + offset).toISOString().slice(0, 10);
}

/** One object literal with every field (an absent one null): spreading a common part per type cost more than the rest of the row. */
export function eventRow(event: LogEvent, receivedAt: Date): EventRow {
  return {
    id: event.id,
    municipality: event.municipality,
    session: event.session,
    type: event.type,
    ts: event.ts,
    day: localDay(event.ts),
    receivedAt,
    lang: event.lang,
    assisted: event.assisted,
    topic: event.type === 'notFound' ? null : event.topic,
    intent: event.type === 'routed' ? event.intent : null,
    recommended: event.type === 'routed' || event.type === 'followed' ? event.recommended : null,
    alternatives: event.type === 'routed' ? JSON.stringify(event.alternatives) : null,
    authority: event.type === 'routed' ? event.authority : null,
    canUseDigital: event.type === 'routed' ? event.canUseDigital : null,
    open: event.type === 'routed' ? event.open : null,
    caution: event.type === 'routed' ? event.caution : null,
    chosen: event.type === 'followed' ? event.chosen : null,
    kind: event.type === 'emergency' ? event.kind : null,
    helped: event.type === 'helped' ? event.helped : null,
    words: event.type === 'notFound' ? (event.words ?? null) : null,
  };
}

const triState = (value: boolean | null): number => (value === null ? -1 : value ? 1 : 0);

/** An event's key in stats_counts. */
export function statsKey(row: EventRow): StatsKey {
  return [row.municipality, row.day, row.type, row.topic ?? '', row.intent ?? '', row.recommended ?? '', row.chosen ?? '', row.kind ?? '', triState(row.helped), row.assisted ? 1 : 0];
}

/**
 * The statistics' roll-up (stats_counts): the daily counts' key without the two dimensions no
 * statistic reads, `can_use_digital` and `lang`, so a day has a third fewer rows.
 */
export const STATS_COLUMNS = ROLLUP_COLUMNS.slice(0, 10) as unknown as readonly ['municipality', 'day', 'type', 'topic', 'intent', 'recommended', 'chosen', 'kind', 'helped', 'assisted'];

export type StatsKey = [string, string, string, string, string, string, string, string, number, number];

/** A roll-up key and how many of a group's stored events it counts. */
export interface Increment<K> {
  key: K;
  count: number;
}

/** What a group of stored events adds to each of the roll-ups. */
export interface GroupIncrements {
  stats: Array<Increment<StatsKey>>;
  days: Array<Increment<DayKey>>;
  /** Routed decisions by topic and day, and how many of them recommended self-service. */
  topics: Array<{ key: TopicKey; routed: number; selfservice: number }>;
}

/**
 * Counts keys in memory, so a roll-up row is written once per group however many of its events
 * share it. The map's key is the roll-up key's fields joined by NUL: no field can hold one (the
 * text fields are slugs and vocabulary words; the event's schema refuses control characters).
 */
class Tally<K extends Array<string | number>> {
  private readonly byKey = new Map<string, Increment<K>>();

  add(key: K): void {
    const text = key.join('\u0000');
    const entry = this.byKey.get(text);
    if (entry) entry.count += 1;
    else this.byKey.set(text, { key, count: 1 });
  }

  countOf(key: K): number {
    return this.byKey.get(key.join('\u0000'))?.count ?? 0;
  }

  /**
   * One increment per key, in a fixed order: PostgreSQL refuses to update one row twice in one
   * statement, and two transactions that lock keys in the same order cannot deadlock.
   */
  sorted(): Array<Increment<K>> {
    return [...this.byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
  }
}

/** The increments of every roll-up for a group's stored rows, each key computed once per row. */
export function groupIncrements(rows: readonly EventRow[]): GroupIncrements {
  const stats = new Tally<StatsKey>();
  const days = new Tally<DayKey>();
  const routed = new Tally<TopicKey>();
  const selfservice = new Tally<TopicKey>();
  for (const row of rows) {
    const key = statsKey(row);
    stats.add(key);
    days.add(dayKey(key));
    if (row.type === 'routed') {
      const topic: TopicKey = [row.municipality, row.day, row.topic ?? '', row.intent ?? ''];
      routed.add(topic);
      if (row.recommended === 'selfservice') selfservice.add(topic);
    }
  }
  return {
    stats: stats.sorted(),
    days: days.sorted(),
    topics: routed.sorted().map(({ key, count }) => ({ key, routed: count, selfservice: selfservice.countOf(key) })),
  };
}

/**
 * The statistics' daily sums (stats_days, migration 005): stats_counts's key without the topic,
 * and `assisted` on routed decisions only (no statistic reads it on another type), so a day has
 * a few dozen rows; the topics are counted apart (stats_day_topics).
 */
export const DAY_COLUMNS = ['municipality', 'day', 'type', 'intent', 'recommended', 'chosen', 'kind', 'helped', 'assisted'] as const;

export type DayKey = [string, string, string, string, string, string, string, number, number];

/** A stats key's daily-sum key: the topic dropped, `assisted` kept on routed decisions only. */
function dayKey(stats: StatsKey): DayKey {
  return [stats[0], stats[1], stats[2], stats[4], stats[5], stats[6], stats[7], stats[8], stats[2] === 'routed' ? stats[9] : 0];
}

/** Routed decisions by topic and day (stats_day_topics): how many, and how many recommended self-service. */
export const TOPIC_COLUMNS = ['municipality', 'day', 'topic', 'intent'] as const;

export type TopicKey = [string, string, string, string];

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

/** A row of counts() (columns as in ROLLUP_COLUMNS, plus count) back into a CountRow. */
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
