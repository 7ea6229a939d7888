/**
 * The numbers a channel manager sees (DOMAIN.md, "The numbers a channel manager sees"): one
 * function per formula, over a period's tally (the sums of stats-measures.ts) and its routed
 * decisions by topic, so the dashboard, the export and any report compute each number the same
 * way (ARCHITECTURE.md, principle 6). Pure: counts in, numbers out; the server fetches the
 * counts, summed in the database, or sums roll-up rows here with `statsCountsOf`.
 */
import { DANGER_KINDS, type Municipality } from '../model/content-schema.js';
import { LOGGED_CHANNELS } from '../model/log-event.js';
import type { ContactRollupRow, MunicipalityStats, PeriodStats, PeriodTally, RollupRow, StatsCounts, StatsInterval, StatsTargets, TopicCount } from '../model/stats-api.js';
import { contactStats } from './contact-stats.js';
import { addTallies, DIGITAL_CHANNELS, measure, tallyOf, type Tally } from './stats-measures.js';
import { INTENTS, type Intent } from '../model/vocabulary.js';

type LoggedChannel = (typeof LOGGED_CHANNELS)[number];

/**
 * Targets the strategies cite where a municipality sets none (DOMAIN.md); first-contact
 * resolution is Halsnæs's 60 % of phone and chat inquiries, the one figure the strategies give.
 */
export const NATIONAL_TARGETS: StatsTargets = { digitalShare: 0.5, applications: 0.8, firstContactResolution: 0.6 };

/** How many topics "topics most routed" lists. */
export const TOP_TOPICS = 10;

/** What the cost formulas need of a municipality's configuration. */
export type CostModel = Pick<Municipality, 'costs' | 'integratedSelfservice'>;

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Routed decisions recommended this channel, over every inquiry type. */
const routedTo = (t: Tally, channel: string) => INTENTS.reduce((sum, intent) => sum + measure.routedCell(t, intent, channel), 0);

export function routedCount(t: Tally): number {
  return measure.named(t, 'routed');
}

/** Routed decisions whose recommended channel is digital ÷ routed decisions. */
export function digitalShare(t: Tally): number | null {
  return ratio(
    DIGITAL_CHANNELS.reduce((sum, channel) => sum + routedTo(t, channel), 0),
    routedCount(t),
  );
}

/** Where citizens clicked an action: clicks whose chosen channel is digital ÷ clicks. */
export function chosenDigitalShare(t: Tally): number | null {
  return ratio(measure.named(t, 'clicks chosen digital'), measure.named(t, 'clicks'));
}

/**
 * Applications through self-service: among routed transactions, the share recommended
 * self-service. The chosen side: a click event carries no inquiry type, so it is measured on
 * clicks on decisions that recommended self-service: the share where the citizen chose it.
 */
export function applicationsThroughSelfservice(t: Tally): PeriodStats['applications'] {
  const transactions = LOGGED_CHANNELS.reduce((sum, channel) => sum + measure.routedCell(t, 'transaction', channel), 0);
  const selfservice = measure.routedCell(t, 'transaction', 'selfservice');
  const clicked = measure.named(t, 'clicks on selfservice');
  const chosenSelfservice = measure.named(t, 'clicks on selfservice kept');
  return {
    transactions,
    selfservice,
    share: ratio(selfservice, transactions),
    clicked,
    chosenSelfservice,
    chosenShare: ratio(chosenSelfservice, clicked),
  };
}

/** Clicks on the recommended channel's own action. */
export function followedCount(t: Tally): number {
  return LOGGED_CHANNELS.reduce((sum, channel) => sum + measure.followedOn(t, channel), 0);
}

/** Routed decisions followed by a click on the recommended channel's action ÷ routed decisions. */
export function followThrough(t: Tally): number | null {
  return ratio(followedCount(t), routedCount(t));
}

/**
 * The price of one contact routed to `channel` (DOMAIN.md): the information channels cost what
 * integrated self-service costs; self-service costs manual handling unless the municipality's
 * self-service for that topic is integrated; phone and assisted cost a phone call; a meeting
 * costs attendance.
 */
export function contactPrice(channel: string, topic: string | null, model: CostModel): number {
  switch (channel) {
    case 'web':
    case 'minside':
    case 'digitalpost':
      return model.costs.selfservice;
    case 'selfservice':
      return topic !== null && model.integratedSelfservice.includes(topic) ? model.costs.selfservice : model.costs.selfserviceManual;
    case 'meeting':
      return model.costs.meeting;
    default:
      return model.costs.phone;
  }
}

/**
 * The routed contacts, each at the price of its recommended channel; `integratedSelfservice` of
 * the routed to self-service are on topics whose self-service is integrated (contactPrice).
 */
export function estimatedCost(t: Tally, integratedSelfservice: number, model: CostModel): number {
  return LOGGED_CHANNELS.reduce((sum, channel) => {
    const routed = routedTo(t, channel);
    if (channel !== 'selfservice') return sum + routed * contactPrice(channel, null, model);
    return sum + integratedSelfservice * model.costs.selfservice + (routed - integratedSelfservice) * model.costs.selfserviceManual;
  }, 0);
}

/** The baseline: the same contacts, all by phone. */
export function allByPhoneCost(t: Tally, model: CostModel): number {
  return routedCount(t) * model.costs.phone;
}

/** The saving against the all-by-phone baseline. */
export function saving(t: Tally, integratedSelfservice: number, model: CostModel): number {
  return allByPhoneCost(t, model) - estimatedCost(t, integratedSelfservice, model);
}

/** Answers to "did it help?": yes ÷ (yes + no). */
export function helpedShare(t: Tally): PeriodStats['helped'] {
  const yes = measure.named(t, 'helped yes');
  const no = measure.named(t, 'helped no');
  return { yes, no, share: ratio(yes, yes + no) };
}

/** Routed decisions made with staff beside the citizen ÷ routed decisions. */
export function assistedShare(t: Tally): PeriodStats['assisted'] {
  const count = measure.named(t, 'routed assisted');
  return { count, share: ratio(count, routedCount(t)) };
}

/** Emergency answers shown, by danger kind: counted apart from every share and cost. */
export function emergenciesShown(t: Tally): PeriodStats['emergencies'] {
  const byKind = Object.fromEntries(DANGER_KINDS.map((k) => [k, measure.emergencyOf(t, k)])) as PeriodStats['emergencies']['byKind'];
  return { total: measure.named(t, 'emergencies'), byKind };
}

/** Topics by routed decisions, most first (ties by id, so the answer is stable). */
export function topicsMostRouted(topics: readonly Pick<TopicCount, 'topic' | 'count'>[], limit = TOP_TOPICS): PeriodStats['topics'] {
  const counts = new Map<string, number>();
  for (const t of topics) counts.set(t.topic, (counts.get(t.topic) ?? 0) + t.count);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([topic, count]) => ({ topic, count }));
}

/** Searches that found nothing. */
export function notFoundCount(t: Tally): number {
  return measure.named(t, 'not found');
}

/** Routed decisions by inquiry type and recommended channel: the channel mix. */
export function channelMix(t: Tally): Pick<PeriodStats, 'byIntent' | 'byChannel' | 'byIntentAndChannel'> {
  const byIntent = Object.fromEntries(INTENTS.map((i) => [i, LOGGED_CHANNELS.reduce((sum, c) => sum + measure.routedCell(t, i, c), 0)])) as Record<Intent, number>;
  const byChannel = Object.fromEntries(LOGGED_CHANNELS.map((c) => [c, routedTo(t, c)])) as Record<LoggedChannel, number>;
  const byIntentAndChannel = INTENTS.flatMap((intent) =>
    LOGGED_CHANNELS.flatMap((channel) => {
      const count = measure.routedCell(t, intent, channel);
      return count ? [{ intent, channel, count }] : [];
    }),
  );
  return { byIntent, byChannel, byIntentAndChannel };
}

function isLoggedChannel(channel: string | null): channel is LoggedChannel {
  return channel !== null && (LOGGED_CHANNELS as readonly string[]).includes(channel);
}

/** The municipality's targets, else the national ones. */
export function targetsOf(municipality: Pick<Municipality, 'targets'>): StatsTargets {
  const own = (key: string, fallback: number) => {
    const value = municipality.targets?.[key];
    return typeof value === 'number' ? value : fallback;
  };
  return {
    digitalShare: own('digitalShare', NATIONAL_TARGETS.digitalShare),
    applications: own('applicationsSelfservice', NATIONAL_TARGETS.applications),
    firstContactResolution: own('firstContactResolution', NATIONAL_TARGETS.firstContactResolution),
  };
}

/** Every number of one period, from its tally, its routed decisions by topic and its assisted contacts. */
export function periodStats(
  tally: Pick<PeriodTally, 'counts' | 'integratedSelfservice'>,
  topics: readonly Pick<TopicCount, 'topic' | 'count'>[],
  contacts: readonly ContactRollupRow[],
  from: string,
  to: string,
  model: CostModel,
): PeriodStats {
  const t = tally.counts;
  return {
    from,
    to,
    routed: routedCount(t),
    ...channelMix(t),
    digitalShare: digitalShare(t),
    chosenDigitalShare: chosenDigitalShare(t),
    clicks: measure.named(t, 'clicks'),
    applications: applicationsThroughSelfservice(t),
    followed: followedCount(t),
    followThrough: followThrough(t),
    cost: { estimated: estimatedCost(t, tally.integratedSelfservice, model), allByPhone: allByPhoneCost(t, model), saving: saving(t, tally.integratedSelfservice, model) },
    helped: helpedShare(t),
    assisted: assistedShare(t),
    emergencies: emergenciesShown(t),
    notFound: notFoundCount(t),
    topics: topicsMostRouted(topics),
    contacts: contactStats(contacts),
  };
}

export interface Period {
  from: string;
  to: string;
  /** yyyy-mm-dd for a day, ISO 8601 week (2026-W49) for a week. */
  label: string;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Local calendar dates need no time zone: day arithmetic on UTC midnights is exact. */
export function addDays(date: string, days: number): string {
  return dateOf(dayNumber(date) + days);
}

/** The Monday of the date's week (the Danish and ISO week starts on Monday). */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** ISO 8601 week, as Danish calendars number them: the week belongs to the year of its Thursday. */
export function isoWeek(date: string): string {
  const thursday = addDays(mondayOf(date), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The days or weeks from `from` to `to`, both inclusive; the first and last week clipped to the range. */
export function periodsOf(from: string, to: string, interval: StatsInterval): Period[] {
  const out: Period[] = [];
  for (let start = from; start <= to;) {
    const end = interval === 'day' ? start : minDate(addDays(mondayOf(start), 6), to);
    out.push({ from: start, to: end, label: interval === 'day' ? start : isoWeek(start) });
    start = addDays(end, 1);
  }
  return out;
}

const minDate = (a: string, b: string) => (a < b ? a : b);

/** Rows grouped by the period their day falls in (rows outside every period are dropped). */
export function rowsByPeriod<R extends { day: string }>(rows: readonly R[], periods: readonly Period[]): R[][] {
  const groups = periods.map((): R[] => []);
  const index = new Map<string, number>();
  periods.forEach((p, i) => {
    for (let d = p.from; d <= p.to; d = addDays(d, 1)) index.set(d, i);
  });
  for (const r of rows) {
    const i = index.get(r.day);
    if (i !== undefined) groups[i]!.push(r);
  }
  return groups;
}

/** Routed decisions recommended self-service on a topic whose self-service the municipality has integrated. */
export function integratedSelfserviceCount(rows: readonly RollupRow[], integrated: readonly string[]): number {
  return rows.reduce((sum, r) => (r.type === 'routed' && r.recommended === 'selfservice' && r.topic !== null && integrated.includes(r.topic) ? sum + r.count : sum), 0);
}

/** Routed decisions by topic, each row's `day` the given one. */
function routedByTopic(rows: readonly RollupRow[], municipality: string, day: string): TopicCount[] {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.type === 'routed' && r.topic !== null) counts.set(r.topic, (counts.get(r.topic) ?? 0) + r.count);
  return [...counts].map(([topic, count]) => ({ municipality, day, topic, count }));
}

/**
 * The counts of `/api/stats` summed here from roll-up rows (daily, or already summed per period):
 * what the store sums in the database. For a topic filter, which the database's sums do not
 * keep, and the reference the contract suite holds the database's sums to.
 */
export function statsCountsOf(rows: readonly RollupRow[], range: { from: string; to: string; interval: StatsInterval }, integratedOf: (municipality: string) => readonly string[]): StatsCounts {
  const periods = periodsOf(range.from, range.to, range.interval);
  const out: StatsCounts = { tallies: [], topics: [], rangeTopics: [] };
  const slugs = [...new Set(rows.map((r) => r.municipality))];
  for (const municipality of slugs) {
    const grouped = rowsByPeriod(
      rows.filter((r) => r.municipality === municipality),
      periods,
    );
    grouped.forEach((group, i) => {
      if (group.length === 0) return;
      const day = periods[i]!.from;
      out.tallies.push({ municipality, day, counts: tallyOf(group), integratedSelfservice: integratedSelfserviceCount(group, integratedOf(municipality)) });
      out.topics.push(...routedByTopic(group, municipality, day));
    });
    out.rangeTopics.push(...routedByTopic(grouped.flat(), municipality, range.from));
  }
  return out;
}

const NO_TALLY: Pick<PeriodTally, 'counts' | 'integratedSelfservice'> = { counts: {}, integratedSelfservice: 0 };

/** One municipality's statistics over a range: the whole range and each period. */
export function municipalityStats(
  slug: string,
  counts: StatsCounts,
  range: { from: string; to: string; interval: StatsInterval },
  municipality: CostModel & Pick<Municipality, 'targets'>,
  notFoundWords: MunicipalityStats['notFoundWords'],
  contacts: readonly ContactRollupRow[],
): MunicipalityStats {
  const tallies = new Map(counts.tallies.filter((t) => t.municipality === slug).map((t) => [t.day, t]));
  const topics = new Map<string, TopicCount[]>();
  for (const t of counts.topics) if (t.municipality === slug) topics.set(t.day, [...(topics.get(t.day) ?? []), t]);
  const ownContacts = contacts.filter((c) => c.municipality === slug);
  const periods = periodsOf(range.from, range.to, range.interval);
  const groupedContacts = rowsByPeriod(ownContacts, periods);
  const own = [...tallies.values()];
  const total = { counts: addTallies(own.map((t) => t.counts)), integratedSelfservice: own.reduce((sum, t) => sum + t.integratedSelfservice, 0) };
  return {
    municipality: slug,
    targets: targetsOf(municipality),
    total: periodStats(
      total,
      counts.rangeTopics.filter((t) => t.municipality === slug),
      ownContacts,
      range.from,
      range.to,
      municipality,
    ),
    periods: periods.map((p, i) => periodStats(tallies.get(p.from) ?? NO_TALLY, topics.get(p.from) ?? [], groupedContacts[i]!, p.from, p.to, municipality)),
    notFoundWords,
  };
}

/** One line of the KOMHEN-style export. */
export interface KomhenCount {
  period: string;
  municipality: string;
  area: string;
  intent: Intent;
  channel: LoggedChannel;
  count: number;
}

/**
 * KOMHEN-style counts (DOMAIN.md): routed decisions per period × municipality × service area ×
 * inquiry type × recommended channel; emergencies stay out, as in every other count. Lines with
 * no contacts are left out; the order is period, municipality, area, type, channel.
 */
export function komhenCounts(rows: readonly RollupRow[], range: { from: string; to: string; interval: StatsInterval }, areaOf: (topic: string | null) => string): KomhenCount[] {
  const periods = periodsOf(range.from, range.to, range.interval);
  const lines = new Map<string, KomhenCount>();
  rowsByPeriod(rows, periods).forEach((group, i) => {
    for (const r of group) {
      if (r.type !== 'routed' || r.intent === null || !isLoggedChannel(r.recommended)) continue;
      const line = { period: periods[i]!.label, municipality: r.municipality, area: areaOf(r.topic), intent: r.intent, channel: r.recommended };
      const key = JSON.stringify(Object.values(line));
      const existing = lines.get(key);
      if (existing) existing.count += r.count;
      else lines.set(key, { ...line, count: r.count });
    }
  });
  return [...lines.values()].sort(
    (a, b) =>
      compare(a.period, b.period) ||
      compare(a.municipality, b.municipality) ||
      DANISH.compare(a.area, b.area) ||
      INTENTS.indexOf(a.intent) - INTENTS.indexOf(b.intent) ||
      LOGGED_CHANNELS.indexOf(a.channel) - LOGGED_CHANNELS.indexOf(b.channel),
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Areas sort as a Danish reader expects: Æ, Ø, Å after Z (code points put Å first). */
const DANISH = new Intl.Collator('da');
