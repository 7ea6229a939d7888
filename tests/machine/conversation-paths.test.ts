/** Generated paths: every state of the conversation is reachable, and from every one the citizen can still get help. */
import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { conversationMachine } from '../../src/machine/conversation-machine.js';
import type { ConversationContext, ConversationEvent } from '../../src/machine/conversation-types.js';
import { shippedContent } from '../support/content.js';

const now = '2026-12-01T10:30:00+01:00';
const input = { content: shippedContent(), municipality: 'aarhus', lang: 'da', assisted: false };

const EVENTS: ConversationEvent[] = [
  { type: 'citizen.submitQuery', now, danger: 'suicide', caution: null, matches: [], suggestions: [], cues: {}, withoutDigital: [] },
  { type: 'citizen.submitQuery', now, danger: null, caution: null, matches: [], suggestions: [], cues: {}, withoutDigital: [] },
  { type: 'citizen.submitQuery', now, danger: null, caution: null, matches: [{ id: 'pas', score: 0.9 }], cues: { pas: 'information' }, suggestions: [], withoutDigital: [] },
  {
    type: 'citizen.submitQuery',
    now,
    danger: null,
    caution: null,
    matches: [
      { id: 'flytning', score: 0.9 },
      { id: 'udrejse', score: 0.88 },
    ],
    suggestions: [],
    cues: {},
    withoutDigital: [],
  },
  { type: 'citizen.chooseTopic', topic: 'flytning', now },
  { type: 'citizen.changeIntent' },
  { type: 'citizen.chooseIntent', intent: 'information', now },
  { type: 'citizen.answerDigital', canUseDigital: false, now },
  { type: 'citizen.skipQuestion', now },
  { type: 'citizen.continueAfterEmergency', now },
  { type: 'citizen.followAction', channel: 'web' },
  { type: 'citizen.finish' },
  { type: 'citizen.answerHelped', helped: true },
  { type: 'citizen.goBack' },
  { type: 'citizen.startOver' },
];

type Snap = { value: unknown; context: ConversationContext; matches: (s: string) => boolean };
const serializeState = (s: Snap) =>
  JSON.stringify([s.value, s.context.topic, s.context.intent, s.context.canUseDigital, s.context.askedDigital, s.context.danger, s.context.helped, s.context.matches.length]);
const options = { input, events: EVENTS, serializeState: serializeState as never };

const paths = getShortestPaths(conversationMachine, options);
const name = (events: Array<{ type: string }>) =>
  events
    .filter((e) => e.type.startsWith('citizen.'))
    .map((e) => e.type.replace('citizen.', ''))
    .join(' → ');

describe('generated paths', () => {
  it('reach every state the citizen can be in', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    for (const state of Object.keys(conversationMachine.config.states ?? {}).filter((s) => s !== 'deciding')) expect(reached, state).toContain(state);
  });

  for (const path of paths.filter((p) => ['emergency', 'notFound', 'askingDigital', 'clarifyingIntent', 'askingHelped'].includes(String(p.state.value))).slice(0, 40)) {
    it(`${name(path.steps.map((s) => s.event))} (${String(path.state.value)}) can still end with a thank-you`, () => {
      const onward = getShortestPaths(conversationMachine, { ...options, fromState: path.state, toState: (s: Snap) => s.matches('thanked') } as never);
      expect(onward.length).toBeGreaterThan(0);
    });
  }

  it('never leaves the citizen in a dead end: every reached state takes start over', () => {
    for (const p of paths) {
      const [next] = transition(conversationMachine, p.state as never, { type: 'citizen.startOver' });
      expect(next.value).toBe('askingNeed');
    }
  });
});
