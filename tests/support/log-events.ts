/** Routing-log events for tests: hand-made ones and fast-check's, all valid under schema v1. */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DANGER_KINDS } from '../../src/model/content-schema.js';
import { LOGGED_CHANNELS, type KnownIds, type LogEvent } from '../../src/model/log-event.js';
import { AUTHORITIES, INTENTS, UI_LANGS } from '../../src/model/vocabulary.js';

export const TOPICS = ['flytning', 'pas', 'boligstoette', 'byggesag'] as const;
export const MUNICIPALITIES = ['demo', 'aarhus', 'esbjerg'] as const;
export const KNOWN: KnownIds = { topics: new Set(TOPICS), municipalities: new Set(MUNICIPALITIES) };

/** A routed decision as the widget would send it, the given fields changed. */
export function routed(fields: Partial<Extract<LogEvent, { type: 'routed' }>> = {}): Extract<LogEvent, { type: 'routed' }> {
  return {
    v: 1,
    id: randomUUID(),
    ts: '2026-12-01T10:30:00+01:00',
    municipality: 'aarhus',
    session: randomUUID(),
    type: 'routed',
    lang: 'da',
    assisted: false,
    topic: 'flytning',
    intent: 'transaction',
    recommended: 'selfservice',
    alternatives: ['assisted', 'phone'],
    authority: 'kommune',
    canUseDigital: null,
    open: true,
    caution: false,
    ...fields,
  };
}

/** The server's clock in tests that take events stamped 1 December 2026. */
export const SERVER_TIME = new Date('2026-12-01T09:31:00Z');

const uuid = fc.uuid({ version: 4 });
/** Instants across a year, so local days, summer time and midnight all occur. */
const ts = fc
  .integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-31T23:59:59Z') })
  .chain((ms) => fc.constantFrom('Z', '+01:00', '+02:00', '-05:00').map((offset) => stamp(ms, offset)));

function stamp(ms: number, offset: string): string {
  const minutes = offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  return `${new Date(ms + minutes * 60000).toISOString().slice(0, 19)}${offset}`;
}

const common = {
  v: fc.constant(1 as const),
  id: uuid,
  ts,
  municipality: fc.constantFrom(...MUNICIPALITIES),
  session: uuid,
  lang: fc.constantFrom(...UI_LANGS),
  assisted: fc.boolean(),
};
const topic = fc.constantFrom(...TOPICS);
const channel = fc.constantFrom(...LOGGED_CHANNELS);
const maybe = fc.constantFrom(true, false, null);

/** Any valid event of any type. */
export const logEventArb: fc.Arbitrary<LogEvent> = fc.oneof(
  fc.record({
    ...common,
    type: fc.constant('routed' as const),
    topic,
    intent: fc.constantFrom(...INTENTS),
    recommended: channel,
    alternatives: fc.uniqueArray(channel, { maxLength: 3 }),
    authority: fc.constantFrom(...AUTHORITIES),
    canUseDigital: maybe,
    open: maybe,
    caution: fc.boolean(),
  }),
  fc.record({ ...common, type: fc.constant('emergency' as const), kind: fc.constantFrom(...DANGER_KINDS), topic: fc.option(topic, { nil: null }) }),
  fc.record({ ...common, type: fc.constant('followed' as const), topic, recommended: channel, chosen: channel }),
  fc.record({ ...common, type: fc.constant('helped' as const), topic, helped: fc.boolean() }),
  fc.record(
    { ...common, type: fc.constant('notFound' as const), words: fc.constantFrom('parkeringslicens', 'hundeskat', 'kolonihave leje') },
    { requiredKeys: ['v', 'id', 'ts', 'municipality', 'session', 'lang', 'assisted', 'type'] },
  ),
);
