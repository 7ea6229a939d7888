/** The pure questions the conversation asks of the routing core. */
import { emergencyRecommendation } from '../domain/emergency.js';
import { recommend } from '../domain/recommend.js';
import type { Recommendation } from '../domain/recommendation.js';
import type { Intent } from '../domain/vocabulary.js';
import { contentLang } from '../routing/router.js';
import type { TopicMatch } from '../search/topic-search.js';
import type { ConversationContext, RoutedDecision } from './conversation-types.js';

/** A runner-up practically level with the best topic makes the citizen choose. */
const AMBIGUOUS_SHARE = 0.95;

export function isAmbiguous(matches: TopicMatch[]): boolean {
  return matches.length > 1 && matches[1]!.score >= AMBIGUOUS_SHARE * matches[0]!.score;
}

/** The citizen's choice, else the cue in their words, else the topic's default. */
export function intentOf(ctx: ConversationContext): Intent {
  const topic = ctx.content.topics[ctx.topic!]!;
  const cue = ctx.intentChosen ? null : ctx.cues[topic.id];
  const intent = ctx.intent ?? cue ?? topic.defaultIntent;
  return topic.intents.includes(intent) ? intent : topic.defaultIntent;
}

function routeWith(ctx: ConversationContext, canUseDigital: boolean | null): Recommendation {
  return recommend(ctx.content, {
    topic: ctx.topic!,
    intent: intentOf(ctx),
    circumstances: { canUseDigital, assisted: ctx.assisted },
    municipality: ctx.municipality,
    now: new Date(ctx.now),
    lang: contentLang(ctx.lang),
  });
}

/** Ask about MitID only when the answer changes the channel. */
export function digitalChangesAnswer(ctx: ConversationContext): boolean {
  return routeWith(ctx, true).channel !== routeWith(ctx, false).channel;
}

export function decide(ctx: ConversationContext): Recommendation {
  if (ctx.danger) return emergencyRecommendation(ctx.content, ctx.danger, contentLang(ctx.lang), ctx.matches[0]?.id ?? null);
  return routeWith(ctx, ctx.canUseDigital);
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
    canUseDigital: ctx.canUseDigital,
    open: r.open,
    urgent: r.channel === 'emergency',
  };
}
