/**
 * The whole decision for one request: danger first, then the topic (search, or the citizen's own
 * choice), the inquiry type (cues, or the topic's default), then the channel. The CLI, the
 * evaluation and the widget all call this, so they cannot disagree.
 */
import type { ContentBundle } from '../content/types.js';
import { signalsDanger } from '../domain/danger.js';
import { emergencyRecommendation } from '../domain/emergency.js';
import { recommend } from '../domain/recommend.js';
import type { Recommendation } from '../domain/recommendation.js';
import { type ContentLang, type Intent, LANGS } from '../domain/vocabulary.js';
import { IntentDetector } from '../search/intent-cues.js';
import { SearchIndex } from '../search/search-index.js';
import { allStopwords, genericWords, topicDocs } from '../search/topic-docs.js';
import { keyOf } from '../search/analyze.js';
import { words } from '../search/normalize.js';
import { searchTopics, suggestTopics, type TopicMatch } from '../search/topic-search.js';
import type { RouteRequest } from './route-request.js';

export interface RouteAnswer {
  q: string;
  urgent: boolean;
  topics: TopicMatch[];
  intent: Intent | null;
  recommendation: Recommendation | null;
}

/** The answer as the route contract writes it: the widget's extra `closesAt` is left out. */
export function contractLine(answer: RouteAnswer): RouteAnswer {
  if (!answer.recommendation) return answer;
  const { closesAt: _closesAt, ...recommendation } = answer.recommendation;
  return { ...answer, recommendation: recommendation as RouteAnswer['recommendation'] };
}

export function contentLang(lang: string): ContentLang {
  return lang.startsWith('da') ? 'da' : 'en';
}

export class Router {
  /** One search index per content language (the widget loads just its own). */
  readonly indexes: Partial<Record<ContentLang, SearchIndex>>;
  readonly intents: IntentDetector;
  /** Keys that count little in search: intent cues and generic words. */
  private readonly lightKeys: Set<string>;

  /** `indexes`: prebuilt indexes (the widget loads one); by default both are built from the content. */
  constructor(
    readonly content: ContentBundle,
    indexes?: Partial<Record<ContentLang, SearchIndex>>,
  ) {
    this.indexes = indexes ?? Object.fromEntries(LANGS.map((l) => [l, SearchIndex.build(topicDocs(content, l), allStopwords(content))]));
    this.intents = new IntentDetector(content.intentCues);
    this.lightKeys = new Set([...this.intents.cueKeys, ...genericWords(content).flatMap((w) => words(w).map(keyOf))]);
  }

  private indexFor(lang: string): SearchIndex | undefined {
    return this.indexes[contentLang(lang)] ?? Object.values(this.indexes)[0];
  }

  /** Search in the index of the question's language (the other one if only that is loaded). */
  search(q: string, lang: string = 'da'): TopicMatch[] {
    const index = this.indexFor(lang);
    return index ? searchTopics(index, q, this.lightKeys) : [];
  }

  /** For a refused question, the topics it came closest to ("did you mean …"). */
  suggest(q: string, lang: string = 'da'): TopicMatch[] {
    const index = this.indexFor(lang);
    return index ? suggestTopics(index, q, this.lightKeys) : [];
  }

  /** The inquiry type: the citizen's choice, else a cue in the words, else the topic's default. */
  intentFor(q: string, topicId: string): Intent {
    const topic = this.content.topics[topicId]!;
    return this.intents.detect(q, topic) ?? topic.defaultIntent;
  }

  route(request: RouteRequest): RouteAnswer {
    const lang = contentLang(request.lang);
    const danger = signalsDanger(request.q);
    const topics = request.topic ? [{ id: request.topic, score: 1 }] : this.search(request.q, request.lang);
    const topicId = topics[0]?.id ?? null;
    const intent = topicId ? (request.intent ?? this.intentFor(request.q, topicId)) : null;

    let recommendation: Recommendation | null = null;
    if (danger) recommendation = emergencyRecommendation(this.content, danger, lang, topicId);
    else if (topicId && intent)
      recommendation = recommend(this.content, {
        topic: topicId,
        intent,
        circumstances: { canUseDigital: request.canUseDigital, assisted: request.assisted },
        municipality: request.municipality,
        now: request.now,
        lang,
      });
    return { q: request.q, urgent: danger !== null, topics, intent, recommendation };
  }
}
