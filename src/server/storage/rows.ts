/**
 * What both adapters write, computed once so SQLite and PostgreSQL store the same event the same
 * way: the event's row, its roll-up key, and the session id's stored form. The local day is
 * computed here, with the domain's Copenhagen clock, rather than by each database's own
 * time-zone functions.
 */
import { randomBytes, createHash } from 'node:crypto';
import { localTime } from '../../domain/copenhagen-time.js';
import type { ContactEvent } from '../../model/contact-event.js';
import type { LogEvent } from '../../model/log-event.js';
import type { ContactRollupRow } from '../../model/stats-api.js';
import type { CountRow } from './event-store.js';

/**
 * The roll-up's columns, in key order. A unique key treats NULLs as distinct in both databases,
 * so an absent value is stored as '' (text) or -1 (the three-valued booleans) and read back as
 * null.
 */
export const ROLLUP_COLUMNS = [
  'municipality',
  'day',
  'type',
  'topic',
  'intent',
  'recommended',
  'chosen',
  'kind',
  'helped',
  'assisted',
  'can_use_digital',
  'lang',
] as const;

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
 * The batch's increments, one per key, in a fixed order: PostgreSQL refuses to update one row
 * twice in one statement, and two transactions that lock keys in the same order cannot deadlock.
 */
export function rollupIncrements(rows: readonly EventRow[]): Array<{ key: RollupKey; count: number }> {
  const byKey = new Map<string, { key: RollupKey; count: number }>();
  for (const row of rows) {
    const key = rollupKey(row);
    const text = JSON.stringify(key);
    const entry = byKey.get(text);
    if (entry) entry.count += 1;
    else byKey.set(text, { key, count: 1 });
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
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

/** 32 random bytes for the cookie; the store keeps only their hash. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionKey(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

/** The same event id repeated inside one batch is stored once and counted as a duplicate. */
export function uniqueById(events: readonly LogEvent[]): LogEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => !seen.has(e.id) && seen.add(e.id));
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
