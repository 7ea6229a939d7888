/**
 * The one decision: what the route contract, the evaluation and the conversation (citizen and
 * staff) recommend for a question whose danger check, topic and cues are known. Danger first;
 * then the inquiry type by one rule; then the channel from the routing core. Pure: `now` and the
 * content are arguments, so every caller that hands in the same facts gets the same answer.
 */
import { emergencyRecommendation } from '../domain/emergency.js';
import { recommend, RoutingError } from '../domain/recommend.js';
import type { ContentBundle } from '../model/content-bundle.js';
import type { DangerKind } from '../model/content-schema.js';
import type { Circumstances, Recommendation } from '../model/recommendation.js';
import { contentLangOf, type Intent } from '../model/vocabulary.js';
import { own } from '../model/own-key.js';

export interface DecisionFacts {
  content: ContentBundle;
  /** What the danger check found in the citizen's words. */
  danger: DangerKind | null;
  /** The topic the citizen chose, or search's best match; null when nothing matched. */
  topic: string | null;
  /** The inquiry type the citizen chose themselves. */
  chosenIntent: Intent | null;
  /** The inquiry type the citizen's words point to for this topic (intent cues). */
  cueIntent: Intent | null;
  circumstances: Circumstances;
  municipality: string;
  now: Date;
  /** The interface or request language; the content language follows `contentLangOf`. */
  lang: string;
}

export interface Decision {
  /** The inquiry type the recommendation is for (null with no topic or for danger alone). */
  intent: Intent | null;
  recommendation: Recommendation | null;
}

/**
 * The citizen's choice, else what their words point to, else the topic's default — each only if
 * the topic has that inquiry type, so a choice made for another topic never breaks the decision.
 */
export function intentFor(content: ContentBundle, topicId: string, chosen: Intent | null, cue: Intent | null): Intent {
  const topic = own(content.topics, topicId);
  if (!topic) throw new RoutingError('topic', `unknown topic "${topicId}"`);
  if (chosen && topic.intents.includes(chosen)) return chosen;
  if (cue && topic.intents.includes(cue)) return cue;
  return topic.defaultIntent;
}

export function decide(facts: DecisionFacts): Decision {
  const lang = contentLangOf(facts.lang);
  const intent = facts.topic ? intentFor(facts.content, facts.topic, facts.chosenIntent, facts.cueIntent) : null;
  if (facts.danger) return { intent, recommendation: emergencyRecommendation(facts.content, facts.danger, lang, facts.topic) };
  if (!facts.topic || !intent) return { intent, recommendation: null };
  const recommendation = recommend(facts.content, {
    topic: facts.topic,
    intent,
    circumstances: facts.circumstances,
    municipality: facts.municipality,
    now: facts.now,
    lang,
  });
  return { intent, recommendation };
}
