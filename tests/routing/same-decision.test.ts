/** One decision everywhere: the conversation recommends what `npm run route` recommends. */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { type RouteCase, readJsonl } from '../../src/eval/eval-sets.js';
import { conversationMachine } from '../../src/machine/conversation-machine.js';
import { findQuery } from '../../src/routing/query-findings.js';
import { parseRouteRequest } from '../../src/routing/route-request.js';
import type { Intent } from '../../src/model/vocabulary.js';
import { shippedContent, shippedRouter } from '../support/content.js';

const router = shippedRouter();

describe('every routes-dev scenario through the conversation', () => {
  for (const scenario of readJsonl<RouteCase>('routes-dev.jsonl')) {
    const { expect: expected, ...line } = scenario;
    const label = `${JSON.stringify(scenario.q || `(topic ${String(line.topic)})`)} @ ${String(line.municipality)} ${String(line.now)} digital=${String(line.canUseDigital)}`;
    it(label, () => {
      const parsed = parseRouteRequest(line, router.content);
      if (!parsed.ok) throw new Error(parsed.error);
      const request = parsed.request;
      const cli = router.route(request).recommendation;
      const now = request.now.toISOString();

      const actor = createActor(conversationMachine, {
        input: { content: shippedContent(), municipality: request.municipality, lang: request.lang, assisted: request.assisted },
      }).start();
      if (request.topic) actor.send({ type: 'citizen.chooseTopic', topic: request.topic, intent: (request.intent ?? undefined) as Intent | undefined, now });
      else actor.send({ type: 'citizen.submitQuery', now, ...findQuery(router, request.q, request.lang) });
      if (actor.getSnapshot().matches('choosingTopic')) actor.send({ type: 'citizen.chooseTopic', topic: actor.getSnapshot().context.matches[0]!.id, now });
      if (actor.getSnapshot().matches('askingDigital'))
        actor.send(request.canUseDigital === null ? { type: 'citizen.skipQuestion', now } : { type: 'citizen.answerDigital', canUseDigital: request.canUseDigital, now });

      const widget = actor.getSnapshot().context.recommendation;
      const core = (r: typeof cli) => r && { topic: r.topic, intent: r.intent, channel: r.channel, action: r.action, authority: r.authority, open: r.open, opensAt: r.opensAt };
      expect(core(widget)).toEqual(core(cli));
      expect(expected.channel).toContain(widget?.channel);
    });
  }
});

describe('a situation the self-service cannot serve, told in the words', () => {
  const now = new Date('2026-12-08T10:30:00+01:00');
  it.each([
    ['mit pas er uden chip, så hvordan opretter jeg MitID', 'da', 'meeting'],
    ['how can I set up MitID when I do not have a smartphone', 'en', 'meeting'],
    ['jeg skal have oprettet MitID og har kun kørekort', 'da', 'meeting'],
    ['hvordan opretter jeg MitID i appen', 'da', 'selfservice'],
  ])('%s (%s) → %s, in the route contract and in the conversation, although the citizen can use digital services', (q, lang, channel) => {
    const cli = router.route({ q, lang, municipality: 'aarhus', now, canUseDigital: true, assisted: false, topic: null, intent: null }).recommendation;
    expect(cli).toMatchObject({ topic: 'mitid', channel });
    const actor = createActor(conversationMachine, { input: { content: shippedContent(), municipality: 'aarhus', lang, assisted: false } }).start();
    actor.send({ type: 'citizen.submitQuery', now: now.toISOString(), ...findQuery(router, q, lang) });
    if (actor.getSnapshot().matches('askingDigital')) actor.send({ type: 'citizen.answerDigital', canUseDigital: true, now: now.toISOString() });
    expect(actor.getSnapshot().context.recommendation).toMatchObject({ topic: 'mitid', channel });
  });
});
