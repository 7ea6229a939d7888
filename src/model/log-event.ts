/**
 * The routing log's event, version 1 (issue 15): what the widget posts to `POST /api/events` and
 * what the collector stores. The widget's sender, the collector and the statistics read the same
 * schema, and the event types are derived from it.
 *
 * Which topics and municipalities exist is content, which this leaf may not read: the caller
 * passes their ids in. Channels, inquiry types, authorities, danger kinds and interface languages
 * are the model's own vocabulary.
 */
import * as v from 'valibot';
import { isRealDate } from './calendar-date.js';
import { DANGER_KINDS } from './content-schema.js';
import { hasControlCharacter, looksLikeCpr, MAX_WORDS_LENGTH, redactWords, startsLikeFormula } from './free-text.js';
import { AUTHORITIES, INTENTS, ROUTABLE_CHANNELS, UI_LANGS, type RoutableChannel } from './vocabulary.js';

export const LOG_EVENT_VERSION = 1;
export const LOG_EVENT_TYPES = ['routed', 'emergency', 'followed', 'helped', 'notFound'] as const;
export type LogEventType = (typeof LOG_EVENT_TYPES)[number];

/** The most events one request may carry; a bigger batch is refused whole. */
export const MAX_EVENTS_PER_BATCH = 100;
/** `ts` further than this from the server's clock is refused: a wrong clock or a replay. */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
export { MAX_WORDS_LENGTH };

/**
 * Emergencies are their own event type and are left out of every share and cost (DOMAIN.md), so
 * a routed or followed event never names the emergency channel.
 */
export const LOGGED_CHANNELS = ROUTABLE_CHANNELS.filter((c): c is Exclude<RoutableChannel, 'emergency'> => c !== 'emergency');

/** The ids the built content knows; any other topic or municipality is refused. */
export interface KnownIds {
  topics: ReadonlySet<string>;
  municipalities: ReadonlySet<string>;
}

const OFFSET_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** ISO 8601 with a UTC offset (or Z), and a day that exists: V8's Date.parse accepts 30 February. */
export function isOffsetTimestamp(text: string): boolean {
  const m = OFFSET_TIMESTAMP.exec(text);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * A text field: checked for what must never be stored before anything echoes it back in an error
 * message. Parsed with `abortPipeEarly`, so a refused value never reaches a later message.
 */
const safeText = (field: string, maxLength: number) =>
  v.pipe(
    v.string(`${field} must be text`),
    v.maxLength(maxLength, `${field} must be at most ${maxLength} characters`),
    v.check((s) => !hasControlCharacter(s), `${field} must not contain control characters`),
    v.check((s) => !startsLikeFormula(s), `${field} must not start with = + - @ (a spreadsheet formula)`),
    v.check((s) => !looksLikeCpr(s), `${field} must not contain a CPR number`),
  );

const SLUG_LENGTH = 64;

const knownId = (field: string, known: ReadonlySet<string>) =>
  v.pipe(
    safeText(field, SLUG_LENGTH),
    v.check(
      (s) => known.has(s),
      (issue) => `unknown ${field} ${JSON.stringify(issue.input)}`,
    ),
  );

const uuid = (field: string) => v.pipe(v.string(`${field} must be a uuid`), v.toLowerCase(), v.uuid(`${field} must be a uuid`));

const boolean = (field: string) => v.boolean(`${field} must be true or false`);
const maybe = (field: string) => v.nullable(v.boolean(`${field} must be true, false or null`));

const channel = (field: string) => v.picklist(LOGGED_CHANNELS, `${field} must be one of ${LOGGED_CHANNELS.join(', ')}`);

/** Words the citizen searched with and nothing was found: checked, then redacted again here. */
const words = v.pipe(
  safeText('words', MAX_WORDS_LENGTH),
  v.transform((s) => redactWords(s) || undefined),
);

/** The schema of one event, for the given known ids. */
export function logEventSchema(known: KnownIds) {
  const topic = knownId('topic', known.topics);
  const common = {
    v: v.literal(LOG_EVENT_VERSION, `v must be ${LOG_EVENT_VERSION}`),
    id: uuid('id'),
    ts: v.pipe(v.string('ts must be an ISO 8601 time with offset'), v.check(isOffsetTimestamp, 'ts must be an ISO 8601 time with offset, like 2026-12-01T10:30:00+01:00')),
    municipality: knownId('municipality', known.municipalities),
    session: uuid('session'),
    lang: v.picklist(UI_LANGS, `lang must be one of ${UI_LANGS.join(', ')}`),
    assisted: boolean('assisted'),
  };
  return v.variant(
    'type',
    [
      v.strictObject({
        ...common,
        type: v.literal('routed'),
        topic,
        intent: v.picklist(INTENTS, `intent must be one of ${INTENTS.join(', ')}`),
        recommended: channel('recommended'),
        alternatives: v.pipe(
          v.array(channel('each alternative'), 'alternatives must be a list of channels'),
          v.maxLength(LOGGED_CHANNELS.length, `alternatives must name at most ${LOGGED_CHANNELS.length} channels`),
        ),
        authority: v.picklist(AUTHORITIES, `authority must be one of ${AUTHORITIES.join(', ')}`),
        canUseDigital: maybe('canUseDigital'),
        open: maybe('open'),
        caution: boolean('caution'),
      }),
      v.strictObject({
        ...common,
        type: v.literal('emergency'),
        kind: v.picklist(DANGER_KINDS, `kind must be one of ${DANGER_KINDS.join(', ')}`),
        topic: v.nullable(topic),
      }),
      v.strictObject({
        ...common,
        type: v.literal('followed'),
        topic,
        recommended: channel('recommended'),
        chosen: channel('chosen'),
      }),
      v.strictObject({ ...common, type: v.literal('helped'), topic, helped: boolean('helped') }),
      v.strictObject({ ...common, type: v.literal('notFound'), words: v.optional(words) }),
    ],
    // valibot reports a wrong type at the key `type`, and a non-object with no path at all.
    (issue) => (issue.path ? `type must be one of ${LOG_EVENT_TYPES.join(', ')}` : 'must be an object'),
  );
}

const LANG_SET: ReadonlySet<unknown> = new Set(UI_LANGS);
const INTENT_SET: ReadonlySet<unknown> = new Set(INTENTS);
const CHANNEL_SET: ReadonlySet<unknown> = new Set(LOGGED_CHANNELS);
const AUTHORITY_SET: ReadonlySet<unknown> = new Set(AUTHORITIES);
const KIND_SET: ReadonlySet<unknown> = new Set(DANGER_KINDS);
/** valibot's own uuid pattern, applied as its pipe does: to the lower-cased text. */
const UUID = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/iu;

const COMMON_KEYS = ['v', 'id', 'ts', 'municipality', 'session', 'lang', 'assisted', 'type'];
/** Each type's fields as an object's keys: looking a key up there is several times faster than in a Set. */
const fieldsOf = (...names: string[]): Readonly<Record<string, true>> => Object.fromEntries([...COMMON_KEYS, ...names].map((name) => [name, true]));
const KEYS_OF: Readonly<Record<string, Readonly<Record<string, true>>>> = {
  routed: fieldsOf('topic', 'intent', 'recommended', 'alternatives', 'authority', 'canUseDigital', 'open', 'caution'),
  emergency: fieldsOf('kind', 'topic'),
  followed: fieldsOf('topic', 'recommended', 'chosen'),
  helped: fieldsOf('topic', 'helped'),
};

const uuidOf = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return UUID.test(lower) ? lower : undefined;
};
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isMaybe = (value: unknown): value is boolean | null => value === null || typeof value === 'boolean';

/**
 * The collector's hot path: an event of the four common types checked field by field in plain
 * code, because valibot's general machinery (the variant trying each type, a dataset and a pipe
 * per field) was a sixth of the collector's time per event. It returns an event only where the
 * schema would return the same one, in the same key order; anything it is not sure of (a
 * notFound event's words, any field out of line) returns undefined, and the schema decides and
 * words the errors. A property test holds the two together (tests/model/log-event.test.ts).
 */
export function quickLogEvent(input: unknown, known: KnownIds): LogEvent | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const item = input as Record<string, unknown>;
  const type = item.type;
  const keys = typeof type === 'string' && Object.hasOwn(KEYS_OF, type) ? KEYS_OF[type] : undefined;
  if (!keys) return undefined;
  // Inherited names (toString) are not `true` there, so they count as unknown, as in the schema.
  for (const key in item) if (keys[key] !== true) return undefined;
  const { topics, municipalities } = cleanKnownIds(known);
  const id = uuidOf(item.id);
  const session = uuidOf(item.session);
  const { ts, municipality, lang, assisted, topic } = item;
  if (item.v !== LOG_EVENT_VERSION || id === undefined || session === undefined || typeof ts !== 'string' || !isOffsetTimestamp(ts)) return undefined;
  if (!municipalities.has(municipality) || !LANG_SET.has(lang) || !isBoolean(assisted)) return undefined;
  // Object literals written out in the schema's key order: a spread of a shared part cost more
  // than all the checks together.
  const m = municipality as string;
  const l = lang as LogEvent['lang'];
  switch (type) {
    case 'routed': {
      const { intent, recommended, alternatives, authority, canUseDigital, open, caution } = item;
      if (!topics.has(topic) || !INTENT_SET.has(intent) || !CHANNEL_SET.has(recommended) || !AUTHORITY_SET.has(authority)) return undefined;
      if (!Array.isArray(alternatives) || alternatives.length > LOGGED_CHANNELS.length) return undefined;
      for (const alternative of alternatives) if (!CHANNEL_SET.has(alternative)) return undefined;
      if (!isMaybe(canUseDigital) || !isMaybe(open) || !isBoolean(caution)) return undefined;
      return { v: 1, id, ts, municipality: m, session, lang: l, assisted, type, topic, intent, recommended, alternatives: alternatives.slice(), authority, canUseDigital, open, caution } as LogEvent;
    }
    case 'emergency':
      if (!KIND_SET.has(item.kind) || !(topic === null || topics.has(topic))) return undefined;
      return { v: 1, id, ts, municipality: m, session, lang: l, assisted, type, kind: item.kind, topic } as LogEvent;
    case 'followed':
      if (!topics.has(topic) || !CHANNEL_SET.has(item.recommended) || !CHANNEL_SET.has(item.chosen)) return undefined;
      return { v: 1, id, ts, municipality: m, session, lang: l, assisted, type, topic, recommended: item.recommended, chosen: item.chosen } as LogEvent;
    case 'helped':
      if (!topics.has(topic) || !isBoolean(item.helped)) return undefined;
      return { v: 1, id, ts, municipality: m, session, lang: l, assisted, type, topic, helped: item.helped } as LogEvent;
  }
  return undefined;
}

/** The known ids that also pass the schema's text checks (all of them, in practice), computed once per set of ids. */
const cleanIds = new WeakMap<KnownIds, { topics: ReadonlySet<unknown>; municipalities: ReadonlySet<unknown> }>();

function cleanKnownIds(known: KnownIds): { topics: ReadonlySet<unknown>; municipalities: ReadonlySet<unknown> } {
  let clean = cleanIds.get(known);
  if (!clean) {
    const passes = (s: string) => s.length <= SLUG_LENGTH && !hasControlCharacter(s) && !startsLikeFormula(s) && !looksLikeCpr(s);
    clean = { topics: new Set([...known.topics].filter(passes)), municipalities: new Set([...known.municipalities].filter(passes)) };
    cleanIds.set(known, clean);
  }
  return clean;
}

export type LogEvent = v.InferOutput<ReturnType<typeof logEventSchema>>;
export type RoutedLogEvent = Extract<LogEvent, { type: 'routed' }>;
export type EmergencyLogEvent = Extract<LogEvent, { type: 'emergency' }>;
export type FollowedLogEvent = Extract<LogEvent, { type: 'followed' }>;
export type HelpedLogEvent = Extract<LogEvent, { type: 'helped' }>;
export type NotFoundLogEvent = Extract<LogEvent, { type: 'notFound' }>;
export type LoggedChannel = (typeof LOGGED_CHANNELS)[number];

export type LogValidation = { ok: true; events: LogEvent[] } | { ok: false; errors: string[] };

/** A collector validates every request against the same known ids: build their schema once. */
const schemas = new WeakMap<KnownIds, ReturnType<typeof logEventSchema>>();

function issueText(issue: v.BaseIssue<unknown>): string {
  // valibot reports a strict object's missing and unknown keys in its own words; say them plainly.
  if (issue.type === 'strict_object') return issue.expected === 'never' ? 'unknown field' : 'missing';
  return issue.message;
}

function pathText(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('');
}

/**
 * One event or an array of up to 100, checked whole: every error at once, each naming the event
 * and the field (`events[3].topic: unknown topic "x"`; a single event is `events[0]`), so the
 * collector's 400 tells a sender everything wrong in one answer. `serverTime` is the clock `ts`
 * must lie within 24 h of.
 */
export function validateLogEvents(input: unknown, known: KnownIds, serverTime: Date): LogValidation {
  let schema = schemas.get(known);
  if (!schema) {
    schema = logEventSchema(known);
    schemas.set(known, schema);
  }
  const batch = Array.isArray(input) ? input : [input];
  if (batch.length === 0) return { ok: false, errors: ['events: the array is empty'] };
  if (batch.length > MAX_EVENTS_PER_BATCH) {
    return { ok: false, errors: [`events: at most ${MAX_EVENTS_PER_BATCH} events in one request, got ${batch.length}`] };
  }
  const errors: string[] = [];
  const events: LogEvent[] = [];
  batch.forEach((item, index) => {
    const at = `events[${index}]`;
    const quick = quickLogEvent(item, known);
    if (quick) events.push(quick);
    else {
      const result = v.safeParse(schema, item, { abortPipeEarly: true });
      if (result.success) events.push(result.output);
      else for (const issue of result.issues) errors.push(`${at}${pathText(issue)}: ${issueText(issue)}`);
    }
    // Read from the input so a far-off clock is reported beside the event's other errors.
    const ts = typeof item === 'object' && item !== null ? (item as { ts?: unknown }).ts : undefined;
    if (typeof ts === 'string' && isOffsetTimestamp(ts) && Math.abs(Date.parse(ts) - serverTime.getTime()) > MAX_CLOCK_SKEW_MS) {
      errors.push(`${at}.ts: more than 24 hours from the server's clock`);
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, events };
}
