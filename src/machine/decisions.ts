/** The pure questions the conversation asks; the answer itself is the routing's one `decide()`. */
import type { RoutedDecision } from '../model/decision-events.js';
import type { Recommendation } from '../model/recommendation.js';
import type { TopicMatch } from '../model/route-answer.js';
import { AMBIGUOUS_SHARE } from '../routing/channel-router.js';
import { decide } from '../routing/decide.js';
import type { ConversationContext } from './conversation-types.js';
import { own } from '../model/own-key.js';

export function isAmbiguous(matches: TopicMatch[]): boolean {
  return matches.length > 1 && matches[1]!.score >= AMBIGUOUS_SHARE * matches[0]!.score;
}

const topicOf = (ctx: ConversationContext): string | null => ctx.topic ?? ctx.matches[0]?.id ?? null;

/** What the citizen said of digital services: their answer, or "cannot" where their words told of a situation the topic's self-service cannot serve. */
function digitalFor(ctx: ConversationContext, canUseDigital: boolean | null): boolean | null {
  const topic = topicOf(ctx);
  return topic && ctx.withoutDigital.includes(topic) ? false : canUseDigital;
}

function decideWith(ctx: ConversationContext, canUseDigital: boolean | null): Recommendation | null {
  const topic = topicOf(ctx);
  return decide({
    content: ctx.content,
    danger: ctx.danger,
    topic,
    chosenIntent: ctx.intent,
    // A choice of the citizen's own outranks what their first words pointed to.
    cueIntent: topic && !ctx.intentChosen ? (own(ctx.cues, topic) ?? null) : null,
    circumstances: { canUseDigital: digitalFor(ctx, canUseDigital), assisted: ctx.assisted },
    municipality: ctx.municipality,
    now: new Date(ctx.now),
    lang: ctx.lang,
  }).recommendation;
}

/**
 * Ask about MitID only when the answer changes the channel or what to do in it (staff beside the
 * citizen walk them through the self-service, or call Borgerservice's help, both assisted
 * self-service), and never for a question of fact: the page answers it for anyone not known to be
 * unable to use it ("hvad koster et pas" asks nothing back), and the phone answers it for one who
 * has said so.
 */
export function digitalChangesAnswer(ctx: ConversationContext): boolean {
  const withDigital = decideWith(ctx, true);
  if (withDigital?.intent === 'information') return false;
  const without = decideWith(ctx, false);
  return withDigital?.channel !== without?.channel || withDigital?.action.href !== without?.action.href;
}

/** The conversation decides only once it has a topic or a danger signal. */
export function recommendationFor(ctx: ConversationContext): Recommendation {
  const recommendation = decideWith(ctx, ctx.canUseDigital);
  if (!recommendation) throw new Error('the conversation decided without a topic or a danger signal');
  return recommendation;
}

export function routedDecision(ctx: ConversationContext, r: Recommendation): RoutedDecision {
  return {
    municipality: ctx.municipality,
    lang: ctx.lang,
    assisted: ctx.assisted,
    topic: r.topic,
    intent: r.intent,
    channel: r.channel,
    alternatives: r.alternatives.map((a) => a.channel),
    authority: r.authority,
    canUseDigital: digitalFor(ctx, ctx.canUseDigital),
    open: r.open,
    urgent: r.channel === 'emergency',
    caution: ctx.caution !== null && r.channel !== 'emergency',
  };
}
