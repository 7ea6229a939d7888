/** The conversation, one block per state asserting every next state (GOV.UK Smart Answers style). */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { conversationMachine } from '../../src/machine/conversation-machine.js';
import type { ConversationEvent } from '../../src/machine/conversation-types.js';
import type { ConversationReport } from '../../src/model/decision-events.js';
import { findQuery } from '../../src/routing/query-findings.js';
import { shippedContent, shippedRouter } from '../support/content.js';

const router = shippedRouter();
const OPEN = '2026-12-01T10:30:00+01:00';

function start(municipality = 'aarhus', assisted = false) {
  const actor = createActor(conversationMachine, { input: { content: shippedContent(), municipality, lang: 'da', assisted } });
  const emitted: ConversationReport[] = [];
  actor.on('*', (e) => emitted.push(e));
  actor.start();
  const send = (e: ConversationEvent) => {
    actor.send(e);
    return actor.getSnapshot();
  };
  const ask = (text: string, now = OPEN) => send({ type: 'citizen.submitQuery', now, ...findQuery(router, text) });
  return { actor, send, ask, emitted, state: () => actor.getSnapshot().value };
}

describe('askingNeed', () => {
  it('goes to emergency when the words signal danger', () => {
    expect(start().ask('jeg vil ikke leve mere').value).toBe('emergency');
  });
  it('goes to notFound when no topic is confident', () => {
    expect(start().ask('opskrift på lasagne').value).toBe('notFound');
  });
  it('a search that finds nothing is reported for the log, without the words', () => {
    const c = start();
    c.ask('opskrift på lasagne');
    expect(c.emitted).toEqual([{ type: 'notFound' }]);
  });
  it('an emergency is reported for the log with its kind, after the public routed decision', () => {
    const c = start();
    c.ask('jeg vil ikke leve mere');
    expect(c.emitted.map((e) => e.type)).toEqual(['routed', 'emergency']);
    expect(c.emitted[1]).toEqual({ type: 'emergency', kind: 'suicide', topic: null });
  });
  it('asks about MitID when it changes the answer (moving)', () => {
    expect(start().send({ type: 'citizen.chooseTopic', topic: 'flytning', now: OPEN }).value).toBe('askingDigital');
  });
  it('recommends at once when MitID does not change the answer (passport: a meeting either way)', () => {
    expect(start().ask('jeg skal have fornyet mit pas').value).toBe('recommending');
  });
  it('does not ask about MitID when the words say the self-service cannot serve (no chip passport): Borgerservice, logged as without digital', () => {
    const c = start();
    const snapshot = c.ask('jeg har ikke et pas med chip, hvordan får jeg MitID');
    expect(snapshot.value).toBe('recommending');
    expect(snapshot.context.recommendation?.channel).toBe('meeting');
    expect(c.emitted.find((e) => e.type === 'routed')).toMatchObject({ decision: { topic: 'mitid', canUseDigital: false } });
  });
  it('asks about MitID for a first MitID without such words', () => {
    expect(start().ask('hvordan får jeg MitID').value).toBe('askingDigital');
  });
  it('recommends for a popular topic the citizen picks', () => {
    expect(start().send({ type: 'citizen.chooseTopic', topic: 'affald', now: OPEN }).value).toBe('recommending');
  });
});

describe('choosingTopic', () => {
  const ambiguous = () => {
    const c = start();
    // Two topics equally confident: the citizen is asked to choose.
    c.send({
      type: 'citizen.submitQuery',
      now: OPEN,
      danger: null,
      caution: null,
      matches: [
        { id: 'pas', score: 0.8 },
        { id: 'id-kort', score: 0.78 },
      ],
      suggestions: [],
      cues: {},
      withoutDigital: [],
    });
    return c;
  };
  it('is where close matches lead', () => {
    expect(ambiguous().state()).toBe('choosingTopic');
  });
  it('recommends for the chosen topic', () => {
    expect(ambiguous().send({ type: 'citizen.chooseTopic', topic: 'id-kort', now: OPEN }).context.recommendation?.topic).toBe('id-kort');
  });
  it('goes back to the question', () => {
    expect(ambiguous().send({ type: 'citizen.goBack' }).value).toBe('askingNeed');
  });
});

describe('askingDigital', () => {
  it('sends a citizen without MitID to assisted self-service', () => {
    const c = start();
    c.send({ type: 'citizen.chooseTopic', topic: 'flytning', now: OPEN });
    const s = c.send({ type: 'citizen.answerDigital', canUseDigital: false, now: OPEN });
    expect(s.value).toBe('recommending');
    expect(s.context.recommendation?.channel).toBe('assisted');
  });
  it('sends a citizen with MitID to self-service', () => {
    const c = start();
    c.send({ type: 'citizen.chooseTopic', topic: 'flytning', now: OPEN });
    expect(c.send({ type: 'citizen.answerDigital', canUseDigital: true, now: OPEN }).context.recommendation?.channel).toBe('selfservice');
  });
  it('lets the question be skipped (routes as not asked)', () => {
    const c = start();
    c.send({ type: 'citizen.chooseTopic', topic: 'flytning', now: OPEN });
    const s = c.send({ type: 'citizen.skipQuestion', now: OPEN });
    expect(s.context.recommendation?.channel).toBe('selfservice');
    expect(s.context.recommendation?.alternatives.map((a) => a.channel)).toContain('assisted');
  });
  it('goes back to the question', () => {
    const c = start();
    c.send({ type: 'citizen.chooseTopic', topic: 'flytning', now: OPEN });
    expect(c.send({ type: 'citizen.goBack' }).value).toBe('askingNeed');
  });
});

describe('recommending', () => {
  const atCard = () => {
    const c = start();
    c.ask('hvad koster et nyt pas');
    return c;
  };
  it('emits the routing decision without the citizen’s words', () => {
    const c = atCard();
    const routed = c.emitted.find((e) => e.type === 'routed');
    expect(routed).toMatchObject({ type: 'routed', decision: { topic: 'pas', intent: 'information', channel: 'web', municipality: 'aarhus' } });
    expect(JSON.stringify(routed)).not.toMatch(/koster/);
  });
  it('lets the citizen change the inquiry type', () => {
    const c = atCard();
    expect(c.send({ type: 'citizen.changeIntent' }).value).toBe('clarifyingIntent');
    const s = c.send({ type: 'citizen.chooseIntent', intent: 'transaction', now: OPEN });
    expect(s.value).toBe('recommending');
    expect(s.context.recommendation?.channel).toBe('meeting');
  });
  it('asks whether it helped once the citizen follows the action', () => {
    const c = atCard();
    expect(c.send({ type: 'citizen.followAction', channel: 'web' }).value).toBe('askingHelped');
    expect(c.emitted.some((e) => e.type === 'followed' && e.channel === 'web')).toBe(true);
  });
  it('goes back to the MitID question when it was asked', () => {
    const c = start();
    c.send({ type: 'citizen.chooseTopic', topic: 'flytning', now: OPEN });
    c.send({ type: 'citizen.answerDigital', canUseDigital: true, now: OPEN });
    expect(c.send({ type: 'citizen.goBack' }).value).toBe('askingDigital');
  });
});

describe('clarifyingIntent', () => {
  it('goes back to the recommendation', () => {
    const c = start();
    c.ask('hvad koster et nyt pas');
    c.send({ type: 'citizen.changeIntent' });
    expect(c.send({ type: 'citizen.goBack' }).value).toBe('recommending');
  });
});

describe('askingHelped and thanked', () => {
  it('records the answer and thanks', () => {
    const c = start();
    c.ask('hvad koster et nyt pas');
    c.send({ type: 'citizen.followAction', channel: 'web' });
    expect(c.send({ type: 'citizen.answerHelped', helped: true }).value).toBe('thanked');
    expect(c.emitted.at(-1)).toEqual({ type: 'helped', helped: true, topic: 'pas' });
    expect(c.send({ type: 'citizen.goBack' }).value).toBe('askingHelped');
    expect(c.send({ type: 'citizen.goBack' }).value).toBe('recommending');
  });
});

describe('emergency', () => {
  it('answers 112 first and can continue with a matched topic', () => {
    const c = start();
    const s = c.ask('han slår mig lige nu, hvor kan jeg få hjælp til vold');
    expect(s.context.recommendation?.channel).toBe('emergency');
    const next = c.send({ type: 'citizen.continueAfterEmergency', now: OPEN });
    expect(next.value).toBe('recommending');
    expect(next.context.recommendation?.topic).toBe('vold');
  });
  it('starts over when nothing else matched', () => {
    const c = start();
    c.ask('jeg vil ikke leve mere');
    expect(c.send({ type: 'citizen.continueAfterEmergency', now: OPEN }).value).toBe('askingNeed');
  });
});

describe('notFound', () => {
  it('takes a new question or a popular topic, and goes back', () => {
    const c = start();
    c.ask('qwerty');
    expect(c.ask('hvad koster et nyt pas').value).toBe('recommending');
    c.send({ type: 'citizen.startOver' });
    c.ask('qwerty');
    expect(c.send({ type: 'citizen.goBack' }).value).toBe('askingNeed');
  });
});

describe('start over', () => {
  it('works from every state and forgets the conversation', () => {
    const c = start();
    c.send({ type: 'citizen.chooseTopic', topic: 'flytning', now: OPEN });
    c.send({ type: 'citizen.answerDigital', canUseDigital: false, now: OPEN });
    const s = c.send({ type: 'citizen.startOver' });
    expect(s.value).toBe('askingNeed');
    expect(s.context).toMatchObject({ topic: null, canUseDigital: null, recommendation: null, matches: [] });
  });
});

describe('assisted mode', () => {
  it('is the same conversation, logged as assisted', () => {
    const c = start('aarhus', true);
    c.ask('hvad koster et nyt pas');
    expect(c.emitted.find((e) => e.type === 'routed')).toMatchObject({ decision: { assisted: true, channel: 'web' } });
  });
});

describe('a weaker danger signal (caution)', () => {
  const worried = {
    type: 'citizen.submitQuery' as const,
    now: OPEN,
    danger: null,
    caution: 'suicide' as const,
    matches: [{ id: 'pas', score: 0.9 }],
    suggestions: [],
    cues: { pas: 'information' as const },
    withoutDigital: [],
  };

  it('answers the errand and carries the caution into the logged decision', () => {
    const c = start();
    expect(c.send(worried).value).toBe('recommending');
    expect(c.actor.getSnapshot().context.caution).toBe('suicide');
    expect(c.emitted.find((e) => e.type === 'routed')).toMatchObject({ decision: { topic: 'pas', urgent: false, caution: true } });
  });

  it('stays while the citizen picks another way of asking, and is gone after starting over', () => {
    const c = start();
    c.send(worried);
    c.send({ type: 'citizen.changeIntent' });
    c.send({ type: 'citizen.chooseIntent', intent: 'transaction', now: OPEN });
    expect(c.actor.getSnapshot().context.caution).toBe('suicide');
    c.send({ type: 'citizen.startOver' });
    expect(c.actor.getSnapshot().context.caution).toBeNull();
  });

  it('is never logged beside an emergency', () => {
    const c = start();
    c.send({ ...worried, danger: 'violence' });
    expect(c.state()).toBe('emergency');
    expect(c.emitted.find((e) => e.type === 'routed')).toMatchObject({ decision: { urgent: true, caution: false } });
  });
});
