/**
 * The numbers a channel manager sees (DOMAIN.md, "The numbers a channel manager sees"): one
 * function per formula, over the routing log's roll-up rows, so the dashboard, the export and
 * any report compute each number the same way (ARCHITECTURE.md, principle 6). Pure: rows in,
 * numbers out; the server fetches the rows.
 */
import { DANGER_KINDS, type Municipality } from '../model/content-schema.js';
import { LOGGED_CHANNELS } from '../model/log-event.js';
import type { ContactRollupRow, MunicipalityStats, PeriodStats, RollupRow, StatsInterval, StatsTargets } from '../model/stats-api.js';
import { contactStats } from './contact-stats.js';
import { INTENTS, type Intent } from '../model/vocabulary.js';

type LoggedChannel = (typeof LOGGED_CHANNELS)[number];

export const DIGITAL_CHANNELS: readonly string[] = ['web', 'selfservice', 'minside', 'digitalpost'];

/**
 * Targets the strategies cite where a municipality sets none (DOMAIN.md); first-contact
 * resolution is Halsnæs's 60 % of phone and chat inquiries, the one figure the strategies give.
 */
export const NATIONAL_TARGETS: StatsTargets = { digitalShare: 0.5, applications: 0.8, firstContactResolution: 0.6 };

/** How many topics "topics most routed" lists. */
export const TOP_TOPICS = 10;

/** What the cost formulas need of a municipality's configuration. */
export type CostModel = Pick<Municipality, 'costs' | 'integratedSelfservice'>;

export const isDigital = (channel: string | null): boolean => channel !== null && DIGITAL_CHANNELS.includes(channel);

const total = (rows: readonly RollupRow[], keep: (row: RollupRow) => boolean): number => rows.reduce((sum, row) => (keep(row) ? sum + row.count : sum), 0);

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

const isRouted = (row: RollupRow) => row.type === 'routed';
const isClick = (row: RollupRow) => row.type === 'followed';

export function routedCount(rows: readonly RollupRow[]): number {
  return total(rows, isRouted);
}

/** Routed decisions whose recommended channel is digital ÷ routed decisions. */
export function digitalShare(rows: readonly RollupRow[]): number | null {
  return ratio(
    total(rows, (r) => isRouted(r) && isDigital(r.recommended)),
    routedCount(rows),
  );
}

/** Where citizens clicked an action: clicks whose chosen channel is digital ÷ clicks. */
export function chosenDigitalShare(rows: readonly RollupRow[]): number | null {
  return ratio(
    total(rows, (r) => isClick(r) && isDigital(r.chosen)),
    total(rows, isClick),
  );
}

/**
 * Applications through self-service: among routed transactions, the share recommended
 * self-service. The chosen side: a click event carries no inquiry type, so it is measured on
 * clicks on decisions that recommended self-service: the share where the citizen chose it.
 */
export function applicationsThroughSelfservice(rows: readonly RollupRow[]): PeriodStats['applications'] {
  const transactions = total(rows, (r) => isRouted(r) && r.intent === 'transaction');
  const selfservice = total(rows, (r) => isRouted(r) && r.intent === 'transaction' && r.recommended === 'selfservice');
  const clicked = total(rows, (r) => isClick(r) && r.recommended === 'selfservice');
  const chosenSelfservice = total(rows, (r) => isClick(r) && r.recommended === 'selfservice' && r.chosen === 'selfservice');
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
export function followedCount(rows: readonly RollupRow[]): number {
  return total(rows, (r) => isClick(r) && r.chosen !== null && r.chosen === r.recommended);
}

/** Routed decisions followed by a click on the recommended channel's action ÷ routed decisions. */
export function followThrough(rows: readonly RollupRow[]): number | null {
  return ratio(followedCount(rows), routedCount(rows));
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

/** The routed contacts, each at the price of its recommended channel. */
export function estimatedCost(rows: readonly RollupRow[], model: CostModel): number {
  return rows.reduce((sum, r) => (isRouted(r) && r.recommended !== null ? sum + r.count * contactPrice(r.recommended, r.topic, model) : sum), 0);
}

/** The baseline: the same contacts, all by phone. */
export function allByPhoneCost(rows: readonly RollupRow[], model: CostModel): number {
  return routedCount(rows) * model.costs.phone;
}

/** The saving against the all-by-phone baseline. */
export function saving(rows: readonly RollupRow[], model: CostModel): number {
  return allByPhoneCost(rows, model) - estimatedCost(rows, model);
}

/** Answers to "did it help?": yes ÷ (yes + no). */
export function helpedShare(rows: readonly RollupRow[]): PeriodStats['helped'] {
  const yes = total(rows, (r) => r.type === 'helped' && r.helped === true);
  const no = total(rows, (r) => r.type === 'helped' && r.helped === false);
  return { yes, no, share: ratio(yes, yes + no) };
}

/** Routed decisions made with staff beside the citizen ÷ routed decisions. */
export function assistedShare(rows: readonly RollupRow[]): PeriodStats['assisted'] {
  const count = total(rows, (r) => isRouted(r) && r.assisted);
  return { count, share: ratio(count, routedCount(rows)) };
}

/** Emergency answers shown, by danger kind: counted apart from every share and cost. */
export function emergenciesShown(rows: readonly RollupRow[]): PeriodStats['emergencies'] {
  const byKind = Object.fromEntries(DANGER_KINDS.map((k) => [k, total(rows, (r) => r.type === 'emergency' && r.kind === k)])) as PeriodStats['emergencies']['byKind'];
  return { total: total(rows, (r) => r.type === 'emergency'), byKind };
}

/** Topics by routed decisions, most first (ties by id, so the answer is stable). */
export function topicsMostRouted(rows: readonly RollupRow[], limit = TOP_TOPICS): PeriodStats['topics'] {
  const counts = new Map<string, number>();
  for (const r of rows) if (isRouted(r) && r.topic !== null) counts.set(r.topic, (counts.get(r.topic) ?? 0) + r.count);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([topic, count]) => ({ topic, count }));
}

/** Searches that found nothing. */
export function notFoundCount(rows: readonly RollupRow[]): number {
  return total(rows, (r) => r.type === 'notFound');
}

/** Routed decisions by inquiry type and recommended channel: the channel mix. */
export function channelMix(rows: readonly RollupRow[]): Pick<PeriodStats, 'byIntent' | 'byChannel' | 'byIntentAndChannel'> {
  const byIntent = Object.fromEntries(INTENTS.map((i) => [i, 0])) as Record<Intent, number>;
  const byChannel = Object.fromEntries(LOGGED_CHANNELS.map((c) => [c, 0])) as Record<LoggedChannel, number>;
  const cells = new Map<string, number>();
  for (const r of rows) {
    if (!isRouted(r) || r.intent === null || !isLoggedChannel(r.recommended)) continue;
    byIntent[r.intent] += r.count;
    byChannel[r.recommended] += r.count;
    const key = `${r.intent} ${r.recommended}`;
    cells.set(key, (cells.get(key) ?? 0) + r.count);
  }
  const byIntentAndChannel = INTENTS.flatMap((intent) =>
    LOGGED_CHANNELS.flatMap((channel) => {
      const count = cells.get(`${intent} ${channel}`);
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

/** Every number of one period, from that period's rows and assisted contacts. */
export function periodStats(rows: readonly RollupRow[], contacts: readonly ContactRollupRow[], from: string, to: string, model: CostModel): PeriodStats {
  return {
    from,
    to,
    routed: routedCount(rows),
    ...channelMix(rows),
    digitalShare: digitalShare(rows),
    chosenDigitalShare: chosenDigitalShare(rows),
    clicks: total(rows, isClick),
    applications: applicationsThroughSelfservice(rows),
    followed: followedCount(rows),
    followThrough: followThrough(rows),
    cost: { estimated: estimatedCost(rows, model), allByPhone: allByPhoneCost(rows, model), saving: saving(rows, model) },
    helped: helpedShare(rows),
    assisted: assistedShare(rows),
    emergencies: emergenciesShown(rows),
    notFound: notFoundCount(rows),
    topics: topicsMostRouted(rows),
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

/** One municipality's statistics over a range: the whole range and each period. */
export function municipalityStats(
  slug: string,
  rows: readonly RollupRow[],
  range: { from: string; to: string; interval: StatsInterval },
  municipality: CostModel & Pick<Municipality, 'targets'>,
  notFoundWords: MunicipalityStats['notFoundWords'],
  contacts: readonly ContactRollupRow[],
): MunicipalityStats {
  const own = rows.filter((r) => r.municipality === slug);
  const ownContacts = contacts.filter((c) => c.municipality === slug);
  const periods = periodsOf(range.from, range.to, range.interval);
  const grouped = rowsByPeriod(own, periods);
  const groupedContacts = rowsByPeriod(ownContacts, periods);
  return {
    municipality: slug,
    targets: targetsOf(municipality),
    total: periodStats(own, ownContacts, range.from, range.to, municipality),
    periods: periods.map((p, i) => periodStats(grouped[i]!, groupedContacts[i]!, p.from, p.to, municipality)),
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
      if (!isRouted(r) || r.intent === null || !isLoggedChannel(r.recommended)) continue;
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
