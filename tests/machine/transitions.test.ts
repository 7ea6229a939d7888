/**
 * Every transition of the conversation, named: one row per (state, event, situation) with the
 * state it leads to, checked against the machine's own config so that a transition added, removed
 * or retargeted without a row here fails, and each row played from a place where its situation
 * holds.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { conversationMachine } from '../../src/machine/conversation-machine.js';
import type { ConversationEvent } from '../../src/machine/conversation-types.js';
import type { TopicMatch } from '../../src/model/route-answer.js';
import { shippedContent } from '../support/content.js';

const now = '2026-12-01T10:30:00+01:00';
const input = { content: shippedContent(), municipality: 'aarhus', lang: 'da', assisted: false };

const query = (matches: TopicMatch[], danger: 'suicide' | null = null): ConversationEvent => ({
  type: 'citizen.submitQuery',
  now,
  danger,
  caution: null,
  matches,
  suggestions: [],
  cues: {},
  withoutDigital: [],
});

/** Places in the conversation, as the events that lead there (synthetic findings: no search runs). */
const PLACES = {
  start: [],
  emergencyWithTopic: [query([{ id: 'vold', score: 0.9 }], 'suicide')],
  emergencyAlone: [query([], 'suicide')],
  notFound: [query([])],
  choosingTopic: [
    query([
      { id: 'pas', score: 0.8 },
      { id: 'id-kort', score: 0.78 },
    ]),
  ],
  // Moving: MitID changes the channel, so the question is asked.
  askingDigital: [{ type: 'citizen.chooseTopic', topic: 'flytning', now }],
  askingDigitalAfterChoice: [
    query([
      { id: 'flytning', score: 0.9 },
      { id: 'udrejse', score: 0.88 },
    ]),
    { type: 'citizen.chooseTopic', topic: 'flytning', now },
  ],
  // A passport's information page: web either way, so no MitID question.
  recommending: [query([{ id: 'pas', score: 0.9 }])],
  recommendingAfterDigital: [
    { type: 'citizen.chooseTopic', topic: 'flytning', now },
    { type: 'citizen.answerDigital', canUseDigital: true, now },
  ],
  recommendingAfterChoice: [
    query([
      { id: 'pas', score: 0.8 },
      { id: 'id-kort', score: 0.78 },
    ]),
    { type: 'citizen.chooseTopic', topic: 'pas', now },
  ],
  clarifyingIntent: [query([{ id: 'pas', score: 0.9 }]), { type: 'citizen.changeIntent' }],
  askingHelped: [query([{ id: 'pas', score: 0.9 }]), { type: 'citizen.finish' }],
  thanked: [query([{ id: 'pas', score: 0.9 }]), { type: 'citizen.finish' }, { type: 'citizen.answerHelped', helped: true }],
} satisfies Record<string, ConversationEvent[]>;
type Place = keyof typeof PLACES;

const submit = {
  urgent: query([{ id: 'pas', score: 0.9 }], 'suicide'),
  nothing: query([]),
  ambiguous: query([
    { id: 'pas', score: 0.8 },
    { id: 'id-kort', score: 0.78 },
  ]),
  one: query([{ id: 'pas', score: 0.9 }]),
} satisfies Record<string, ConversationEvent>;

interface Row {
  state: string;
  event: string;
  /** The guard that must hold, or 'otherwise' for the fallback (or only) transition. */
  situation: string;
  target: string;
  /** Where the row is played from, and what is sent. */
  from: Place;
  send: ConversationEvent;
  /** Where a transition into the transient `deciding` settles. */
  settles?: string;
}

const chooseTopic = (topic: string): ConversationEvent => ({ type: 'citizen.chooseTopic', topic, now });
const goBack: ConversationEvent = { type: 'citizen.goBack' };

/** A question leads to the same places from the first step and from "not found". */
const takesAQuestion = (state: string, from: Place): Row[] => [
  { state, event: 'citizen.submitQuery', situation: 'isUrgent', target: 'emergency', from, send: submit.urgent },
  { state, event: 'citizen.submitQuery', situation: 'hasNoMatch', target: 'notFound', from, send: submit.nothing },
  { state, event: 'citizen.submitQuery', situation: 'hasSeveralCloseMatches', target: 'choosingTopic', from, send: submit.ambiguous },
  { state, event: 'citizen.submitQuery', situation: 'otherwise', target: 'deciding', settles: 'recommending', from, send: submit.one },
  { state, event: 'citizen.chooseTopic', situation: 'otherwise', target: 'deciding', settles: 'recommending', from, send: chooseTopic('affald') },
];

const TRANSITIONS: Row[] = [
  ...takesAQuestion('askingNeed', 'start'),
  {
    state: 'emergency',
    event: 'citizen.continueAfterEmergency',
    situation: 'hasMatchedTopic',
    target: 'deciding',
    settles: 'recommending',
    from: 'emergencyWithTopic',
    send: { type: 'citizen.continueAfterEmergency', now },
  },
  { state: 'emergency', event: 'citizen.continueAfterEmergency', situation: 'otherwise', target: 'askingNeed', from: 'emergencyAlone', send: { type: 'citizen.continueAfterEmergency', now } },
  { state: 'emergency', event: 'citizen.goBack', situation: 'otherwise', target: 'askingNeed', from: 'emergencyWithTopic', send: goBack },
  ...takesAQuestion('notFound', 'notFound'),
  { state: 'notFound', event: 'citizen.goBack', situation: 'otherwise', target: 'askingNeed', from: 'notFound', send: goBack },
  { state: 'choosingTopic', event: 'citizen.chooseTopic', situation: 'otherwise', target: 'deciding', settles: 'recommending', from: 'choosingTopic', send: chooseTopic('id-kort') },
  { state: 'choosingTopic', event: 'citizen.goBack', situation: 'otherwise', target: 'askingNeed', from: 'choosingTopic', send: goBack },
  { state: 'deciding', event: '(always)', situation: 'needsDigitalQuestion', target: 'askingDigital', from: 'start', send: chooseTopic('flytning') },
  { state: 'deciding', event: '(always)', situation: 'otherwise', target: 'recommending', from: 'start', send: chooseTopic('affald') },
  {
    state: 'askingDigital',
    event: 'citizen.answerDigital',
    situation: 'otherwise',
    target: 'deciding',
    settles: 'recommending',
    from: 'askingDigital',
    send: { type: 'citizen.answerDigital', canUseDigital: false, now },
  },
  { state: 'askingDigital', event: 'citizen.skipQuestion', situation: 'otherwise', target: 'deciding', settles: 'recommending', from: 'askingDigital', send: { type: 'citizen.skipQuestion', now } },
  { state: 'askingDigital', event: 'citizen.goBack', situation: 'hadTopicChoice', target: 'choosingTopic', from: 'askingDigitalAfterChoice', send: goBack },
  { state: 'askingDigital', event: 'citizen.goBack', situation: 'otherwise', target: 'askingNeed', from: 'askingDigital', send: goBack },
  {
    state: 'clarifyingIntent',
    event: 'citizen.chooseIntent',
    situation: 'otherwise',
    target: 'deciding',
    settles: 'recommending',
    from: 'clarifyingIntent',
    send: { type: 'citizen.chooseIntent', intent: 'transaction', now },
  },
  { state: 'clarifyingIntent', event: 'citizen.goBack', situation: 'otherwise', target: 'recommending', from: 'clarifyingIntent', send: goBack },
  { state: 'recommending', event: 'citizen.changeIntent', situation: 'otherwise', target: 'clarifyingIntent', from: 'recommending', send: { type: 'citizen.changeIntent' } },
  { state: 'recommending', event: 'citizen.followAction', situation: 'otherwise', target: 'askingHelped', from: 'recommending', send: { type: 'citizen.followAction', channel: 'web' } },
  { state: 'recommending', event: 'citizen.finish', situation: 'otherwise', target: 'askingHelped', from: 'recommending', send: { type: 'citizen.finish' } },
  { state: 'recommending', event: 'citizen.goBack', situation: 'wasAskedAboutDigital', target: 'askingDigital', from: 'recommendingAfterDigital', send: goBack },
  { state: 'recommending', event: 'citizen.goBack', situation: 'hadTopicChoice', target: 'choosingTopic', from: 'recommendingAfterChoice', send: goBack },
  { state: 'recommending', event: 'citizen.goBack', situation: 'otherwise', target: 'askingNeed', from: 'recommending', send: goBack },
  { state: 'askingHelped', event: 'citizen.answerHelped', situation: 'otherwise', target: 'thanked', from: 'askingHelped', send: { type: 'citizen.answerHelped', helped: false } },
  { state: 'askingHelped', event: 'citizen.goBack', situation: 'otherwise', target: 'recommending', from: 'askingHelped', send: goBack },
  { state: 'thanked', event: 'citizen.goBack', situation: 'otherwise', target: 'askingHelped', from: 'thanked', send: goBack },
  // From any state: the machine's root takes it.
  { state: '(any)', event: 'citizen.startOver', situation: 'otherwise', target: 'askingNeed', from: 'thanked', send: { type: 'citizen.startOver' } },
];

const key = (r: { state: string; event: string; situation: string; target: string }) => `${r.state} | ${r.event} | ${r.situation} → ${r.target}`;

/** The same four facts, read from the machine's state nodes. */
function configured(): string[] {
  const rows: string[] = [];
  const guardName = (guard: unknown) => (guard === undefined ? 'otherwise' : typeof guard === 'string' ? guard : JSON.stringify(guard));
  const add = (state: string, event: string, ts: ReadonlyArray<{ guard?: unknown; target?: ReadonlyArray<{ key: string }> }>) => {
    for (const t of ts) rows.push(key({ state, event, situation: guardName(t.guard), target: (t.target ?? []).map((n) => n.key).join(',') || '(none)' }));
  };
  const root = conversationMachine.root;
  for (const [event, ts] of root.transitions) add('(any)', event, ts);
  for (const node of Object.values(root.states)) {
    for (const [event, ts] of node.transitions) add(node.key, event, ts);
    add(node.key, '(always)', node.always ?? []);
  }
  return rows;
}

function at(place: Place) {
  const actor = createActor(conversationMachine, { input }).start();
  for (const e of PLACES[place]) actor.send(e);
  return actor;
}

describe('the transition table', () => {
  it('names every transition the machine has, and no other', () => {
    expect(TRANSITIONS.map(key).sort()).toEqual(configured().sort());
  });

  it('has one row per state, event and situation', () => {
    const keys = TRANSITIONS.map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('every transition, played', () => {
  for (const row of TRANSITIONS) {
    it(`${key(row)}${row.settles ? ` (settles in ${row.settles})` : ''}, from ${row.from}`, () => {
      const actor = at(row.from);
      if (row.state !== '(any)' && row.state !== 'deciding') expect(actor.getSnapshot().value, 'the place it is played from').toBe(row.state);
      actor.send(row.send);
      expect(actor.getSnapshot().value).toBe(row.target === 'deciding' ? row.settles : row.target);
    });
  }

  it.each(Object.keys(PLACES) as Place[])('start over from %s forgets the conversation', (place) => {
    const actor = at(place);
    actor.send({ type: 'citizen.startOver' });
    expect(actor.getSnapshot().value).toBe('askingNeed');
    expect(actor.getSnapshot().context).toMatchObject({ topic: null, matches: [], danger: null, recommendation: null, askedDigital: false });
  });
});
