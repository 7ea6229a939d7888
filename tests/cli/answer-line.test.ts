/**
 * A census of the route contract: whatever a line holds — valid requests, names every object
 * inherits, wrong types, impossible dates, hostile text, not JSON at all — it gets exactly one
 * answer, and never an internal "could not route" error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/cli/answer-line.js';
import { shippedRouter } from '../support/content.js';

const router = shippedRouter();
const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'prototype'];
const topicIds = Object.keys(router.content.topics);
const slugs = Object.keys(router.content.municipalities);

/** Mostly what a real line holds, sometimes what no line should. */
const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary: usual }, { weight: 1, arbitrary: odd });
const inherited = fc.constantFrom(...INHERITED);
const anything = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 30 }),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.constant({}),
  inherited,
);
const dateTime = fc.oneof(
  fc.date({ min: new Date('1890-01-01T00:00:00Z'), max: new Date('2210-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 14 }),
      fc.integer({ min: 0, max: 33 }),
      fc.integer({ min: 0, max: 26 }),
      fc.integer({ min: 0, max: 61 }),
      fc.constantFrom('Z', '+01:00', '+02:00', '-14:00', '+15:30'),
    )
    .map(
      ([y, mo, d, h, mi, off]) => `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}:00${off}`,
    ),
);
const text = fc.oneof(
  fc.constantFrom('pas', 'jeg skal flytte', 'hvor langt er min byggesag', 'han slår mig lige nu', 'how much does a passport cost', 'sundhedskort', '\uFDFA'.repeat(300), 'p\u200Ba\u200Bs'),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const request = fc.record(
  {
    q: mostly(text, anything),
    lang: mostly(fc.constantFrom('da', 'en', 'ar', 'uk', 'da-DK', 'xx'), anything),
    municipality: mostly(fc.constantFrom(...slugs), fc.oneof(inherited, fc.string({ maxLength: 12 }), anything)),
    now: mostly(dateTime, fc.oneof(fc.string({ maxLength: 25 }), anything)),
    canUseDigital: mostly(fc.constantFrom(true, false, null), anything),
    assisted: mostly(fc.boolean(), anything),
    topic: mostly(fc.oneof(fc.constant(null), fc.constantFrom(...topicIds)), fc.oneof(inherited, fc.string({ maxLength: 12 }), anything)),
    intent: mostly(fc.constantFrom('information', 'interaction', 'transaction', 'relation', null), fc.oneof(inherited, anything)),
  },
  { requiredKeys: [] },
);
const line = fc.oneof(
  { weight: 8, arbitrary: request.map((r) => JSON.stringify(r)) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
);

describe('every line of the route contract', () => {
  it('gets exactly one answer and never an internal error (10,000 generated lines)', () => {
    let n = 0;
    fc.assert(
      fc.property(line, (input) => {
        n++;
        const out = answerLine(router, input, n);
        // One JSON object goes out for the line: an answer or an error naming the line.
        expect(JSON.parse(JSON.stringify(out))).toEqual(out);
        if ('error' in out) {
          expect(out.line).toBe(n);
          expect(out.error).not.toMatch(/could not route/);
        } else {
          expect(typeof out.urgent).toBe('boolean');
          expect(Array.isArray(out.topics)).toBe(true);
        }
      }),
      { numRuns: 10_000, seed: 20261206 },
    );
  });
});
