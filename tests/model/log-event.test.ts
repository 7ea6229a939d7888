import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { redactWords } from '../../src/model/free-text.js';
import { logEventSchema, quickLogEvent, validateLogEvents } from '../../src/model/log-event.js';
import { KNOWN, logEventArb, MUNICIPALITIES, routed, SERVER_TIME, TOPICS } from '../support/log-events.js';

const validate = (input: unknown, now = SERVER_TIME) => validateLogEvents(input, KNOWN, now);
const errorsOf = (input: unknown) => {
  const result = validate(input);
  return result.ok ? [] : result.errors;
};

describe('the routing log event, version 1', () => {
  it('takes one routed decision as the widget sends it', () => {
    const event = routed();
    expect(validate(event)).toEqual({ ok: true, events: [event] });
  });

  it('takes every kind of valid event, alone and in batches of up to 100', () => {
    fc.assert(
      fc.property(fc.array(logEventArb, { minLength: 1, maxLength: 100 }), (events) => {
        const result = validateLogEvents(events, KNOWN, new Date(Date.parse(events[0]!.ts)));
        // The clock check is its own test; here every event must pass the schema.
        const schemaErrors = result.ok ? [] : result.errors.filter((e) => !e.includes("server's clock"));
        expect(schemaErrors).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('names every problem of a batch at once, by event index and field', () => {
    const errors = errorsOf([routed(), routed(), routed(), { ...routed({ topic: 'x' }), intent: 'gossip', extra: 1 }, { ...routed(), municipality: 'atlantis', canUseDigital: 'yes' }]);
    expect(errors).toEqual([
      'events[3].topic: unknown topic "x"',
      'events[3].intent: intent must be one of information, interaction, transaction, relation',
      'events[3].extra: unknown field',
      'events[4].municipality: unknown municipality "atlantis"',
      'events[4].canUseDigital: canUseDigital must be true, false or null',
    ]);
  });

  it('refuses missing fields, wrong types and unknown event types', () => {
    const { recommended: _dropped, ...missing } = routed();
    expect(errorsOf(missing)).toEqual(['events[0].recommended: missing']);
    expect(errorsOf({ ...routed(), assisted: 'no' })).toEqual(['events[0].assisted: assisted must be true or false']);
    expect(errorsOf({ ...routed(), v: 2 })).toEqual(['events[0].v: v must be 1']);
    expect(errorsOf({ ...routed(), id: 'not-a-uuid' })).toEqual(['events[0].id: id must be a uuid']);
    expect(errorsOf({ ...routed(), alternatives: ['phone', 'letter'] })).toEqual([
      'events[0].alternatives[1]: each alternative must be one of web, selfservice, minside, digitalpost, phone, assisted, meeting',
    ]);
    expect(errorsOf({ ...routed(), type: 'clicked' })).toEqual(['events[0].type: type must be one of routed, emergency, followed, helped, notFound']);
    expect(errorsOf('routed')).toEqual(['events[0]: must be an object']);
  });

  it('refuses an emergency channel in a routed decision: emergencies are their own type', () => {
    expect(errorsOf(routed({ recommended: 'emergency' as never }))).toHaveLength(1);
  });

  it('keeps batches between 1 and 100 events', () => {
    expect(errorsOf([])).toEqual(['events: the array is empty']);
    expect(errorsOf(Array.from({ length: 101 }, () => routed()))).toEqual(['events: at most 100 events in one request, got 101']);
    expect(validate(Array.from({ length: 100 }, () => routed())).ok).toBe(true);
  });

  it('refuses a time without offset, a day that does not exist, and a clock a day off', () => {
    expect(errorsOf(routed({ ts: '2026-12-01T10:30:00' }))).toEqual(['events[0].ts: ts must be an ISO 8601 time with offset, like 2026-12-01T10:30:00+01:00']);
    expect(errorsOf(routed({ ts: '2026-02-30T10:30:00+01:00' }))).toHaveLength(1);
    expect(errorsOf(routed({ ts: '2026-12-02T10:32:00+01:00' }))).toEqual(["events[0].ts: more than 24 hours from the server's clock"]);
    expect(errorsOf(routed({ ts: '2026-12-02T10:30:00+01:00' }))).toEqual([]);
    // The clock is reported beside the event's other problems.
    expect(errorsOf(routed({ ts: '2026-11-01T10:30:00Z', topic: 'x' }))).toHaveLength(2);
  });

  it('refuses CPR numbers and spreadsheet formulas in text fields without echoing them', () => {
    for (const topic of ['010190-1234', '0101901234', '=HYPERLINK("x")', '+flytning', '-1', '@SUM(A1)', '\tflytning', '\rflytning']) {
      const errors = errorsOf(routed({ topic }));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^events\[0\]\.topic: topic must not/);
      expect(errors[0]).not.toContain(topic);
    }
    expect(errorsOf({ ...routed(), municipality: 'x'.repeat(5000) })).toEqual(['events[0].municipality: municipality must be at most 64 characters']);
  });

  it('takes not-found words up to 200 characters, refuses CPR numbers in them and redacts the rest again', () => {
    const base = { ...routed(), type: 'notFound' } as Record<string, unknown>;
    for (const key of ['topic', 'intent', 'recommended', 'alternatives', 'authority', 'canUseDigital', 'open', 'caution']) delete base[key];
    expect(validate(base).ok).toBe(true);
    const result = validate({ ...base, words: 'ring 12 34 56 78 om hundeskat' });
    expect(result.ok && result.events[0]).toMatchObject({ words: 'ring om hundeskat' });
    expect(errorsOf({ ...base, words: 'mit cpr 010190-1234' })).toEqual(['events[0].words: words must not contain a CPR number']);
    expect(errorsOf({ ...base, words: 'a'.repeat(201) })).toEqual(['events[0].words: words must be at most 200 characters']);
  });

  it('lower-cases ids, so one event sent twice in different case is still one event', () => {
    const event = routed({ id: '3F2504E0-4F89-41D3-9A0C-0305E82C3301' });
    const result = validate(event);
    expect(result.ok && result.events[0]!.id).toBe('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
  });

  it('takes whatever redactWords leaves of any text the citizen typed', () => {
    const base = { ...routed(), type: 'notFound' } as Record<string, unknown>;
    for (const key of ['topic', 'intent', 'recommended', 'alternatives', 'authority', 'canUseDigital', 'open', 'caution']) delete base[key];
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (typed) => {
        expect(errorsOf({ ...base, words: redactWords(typed).slice(0, 200) })).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  describe("the collector's hand-checked path", () => {
    const schema = logEventSchema(KNOWN);
    const FIELDS = [
      'v',
      'id',
      'ts',
      'municipality',
      'session',
      'lang',
      'assisted',
      'type',
      'topic',
      'intent',
      'recommended',
      'alternatives',
      'authority',
      'canUseDigital',
      'open',
      'caution',
      'kind',
      'chosen',
      'helped',
      'words',
      'extra',
    ];
    // Values near the valid ones as well as far off: the places a hand-written check goes wrong.
    const nearby = fc.oneof(
      fc.constantFrom(...TOPICS, ...MUNICIPALITIES, 'PAS', ' pas', '=pas', 'atlantis', 'x'.repeat(65)),
      fc.constantFrom('routed', 'emergency', 'followed', 'helped', 'notFound', 'clicked', 'da', 'en', 'xx', 'kommune', 'transaction', 'fire'),
      fc.constantFrom('web', 'phone', 'emergency', ['phone'], ['phone', 'letter'], [], ['web', 'selfservice', 'minside', 'digitalpost', 'phone', 'assisted', 'meeting', 'web']),
      fc.constantFrom(1, 2, '1', 0, -1, true, false, null, {}, [], '2026-12-01T10:30:00', '2026-02-30T10:30:00+01:00', '2026-12-01T10:30:00.123456789Z'),
      fc.uuid().map((u) => u.toUpperCase()),
      fc.uuid().map((u) => `${u} `),
      fc.jsonValue(),
    );
    const mutated = fc.tuple(logEventArb, fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.option(nearby, { nil: undefined })), { maxLength: 3 })).map(([event, changes]) => {
      const copy: Record<string, unknown> = { ...event };
      for (const [field, value] of changes) {
        if (value === undefined) delete copy[field];
        else copy[field] = value;
      }
      return copy;
    });

    it('takes an event only where the schema takes it, and gives the same event, keys in the same order', () => {
      fc.assert(
        fc.property(fc.oneof(mutated, logEventArb), (input) => {
          const quick = quickLogEvent(input, KNOWN);
          const checked = v.safeParse(schema, input, { abortPipeEarly: true });
          if (quick === undefined) return;
          expect(checked.success).toBe(true);
          expect(quick).toStrictEqual(checked.output);
          expect(Object.keys(quick)).toEqual(Object.keys(checked.output as object));
        }),
        { numRuns: 5000 },
      );
    });

    it('takes every valid event of the four common types itself, so the schema runs only for notFound and refusals', () => {
      fc.assert(
        fc.property(logEventArb, (event) => {
          expect(quickLogEvent(event, KNOWN) === undefined).toBe(event.type === 'notFound');
        }),
        { numRuns: 1000 },
      );
    });
  });
});
