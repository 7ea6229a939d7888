/** The assisted contact event (issue 17): what the console may post, checked without a server. */
import { describe, expect, it } from 'vitest';
import { validateContactEvent } from '../../src/model/contact-event.js';

const TOPICS = new Map([
  ['flytning', ['transaction', 'information'] as const],
  ['bekymring-barn', ['relation'] as const],
]);
const NOW = new Date('2026-12-01T12:00:00Z');
const contact = (fields: Record<string, unknown> = {}) => ({
  v: 1,
  id: '6F9619FF-8B86-4D11-B42D-00C04FC964FF',
  ts: '2026-12-01T13:00:00+01:00',
  topic: 'flytning',
  intent: 'transaction',
  came: 'desk',
  solvedAtFirstContact: false,
  selfServiceWithHelp: true,
  ...fields,
});

describe('an assisted contact', () => {
  it('is taken whole, its id in lower case', () => {
    const result = validateContactEvent(contact(), TOPICS, NOW);
    expect(result).toEqual({ ok: true, contact: { ...contact(), id: '6f9619ff-8b86-4d11-b42d-00c04fc964ff' } });
  });

  it.each([
    { case: 'no topic and no inquiry type', fields: { topic: null, intent: null } },
    { case: 'an inquiry type without a topic', fields: { topic: null, intent: 'relation' } },
    { case: 'a topic without an inquiry type', fields: { topic: 'bekymring-barn', intent: null } },
    { case: 'a time 23 hours behind the server', fields: { ts: '2026-11-30T13:00:00Z' } },
  ])('may have $case', ({ fields }) => {
    expect(validateContactEvent(contact(fields), TOPICS, NOW).ok).toBe(true);
  });

  it('reports every refused field at once', () => {
    const result = validateContactEvent(contact({ came: 'letter', topic: '__proto__', selfServiceWithHelp: null, staff: 'sofie' }), TOPICS, NOW);
    expect(result).toEqual({
      ok: false,
      errors: ['topic: topic is not a known topic id', 'came: came must be one of phone, desk, chat', 'selfServiceWithHelp: selfServiceWithHelp must be true or false', 'staff: unknown field'],
    });
  });

  it('refuses an inquiry type the topic does not have', () => {
    expect(validateContactEvent(contact({ topic: 'bekymring-barn', intent: 'transaction' }), TOPICS, NOW)).toEqual({
      ok: false,
      errors: ["intent: intent is not one of the topic's inquiry types"],
    });
  });

  it('refuses a time more than 24 hours ahead of the server', () => {
    expect(validateContactEvent(contact({ ts: '2026-12-02T12:00:01Z' }), TOPICS, NOW)).toEqual({ ok: false, errors: ["ts: more than 24 hours from the server's clock"] });
  });
});
