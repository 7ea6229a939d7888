/**
 * An assisted contact, version 1 (issue 17): what the staff console posts to `POST /api/contacts`
 * when a staff member has helped a citizen on the phone, at the desk or in a chat. Like the
 * routing log's events (log-event.ts) it is versioned, its `id` is the sender's idempotency key,
 * and it carries nothing that identifies the citizen or the staff member: the municipality is
 * the session's, added by the server, and who registered it is not stored.
 *
 * Which topics exist and which inquiry types each has is content, which this leaf may not read:
 * the caller passes them in.
 */
import * as v from 'valibot';
import { isOffsetTimestamp, MAX_CLOCK_SKEW_MS } from './log-event.js';
import { INTENTS, type Intent } from './vocabulary.js';

export const CONTACT_EVENT_VERSION = 1;

/** How the citizen came: KOMHEN counts phone, personal attendance (the desk) and chat apart. */
export const CONTACT_CHANNELS = ['phone', 'desk', 'chat'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Each known topic with its inquiry types (content's topics/<id>.yaml `intents`). */
export type KnownTopicIntents = ReadonlyMap<string, readonly Intent[]>;

const boolean = (field: string) => v.boolean(`${field} must be true or false`);

/** The schema of one contact, for the given topics. */
export function contactEventSchema(topics: KnownTopicIntents) {
  return v.pipe(
    v.strictObject(
      {
        v: v.literal(CONTACT_EVENT_VERSION, `v must be ${CONTACT_EVENT_VERSION}`),
        id: v.pipe(v.string('id must be a uuid'), v.toLowerCase(), v.uuid('id must be a uuid')),
        ts: v.pipe(v.string('ts must be an ISO 8601 time with offset'), v.check(isOffsetTimestamp, 'ts must be an ISO 8601 time with offset, like 2026-12-01T10:30:00+01:00')),
        /** null when the contact was about no catalog topic (or the staff member did not pick one). */
        topic: v.nullable(
          v.pipe(
            v.string('topic must be a topic id or null'),
            v.maxLength(64, 'topic must be at most 64 characters'),
            // The value is not echoed: a hostile one must not come back in the answer.
            v.check((s) => topics.has(s), 'topic is not a known topic id'),
          ),
        ),
        intent: v.nullable(v.picklist(INTENTS, `intent must be one of ${INTENTS.join(', ')} or null`)),
        came: v.picklist(CONTACT_CHANNELS, `came must be one of ${CONTACT_CHANNELS.join(', ')}`),
        solvedAtFirstContact: boolean('solvedAtFirstContact'),
        selfServiceWithHelp: boolean('selfServiceWithHelp'),
      },
      // valibot reports a missing and an unknown key under the same type; say which it is.
      (issue) => (issue.expected === 'never' ? 'unknown field' : 'is missing'),
    ),
    v.forward(
      v.partialCheck(
        [['topic'], ['intent']],
        (c) => c.topic === null || c.intent === null || !topics.has(c.topic) || topics.get(c.topic)!.includes(c.intent),
        "intent is not one of the topic's inquiry types",
      ),
      ['intent'],
    ),
  );
}

export type ContactEvent = v.InferOutput<ReturnType<typeof contactEventSchema>>;

export type ContactValidation = { ok: true; contact: ContactEvent } | { ok: false; errors: string[] };

const schemas = new WeakMap<KnownTopicIntents, ReturnType<typeof contactEventSchema>>();

/**
 * One contact, checked whole: every error at once, each naming its field (`came: came must be
 * one of phone, desk, chat`). `serverTime` is the clock `ts` must lie within 24 h of.
 */
export function validateContactEvent(input: unknown, topics: KnownTopicIntents, serverTime: Date): ContactValidation {
  // valibot takes an array for an object (with every field missing): say what is wrong instead.
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, errors: ['(body): the body must be one contact, an object'] };
  let schema = schemas.get(topics);
  if (!schema) {
    schema = contactEventSchema(topics);
    schemas.set(topics, schema);
  }
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  const errors = result.success ? [] : result.issues.map((issue) => `${issue.path?.map((p) => String(p.key)).join('.') ?? '(body)'}: ${issue.message}`);
  const ts = (input as { ts?: unknown }).ts;
  if (typeof ts === 'string' && isOffsetTimestamp(ts) && Math.abs(Date.parse(ts) - serverTime.getTime()) > MAX_CLOCK_SKEW_MS) {
    errors.push("ts: more than 24 hours from the server's clock");
  }
  return result.success && errors.length === 0 ? { ok: true, contact: result.output } : { ok: false, errors };
}
