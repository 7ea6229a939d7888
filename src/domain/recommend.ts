/**
 * The routing decision: topic, inquiry type, the citizen's circumstances, municipality and time
 * in; the channel the municipality's strategy names, with one action, alternatives and the
 * reason, out. Pure: `now` is an argument, content is an argument. The strategy itself is
 * strategy.ts (`plan`); the channels it chooses from are channel-options.ts; the words, reasons.ts.
 */
import type { ContentBundle } from '../model/content-bundle.js';
import type { Alternative, Recommendation } from '../model/recommendation.js';
import { LANGS } from '../model/vocabulary.js';
import { own } from '../model/own-key.js';
import { duplicates, type Option, phoneOption, webOption } from './channel-options.js';
import { toIsoWithOffset } from './copenhagen-time.js';
import { reasonText } from './reasons.js';
import { channelRow, type RouteContext, type RouteInput } from './route-context.js';
import { isAllowed, plan } from './strategy.js';

export type { RouteInput };

export class RoutingError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function recommend(content: ContentBundle, input: RouteInput): Recommendation {
  const topic = own(content.topics, input.topic);
  if (!topic) throw new RoutingError('topic', `unknown topic "${input.topic}"`);
  const municipality = own(content.municipalities, input.municipality);
  if (!municipality) throw new RoutingError('municipality', `unknown municipality "${input.municipality}"`);
  if (!topic.intents.includes(input.intent)) throw new RoutingError('intent', `the topic "${topic.id}" has no ${input.intent} intent (it has ${topic.intents.join(', ')})`);

  const ctx: RouteContext = { content, topic, authority: topic.authorities?.[input.intent] ?? topic.authority, municipality, input, row: channelRow(content, municipality, input.intent) };
  const phone = phoneOption(ctx);
  const planned = plan(ctx, phone);
  const offered: Option[] = [];
  for (const option of planned.options) {
    if (option && isAllowed(ctx, option) && !offered.some((o) => duplicates(o, option))) offered.push(option);
  }
  // Every topic has an information page, so there is always somewhere to send the citizen.
  const primary = offered[0] ?? webOption(ctx)!;
  const alternatives: Alternative[] = offered.slice(1, 4).map((o) => ({ channel: o.channel, action: o.action }));

  return {
    topic: topic.id,
    intent: input.intent,
    channel: primary.channel,
    action: primary.action,
    alternatives,
    authority: ctx.authority,
    open: primary.state ? primary.state.open : null,
    opensAt: primary.state?.opensAt ? toIsoWithOffset(primary.state.opensAt) : null,
    closesAt: primary.state?.closesAt ? toIsoWithOffset(primary.state.closesAt) : null,
    reason: Object.fromEntries(LANGS.map((l) => [l, reasonText(ctx, planned, phone.state, primary, offered, l)])) as Recommendation['reason'],
  };
}
