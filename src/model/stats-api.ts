/**
 * The statistics contract (issue 15): what `GET /api/stats` and `GET /api/export.csv` take, what
 * `/api/stats` answers, and the roll-up row the numbers are computed from. The server validates
 * the query and the dashboard the answer with these same schemas; the formulas themselves are in
 * src/domain/channel-stats.ts, one function each (DOMAIN.md).
 */
import * as v from 'valibot';
import { isRealDate } from './calendar-date.js';
import { CONTACT_CHANNELS, type ContactChannel } from './contact-event.js';
import { DANGER_KINDS, type DangerKind } from './content-schema.js';
import { LOGGED_CHANNELS, type LogEventType } from './log-event.js';
import { INTENTS, type Intent } from './vocabulary.js';

/**
 * One row of the routing log's roll-up: how many events of one kind one municipality logged on
 * one local day. The storage's CountRow carries more dimensions and satisfies this; the
 * statistics need only these.
 */
export interface RollupRow {
  municipality: string;
  /** Local date in Europe/Copenhagen, yyyy-mm-dd. */
  day: string;
  type: LogEventType;
  topic: string | null;
  intent: Intent | null;
  recommended: string | null;
  chosen: string | null;
  kind: DangerKind | null;
  helped: boolean | null;
  assisted: boolean;
  count: number;
}

/**
 * One municipality's period (or day) as the statistics read it, summed by the store: each
 * measure of src/domain/stats-measures.ts by name, and the routed decisions recommended
 * self-service whose topic the municipality's self-service handles integrated (the cost model
 * prices them apart).
 */
export interface PeriodTally {
  municipality: string;
  /** The period's first day. */
  day: string;
  counts: Readonly<Record<string, number>>;
  integratedSelfservice: number;
}

/** Routed decisions of one topic in one municipality's period (`day`, its first day). */
export interface TopicCount {
  municipality: string;
  day: string;
  topic: string;
  count: number;
}

/**
 * What `/api/stats` computes its numbers from: a tally per period, routed decisions by topic per
 * period (at least each period's TOP_TOPICS most routed, ties by id) and over the whole range.
 */
export interface StatsCounts {
  tallies: PeriodTally[];
  topics: TopicCount[];
  /** Each `day` is the range's first day. */
  rangeTopics: TopicCount[];
}

/**
 * How many assisted contacts (issue 17) one municipality registered on one local day with the
 * same topic, inquiry type, way in and outcome: what the contact statistics are computed from.
 */
export interface ContactRollupRow {
  municipality: string;
  /** Local date in Europe/Copenhagen, yyyy-mm-dd. */
  day: string;
  topic: string | null;
  intent: Intent | null;
  came: ContactChannel;
  solvedAtFirstContact: boolean;
  selfServiceWithHelp: boolean;
  count: number;
}

export const STATS_INTERVALS = ['day', 'week'] as const;
export type StatsInterval = (typeof STATS_INTERVALS)[number];

/** All municipalities at once: operators compare them. */
export const ALL_MUNICIPALITIES = '*';

/**
 * The longest range one request may ask for. Three years of days is about 1,100 periods per
 * municipality; without a cap a query from year 1 to 9999 would make millions.
 */
export const MAX_RANGE_DAYS = 3 * 366;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date that exists, as yyyy-mm-dd (a regex alone lets 2026-02-30 through). */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Days from `from` to `to`, both counted. */
export function daysInRange(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The ids the query may name; which exist is content, which this leaf may not read. */
export interface StatsKnownIds {
  municipalities: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

/** A query-string parameter given once; a repeated one arrives as an array and is refused. */
const once = (name: string) => v.string(`${name} must be given once`);

const date = (name: string) => v.pipe(once(name), v.check(isCalendarDate, `${name} must be a date like 2026-12-01`));

const known = (name: string, ids: ReadonlySet<string>, extra?: string) =>
  v.pipe(
    once(name),
    v.maxLength(64, `${name} must be at most 64 characters`),
    // The input is not echoed: a hostile value must not come back in the answer.
    v.check((s) => s === extra || ids.has(s), `${name} is not a known ${name}${extra ? ` (or ${extra} for all)` : ''}`),
  );

/**
 * valibot runs a partial check even when one of its fields already failed its own check, so the
 * range checks say nothing unless both ends are dates (the bad end has its own message).
 */
const bothDates = (q: { from: string; to: string }) => isCalendarDate(q.from) && isCalendarDate(q.to);

/** The query of `/api/stats` and `/api/export.csv`, as the query string gives it. */
export function statsQuerySchema(ids: StatsKnownIds) {
  return v.pipe(
    v.strictObject(
      {
        municipality: known('municipality', ids.municipalities, ALL_MUNICIPALITIES),
        from: date('from'),
        to: date('to'),
        interval: v.optional(v.picklist(STATS_INTERVALS, `interval must be ${STATS_INTERVALS.join(' or ')}`), 'day'),
        topic: v.optional(known('topic', ids.topics)),
        intent: v.optional(v.picklist(INTENTS, `intent must be one of ${INTENTS.join(', ')}`)),
      },
      (issue) => {
        const key = issue.path?.[0]?.key;
        if (issue.expected === 'never') return 'unknown parameter (the parameters are municipality, from, to, interval, topic, intent)';
        return key === undefined ? 'the query must be parameters' : `${String(key)} is required`;
      },
    ),
    v.forward(
      v.partialCheck([['from'], ['to']], (q) => !bothDates(q) || q.from <= q.to, 'to must not be before from'),
      ['to'],
    ),
    v.forward(
      v.partialCheck([['from'], ['to']], (q) => !bothDates(q) || daysInRange(q.from, q.to) <= MAX_RANGE_DAYS, `to must be at most ${MAX_RANGE_DAYS} days after from`),
      ['to'],
    ),
  );
}
export type StatsQuery = v.InferOutput<ReturnType<typeof statsQuerySchema>>;

/** One refused parameter, named, in the 400's `errors`. */
export interface QueryError {
  parameter: string;
  message: string;
}

/**
 * Every problem of a query at once, each naming its parameter (the house's validation habit).
 */
export function parseStatsQuery(ids: StatsKnownIds, input: unknown): { query: StatsQuery } | { errors: QueryError[] } {
  const result = v.safeParse(statsQuerySchema(ids), input);
  if (result.success) return { query: result.output };
  return {
    errors: result.issues.map((issue) => ({
      parameter: issue.path?.map((p) => String(p.key)).join('.') ?? '(query)',
      message: issue.message,
    })),
  };
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A share of 0–1, or null when there was nothing to divide by. */
const share = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1)));
const isoDate = v.pipe(v.string(), v.check(isCalendarDate));
const kroner = v.number();

const byKey = <const K extends string>(keys: readonly K[]) => v.strictObject(Object.fromEntries(keys.map((k) => [k, count])) as Record<K, typeof count>);

/** How many topics "where citizens most often need help" lists. */
export const TOP_HELP_TOPICS = 10;

/** Assisted contacts staff registered in the console (issue 17), DOMAIN.md's first-contact resolution. */
export const ContactStatsSchema = v.strictObject({
  registered: count,
  /** By how the citizen came. */
  byCame: byKey(CONTACT_CHANNELS),
  /** …of which solved at first contact (straksafklaring). */
  solvedAtFirstContact: count,
  /** solvedAtFirstContact ÷ registered; the target is targets.firstContactResolution. */
  firstContactResolution: share,
  /** …of which the citizen did the self-service with staff's help (medbetjening). */
  selfServiceWithHelp: count,
  /**
   * The topics where citizens most often needed staff's help: most registered contacts first, at
   * most TOP_HELP_TOPICS; candidates for better self-service or content. Contacts with no topic
   * are counted above but not here.
   */
  topics: v.pipe(v.array(v.strictObject({ topic: v.string(), count, solvedAtFirstContact: count, selfServiceWithHelp: count })), v.maxLength(TOP_HELP_TOPICS)),
});
export type ContactStats = v.InferOutput<typeof ContactStatsSchema>;

/** The numbers of one period (or of the whole range), DOMAIN.md's formulas. */
export const PeriodStatsSchema = v.strictObject({
  /** First and last local day of the period within the query's range. */
  from: isoDate,
  to: isoDate,
  /** Routed decisions (emergencies are counted apart). */
  routed: count,
  byIntent: byKey(INTENTS),
  /** Routed decisions by recommended channel. */
  byChannel: byKey(LOGGED_CHANNELS),
  byIntentAndChannel: v.array(v.strictObject({ intent: v.picklist(INTENTS), channel: v.picklist(LOGGED_CHANNELS), count })),
  /** Recommended channel digital ÷ routed. */
  digitalShare: share,
  /** Where citizens clicked an action: the chosen channel digital ÷ clicks. */
  chosenDigitalShare: share,
  clicks: count,
  applications: v.strictObject({
    /** Routed decisions of inquiry type transaction. */
    transactions: count,
    /** …of which recommended self-service. */
    selfservice: count,
    share,
    /** Clicks on decisions that recommended self-service (a click carries no inquiry type). */
    clicked: count,
    /** …of which the citizen chose self-service. */
    chosenSelfservice: count,
    chosenShare: share,
  }),
  /** Clicks on the recommended channel's action. */
  followed: count,
  /**
   * followed ÷ routed. Not capped: the log carries no decision id, so a citizen who clicks the
   * same action twice counts twice, and a value above 1 says so rather than hiding it.
   */
  followThrough: v.nullable(v.pipe(v.number(), v.minValue(0))),
  cost: v.strictObject({
    /** The routed contacts at the municipality's price for each recommended channel. */
    estimated: kroner,
    /** The same contacts all priced as phone: the baseline of the saving. */
    allByPhone: kroner,
    saving: kroner,
  }),
  /** Answers to "did it help?". */
  helped: v.strictObject({ yes: count, no: count, share }),
  /** Routed decisions made with staff beside the citizen ÷ routed. */
  assisted: v.strictObject({ count, share }),
  emergencies: v.strictObject({ total: count, byKind: byKey(DANGER_KINDS) }),
  /** Searches that found nothing. */
  notFound: count,
  /** Most routed first, at most ten. */
  topics: v.array(v.strictObject({ topic: v.string(), count })),
  /** Assisted contacts registered by staff (not routing decisions: counted apart from the above). */
  contacts: ContactStatsSchema,
});
export type PeriodStats = v.InferOutput<typeof PeriodStatsSchema>;

export const StatsTargetsSchema = v.strictObject({
  /** The municipality's targets.digitalShare, else the national 50 %. */
  digitalShare: v.number(),
  /** The municipality's targets.applicationsSelfservice, else the national 80 %. */
  applications: v.number(),
  /** The municipality's targets.firstContactResolution, else Halsnæs's 60 %, which the strategies cite. */
  firstContactResolution: v.number(),
});
export type StatsTargets = v.InferOutput<typeof StatsTargetsSchema>;

export const MunicipalityStatsSchema = v.strictObject({
  municipality: v.string(),
  targets: StatsTargetsSchema,
  /** The whole range. */
  total: PeriodStatsSchema,
  /** One per day or week (Monday to Sunday), clipped to the range; empty periods included. */
  periods: v.array(PeriodStatsSchema),
  /** Stored (redacted) words of searches that found nothing, most frequent first; only where the municipality stores them. */
  notFoundWords: v.array(v.strictObject({ words: v.string(), count })),
});
export type MunicipalityStats = v.InferOutput<typeof MunicipalityStatsSchema>;

export const StatsResponseSchema = v.strictObject({
  query: v.strictObject({
    municipality: v.string(),
    from: isoDate,
    to: isoDate,
    interval: v.picklist(STATS_INTERVALS),
    topic: v.nullable(v.string()),
    intent: v.nullable(v.picklist(INTENTS)),
  }),
  /** One entry for a municipality; every known municipality, by slug, for '*'. */
  municipalities: v.array(MunicipalityStatsSchema),
});
export type StatsResponse = v.InferOutput<typeof StatsResponseSchema>;

/**
 * `GET /api/stats/filters`: what a reader may filter by, so the dashboard can name topics and
 * municipalities without reading content itself. A manager gets their own municipality only.
 */
export const StatsFiltersSchema = v.strictObject({
  municipalities: v.array(v.strictObject({ slug: v.string(), name: v.strictObject({ da: v.string(), en: v.string() }) })),
  /** Every topic id a query may name; the title in each language, or the id where content has none. */
  topics: v.array(v.strictObject({ id: v.string(), title: v.strictObject({ da: v.string(), en: v.string() }) })),
});
export type StatsFilters = v.InferOutput<typeof StatsFiltersSchema>;
