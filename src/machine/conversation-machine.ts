/**
 * The conversation with a citizen (or a staff member beside one): what they need, which topic,
 * which inquiry type, whether they can use MitID — only when it changes the answer — then one
 * recommendation and "did it help?". Pure: no invoke, no after. Search and the danger check run at
 * the boundary and ride on the events; the decision comes from the routing core; telemetry leaves
 * through `emit`. See README.md beside this file for the states.
 */
import { assertEvent, assign, emit, setup, type SnapshotFrom } from 'xstate';
import type { ConversationReport } from '../model/decision-events.js';
import type { ConversationContext, ConversationEvent, ConversationInput } from './conversation-types.js';
import { digitalChangesAnswer, isAmbiguous, recommendationFor, routedDecision } from './decisions.js';

const fresh = (input: ConversationInput, now = new Date(0).toISOString()): ConversationContext => ({
  ...input,
  now,
  matches: [],
  suggestions: [],
  cues: {},
  withoutDigital: [],
  danger: null,
  caution: null,
  topic: null,
  intent: null,
  intentChosen: false,
  canUseDigital: null,
  askedDigital: false,
  recommendation: null,
  helped: null,
});

/** Where a question (or a popular topic) leads, from the first step and from "not found". */
const TAKES_A_QUESTION = {
  'citizen.submitQuery': [
    { guard: 'isUrgent', target: 'emergency', actions: ['storeFindings', 'decide', 'emitRouted', 'emitEmergency'] },
    { guard: 'hasNoMatch', target: 'notFound', reenter: true, actions: ['storeFindings', 'emitNotFound'] },
    { guard: 'hasSeveralCloseMatches', target: 'choosingTopic', actions: 'storeFindings' },
    { target: 'deciding', actions: 'storeFindings' },
  ],
  'citizen.chooseTopic': { target: 'deciding', actions: 'storeTopic' },
} as const;

export const conversationMachine = setup({
  types: {
    context: {} as ConversationContext,
    events: {} as ConversationEvent,
    input: {} as ConversationInput,
    emitted: {} as ConversationReport,
  },
  guards: {
    // assertEvent: a guard or action written for one event throws if a transition hands it another.
    isUrgent: ({ event }) => {
      assertEvent(event, 'citizen.submitQuery');
      return event.danger !== null;
    },
    hasNoMatch: ({ event }) => {
      assertEvent(event, 'citizen.submitQuery');
      return event.matches.length === 0;
    },
    hasSeveralCloseMatches: ({ event }) => {
      assertEvent(event, 'citizen.submitQuery');
      return isAmbiguous(event.matches);
    },
    hasMatchedTopic: ({ context }) => context.matches.length > 0,
    wasAskedAboutDigital: ({ context }) => context.askedDigital,
    hadTopicChoice: ({ context }) => isAmbiguous(context.matches),
    needsDigitalQuestion: ({ context }) => context.canUseDigital === null && !context.askedDigital && digitalChangesAnswer(context),
  },
  actions: {
    storeFindings: assign(({ event }) => {
      assertEvent(event, 'citizen.submitQuery');
      return {
        now: event.now,
        danger: event.danger,
        caution: event.caution,
        matches: event.matches,
        suggestions: event.suggestions,
        cues: event.cues,
        withoutDigital: event.withoutDigital,
        topic: event.matches[0]?.id ?? null,
        intent: null,
        intentChosen: false,
      };
    }),
    storeTopic: assign(({ event }) => {
      assertEvent(event, 'citizen.chooseTopic');
      return { now: event.now, topic: event.topic, intent: event.intent ?? null, intentChosen: event.intent !== undefined, danger: null };
    }),
    storeIntent: assign(({ event }) => {
      assertEvent(event, 'citizen.chooseIntent');
      return { now: event.now, intent: event.intent, intentChosen: true };
    }),
    storeDigital: assign(({ event }) => {
      assertEvent(event, ['citizen.answerDigital', 'citizen.skipQuestion']);
      return { now: event.now, canUseDigital: event.type === 'citizen.answerDigital' ? event.canUseDigital : null, askedDigital: true };
    }),
    leaveEmergency: assign(({ event }) => {
      assertEvent(event, 'citizen.continueAfterEmergency');
      return { now: event.now, danger: null };
    }),
    forgetDigital: assign({ canUseDigital: null, askedDigital: false }),
    decide: assign(({ context }) => ({ recommendation: recommendationFor(context) })),
    emitRouted: emit(({ context }) => ({ type: 'routed' as const, decision: routedDecision(context, context.recommendation!) })),
    emitEmergency: emit(({ context }) => ({ type: 'emergency' as const, kind: context.danger!, topic: context.topic })),
    // Not the words: the sender may add them only where the municipality opted in (issue 15).
    emitNotFound: emit({ type: 'notFound' as const }),
    emitFollowed: emit(({ context, event }) => {
      assertEvent(event, 'citizen.followAction');
      return { type: 'followed' as const, channel: event.channel, topic: context.topic };
    }),
    storeHelped: assign(({ event }) => {
      assertEvent(event, 'citizen.answerHelped');
      return { helped: event.helped };
    }),
    emitHelped: emit(({ context }) => ({ type: 'helped' as const, helped: context.helped === true, topic: context.topic })),
    startOver: assign(({ context }) => fresh(context, context.now)),
  },
}).createMachine({
  id: 'conversation',
  context: ({ input }) => fresh(input),
  initial: 'askingNeed',
  on: {
    'citizen.startOver': { target: '.askingNeed', actions: 'startOver' },
  },
  states: {
    askingNeed: {
      on: TAKES_A_QUESTION,
    },
    emergency: {
      on: {
        'citizen.continueAfterEmergency': [
          { guard: 'hasMatchedTopic', target: 'deciding', actions: 'leaveEmergency' },
          { target: 'askingNeed', actions: 'startOver' },
        ],
        'citizen.goBack': { target: 'askingNeed', actions: 'startOver' },
      },
    },
    notFound: {
      on: {
        ...TAKES_A_QUESTION,
        'citizen.goBack': { target: 'askingNeed' },
      },
    },
    choosingTopic: {
      on: {
        'citizen.chooseTopic': { target: 'deciding', actions: 'storeTopic' },
        'citizen.goBack': { target: 'askingNeed' },
      },
    },
    /** Transient: ask about MitID if the answer would change the channel, else decide. */
    deciding: {
      always: [
        { guard: 'needsDigitalQuestion', target: 'askingDigital' },
        { target: 'recommending', actions: ['decide', 'emitRouted'] },
      ],
    },
    askingDigital: {
      on: {
        'citizen.answerDigital': { target: 'deciding', actions: 'storeDigital' },
        'citizen.skipQuestion': { target: 'deciding', actions: 'storeDigital' },
        'citizen.goBack': [{ guard: 'hadTopicChoice', target: 'choosingTopic' }, { target: 'askingNeed' }],
      },
    },
    clarifyingIntent: {
      on: {
        'citizen.chooseIntent': { target: 'deciding', actions: 'storeIntent' },
        'citizen.goBack': { target: 'recommending' },
      },
    },
    recommending: {
      on: {
        'citizen.changeIntent': { target: 'clarifyingIntent' },
        'citizen.followAction': { target: 'askingHelped', actions: 'emitFollowed' },
        'citizen.finish': { target: 'askingHelped' },
        'citizen.goBack': [{ guard: 'wasAskedAboutDigital', target: 'askingDigital', actions: 'forgetDigital' }, { guard: 'hadTopicChoice', target: 'choosingTopic' }, { target: 'askingNeed' }],
      },
    },
    askingHelped: {
      on: {
        'citizen.answerHelped': { target: 'thanked', actions: ['storeHelped', 'emitHelped'] },
        'citizen.goBack': { target: 'recommending' },
      },
    },
    thanked: {
      on: {
        'citizen.goBack': { target: 'askingHelped' },
      },
    },
  },
});

/** The states the citizen can be in, as the machine names them (typed, so a rename fails the build where they are used). */
export type ConversationState = SnapshotFrom<typeof conversationMachine>['value'];
