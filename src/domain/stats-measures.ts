/**
 * The counts every statistic of a period is computed from (DOMAIN.md's formulas need no more):
 * each a sum of roll-up rows whose dimensions have given values. Defined once, as data, so the
 * store can sum them in the database (one row per period instead of one per day and key) and
 * `tallyOf` can sum the same rows in memory; the contract suite checks that both give the same
 * statistics. The formulas themselves are in channel-stats.ts.
 */
import { DANGER_KINDS } from '../model/content-schema.js';
import { LOGGED_CHANNELS } from '../model/log-event.js';
import type { RollupRow } from '../model/stats-api.js';
import { INTENTS } from '../model/vocabulary.js';

export const DIGITAL_CHANNELS: readonly string[] = ['web', 'selfservice', 'minside', 'digitalpost'];

/**
 * A row's dimensions as both stores keep them in the roll-up: an absent text is '', `helped` is
 * -1 (absent), 0 or 1, `assisted` 0 or 1.
 */
export interface StoredDimensions {
  type: string;
  intent: string;
  recommended: string;
  chosen: string;
  kind: string;
  helped: number;
  assisted: number;
}

/** The rows a measure counts: every named dimension equal to its value, or to one of its values. */
export type Condition = { readonly [D in keyof StoredDimensions]?: StoredDimensions[D] | readonly string[] };

// Names made once: a name built anew for every lookup would be flattened and hashed each time.
const names = (prefix: string, keys: readonly string[]) => new Map(keys.map((key) => [key, `${prefix} ${key}`]));
const ROUTED_CELLS = new Map(INTENTS.map((intent) => [intent as string, names(`routed ${intent}`, LOGGED_CHANNELS)]));
const FOLLOWED_ON = names('followed', LOGGED_CHANNELS);
const EMERGENCY_OF = names('emergency', DANGER_KINDS);
const routedCell = (intent: string, channel: string) => ROUTED_CELLS.get(intent)?.get(channel) ?? `routed ${intent} ${channel}`;
const followedOn = (channel: string) => FOLLOWED_ON.get(channel) ?? `followed ${channel}`;
const emergencyOf = (kind: string) => EMERGENCY_OF.get(kind) ?? `emergency ${kind}`;

/** Every measure, in a fixed order (the stores name their sums by position). */
export const MEASURES: ReadonlyArray<readonly [name: string, condition: Condition]> = [
  ['routed', { type: 'routed' }],
  ...INTENTS.flatMap((intent) => LOGGED_CHANNELS.map((channel) => [routedCell(intent, channel), { type: 'routed', intent, recommended: channel }] as const)),
  ['routed assisted', { type: 'routed', assisted: 1 }],
  ['clicks', { type: 'followed' }],
  ['clicks chosen digital', { type: 'followed', chosen: DIGITAL_CHANNELS }],
  ['clicks on selfservice', { type: 'followed', recommended: 'selfservice' }],
  ['clicks on selfservice kept', { type: 'followed', recommended: 'selfservice', chosen: 'selfservice' }],
  // A click on the recommended channel's own action, channel by channel (a condition compares with values only).
  ...LOGGED_CHANNELS.map((channel) => [followedOn(channel), { type: 'followed', recommended: channel, chosen: channel }] as const),
  ['helped yes', { type: 'helped', helped: 1 }],
  ['helped no', { type: 'helped', helped: 0 }],
  ['emergencies', { type: 'emergency' }],
  ...DANGER_KINDS.map((kind) => [emergencyOf(kind), { type: 'emergency', kind }] as const),
  ['not found', { type: 'notFound' }],
];

/** A period's measures by name. */
export type Tally = Readonly<Record<string, number>>;

export const measure = {
  routedCell: (t: Tally, intent: string, channel: string) => t[routedCell(intent, channel)] ?? 0,
  followedOn: (t: Tally, channel: string) => t[followedOn(channel)] ?? 0,
  emergencyOf: (t: Tally, kind: string) => t[emergencyOf(kind)] ?? 0,
  named: (t: Tally, name: string) => t[name] ?? 0,
};

export function storedDimensions(row: RollupRow): StoredDimensions {
  return {
    type: row.type,
    intent: row.intent ?? '',
    recommended: row.recommended ?? '',
    chosen: row.chosen ?? '',
    kind: row.kind ?? '',
    helped: row.helped === null ? -1 : row.helped ? 1 : 0,
    assisted: row.assisted ? 1 : 0,
  };
}

export function meets(dimensions: StoredDimensions, condition: Condition): boolean {
  return (Object.keys(condition) as Array<keyof StoredDimensions>).every((d) => {
    const wanted = condition[d];
    return Array.isArray(wanted) ? wanted.includes(dimensions[d] as string) : wanted === dimensions[d];
  });
}

/** The measures of these rows, summed in memory: what the store sums in the database. */
export function tallyOf(rows: readonly RollupRow[]): Tally {
  const tally: Record<string, number> = Object.fromEntries(MEASURES.map(([name]) => [name, 0]));
  for (const row of rows) {
    const dimensions = storedDimensions(row);
    for (const [name, condition] of MEASURES) if (meets(dimensions, condition)) tally[name]! += row.count;
  }
  return tally;
}

/** Tallies added up (a range from its periods). */
export function addTallies(tallies: readonly Tally[]): Tally {
  const sum: Record<string, number> = Object.fromEntries(MEASURES.map(([name]) => [name, 0]));
  for (const t of tallies) for (const [name] of MEASURES) sum[name]! += t[name] ?? 0;
  return sum;
}

/** A literal the stores may write into SQL: the measures' values are the model's own vocabulary, never input. */
const PLAIN = /^[A-Za-z]+$/;

/**
 * One measure as SQL over the roll-up's stored columns and its `count` column:
 * `coalesce(sum(count) FILTER (WHERE type = 'routed' AND …), 0)`. A filter, not
 * `sum(CASE … ELSE 0 END)`: a row adds only to the few measures it meets instead of a zero to
 * every one (a third faster in both databases here).
 */
export function measureSql(condition: Condition): string {
  const literal = (value: string | number) => {
    if (typeof value === 'number') return String(value);
    if (!PLAIN.test(value)) throw new Error(`measure value ${JSON.stringify(value)} is not a plain word`);
    return `'${value}'`;
  };
  const terms = Object.entries(condition).map(([column, wanted]) =>
    Array.isArray(wanted) ? `${column} IN (${(wanted as readonly string[]).map(literal).join(', ')})` : `${column} = ${literal(wanted as string | number)}`,
  );
  return `coalesce(sum(count) FILTER (WHERE ${terms.join(' AND ')}), 0)`;
}
