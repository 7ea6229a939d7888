/**
 * The whole answer for one request of the route contract: the danger check and the topic search
 * (or the citizen's own choice), then `decide()`, the one decision the conversation makes too.
 * The CLI, the evaluation and the widget all route through it, so they cannot disagree.
 */
import type { ContentBundle } from '../model/content-bundle.js';
import type { RouteAnswer, TopicMatch } from '../model/route-answer.js';
import { type ContentLang, contentLangOf, type Intent, LANGS } from '../model/vocabulary.js';
import { keyOf } from '../search/analyze.js';
import { assessDanger } from '../search/danger-signals.js';
import { IntentDetector } from '../search/intent-cues.js';
import { words } from '../search/normalize.js';
import { SearchIndex } from '../search/search-index.js';
import { circumstancePhrases, hasPhrase, type MovePhrases, withoutCircumstances, withoutDestinations } from '../search/circumstances.js';
import { allStopwords, caseStatusList, circumstanceList, genericWords, movePhrases, placeNames, topicDocs } from '../search/topic-docs.js';
import { MIN_CONFIDENCE, searchTopics, suggestTopics } from '../search/topic-search.js';
import { decide } from './decide.js';
import type { RouteRequest } from './route-request.js';
import { own } from '../model/own-key.js';

/** The answer as the route contract writes it: the widget's extra `closesAt` is left out. */
export function contractLine(answer: RouteAnswer): RouteAnswer {
  if (!answer.recommendation) return answer;
  const { closesAt: _closesAt, ...recommendation } = answer.recommendation;
  return { ...answer, recommendation: recommendation as RouteAnswer['recommendation'] };
}

/**
 * An article's phrases folded once: the widget adds articles as they load, so the cache follows
 * the list itself rather than the topic.
 */
const folded = new WeakMap<readonly string[], string[][]>();
function foldedPhrases(phrases: readonly string[]): string[][] {
  let out = folded.get(phrases);
  if (!out) folded.set(phrases, (out = circumstancePhrases(phrases)));
  return out;
}

/** A runner-up topic at least this share of the best one's confidence is practically level: the conversation makes the citizen choose. */
export const AMBIGUOUS_SHARE = 0.95;
/** A topic found beside a case-status phrase stays a runner-up below that level (see withCaseStatus). */
const RUNNER_UP_OF_CASE_STATUS = 0.9 * AMBIGUOUS_SHARE;

export class ChannelRouter {
  /** One search index per content language (the widget loads just its own). */
  readonly indexes: Partial<Record<ContentLang, SearchIndex>>;
  readonly intents: IntentDetector;
  /** Keys that count little in search: intent cues, generic words and place names (`placeNames`). */
  private readonly lightKeys: Set<string>;
  /** Phrases of a citizen's circumstance ("har ikke MitID") that search reads past. */
  private readonly circumstances: string[][];
  /** A move into a dwelling ("er flyttet i ældrebolig"): search reads past the dwelling. */
  private readonly moves: MovePhrases;
  /** Phrases that ask how far one's own case has come ("har ikke hørt noget"), and the topic that answers them. */
  private readonly caseStatus: { topic: string; phrases: string[][] };

  /** `indexes`: prebuilt indexes (the widget loads one); by default both are built from the content. */
  constructor(
    readonly content: ContentBundle,
    indexes?: Partial<Record<ContentLang, SearchIndex>>,
  ) {
    this.indexes = indexes ?? Object.fromEntries(LANGS.map((l) => [l, SearchIndex.build(topicDocs(content, l), allStopwords(content))]));
    this.intents = new IntentDetector(content.intentCues);
    this.lightKeys = new Set([...this.intents.cueKeys, ...[...genericWords(content), ...placeNames(content)].flatMap((w) => words(w).map(keyOf))]);
    this.circumstances = circumstancePhrases(circumstanceList(content));
    this.moves = movePhrases(
      content,
      Object.values(this.indexes).flatMap((index) => [...index.stopwords]),
    );
    this.caseStatus = { topic: content.stopwords.caseStatus.topic, phrases: circumstancePhrases(caseStatusList(content)) };
  }

  private indexFor(lang: string): SearchIndex | undefined {
    return this.indexes[contentLangOf(lang)] ?? Object.values(this.indexes)[0];
  }

  /** Search in the index of the question's language (the other one if only that is loaded). */
  search(q: string, lang: string = 'da'): TopicMatch[] {
    const index = this.indexFor(lang);
    if (!index) return [];
    const moved = withoutDestinations(q, this.moves) ?? q;
    const errand = withoutCircumstances(moved, this.circumstances);
    const found = errand ? searchTopics(index, errand, this.lightKeys) : [];
    return this.withCaseStatus(q, found.length ? found : searchTopics(index, moved, this.lightKeys));
  }

  /**
   * A question about how far one's own case has come ("hvor langt er min sag om hjælpemidler",
   * "har søgt for 6 uger siden og har ikke hørt noget") is answered by the case-status topic (Min
   * Side or the department's phone) when the topic found has no inquiry about one's own case, or
   * none was found: the catalog gives most topics no such inquiry, and the words around the
   * phrase are often too many for search to answer. The topic found stays a runner-up, below the
   * level at which the conversation would ask the citizen to choose.
   */
  private withCaseStatus(q: string, found: TopicMatch[]): TopicMatch[] {
    const { topic, phrases } = this.caseStatus;
    const top = found[0] && own(this.content.topics, found[0].id);
    if (top?.intents.includes('interaction') || !own(this.content.topics, topic) || !hasPhrase(q, phrases)) return found;
    const score = Math.max(found[0]?.score ?? 0, MIN_CONFIDENCE);
    return [{ id: topic, score }, ...found.filter((m) => m.id !== topic).map((m) => ({ id: m.id, score: Math.min(m.score, RUNNER_UP_OF_CASE_STATUS * score) }))];
  }

  /** For a refused question, the topics it came closest to ("did you mean …"). */
  suggest(q: string, lang: string = 'da'): TopicMatch[] {
    const index = this.indexFor(lang);
    return index ? suggestTopics(index, q, this.lightKeys) : [];
  }

  /**
   * Whether the question tells of a situation in which the topic's self-service cannot serve the
   * citizen (its article's `withoutDigitalWhen`, in either language: "I have no chip in my pas").
   */
  saysWithoutDigital(q: string, topicId: string): boolean {
    const topic = own(this.content.topics, topicId);
    return !!topic && LANGS.some((l) => hasPhrase(q, foldedPhrases(topic.articles[l].withoutDigitalWhen)));
  }

  /** The inquiry type the words point to for this topic (null: a question without words). */
  cueFor(q: string, topicId: string, lang: string = 'da'): Intent | null {
    const topic = own(this.content.topics, topicId);
    if (!topic) return null;
    const index = this.indexFor(lang);
    return this.intents.detect(q, topic, index && this.intents.topicWords(index, topicId));
  }

  route(request: RouteRequest): RouteAnswer {
    const finding = assessDanger(request.q);
    const danger = finding?.level === 'urgent' ? finding.kind : null;
    const topics = request.topic ? [{ id: request.topic, score: 1 }] : this.search(request.q, request.lang);
    const topic = topics[0]?.id ?? null;
    const { intent, recommendation } = decide({
      content: this.content,
      danger,
      topic,
      chosenIntent: request.intent,
      cueIntent: topic && !request.intent ? this.cueFor(request.q, topic, request.lang) : null,
      circumstances: { canUseDigital: topic && this.saysWithoutDigital(request.q, topic) ? false : request.canUseDigital, assisted: request.assisted },
      municipality: request.municipality,
      now: request.now,
      lang: request.lang,
    });
    return { q: request.q, urgent: danger !== null, caution: finding?.level === 'caution', topics, intent, recommendation };
  }
}
