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
import { fold, words } from '../search/normalize.js';
import { SearchIndex } from '../search/search-index.js';
import { circumstancePhrases, hasPhrase, type MovePhrases, withoutCircumstances, withoutDestinations } from '../search/circumstances.js';
import { allStopwords, movePhrases, placeNames, topicDocs } from '../search/topic-docs.js';
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
  /*
   * The word lists below are each language's own, read for questions in that language only: the
   * widget carries its own language's lists alone, and the product measured is the one that ships.
   */
  /** Keys that count little in search: intent cues, generic words and place names (`placeNames`). */
  private readonly lightKeys: Record<ContentLang, Set<string>>;
  /** Keys of the generic words alone: one of them as the whole question names no topic. */
  private readonly genericKeys: Record<ContentLang, Set<string>>;
  /** Phrases of a citizen's circumstance ("har ikke MitID") that search reads past. */
  private readonly circumstances: Record<ContentLang, string[][]>;
  /** The circumstance phrases that say the citizen cannot use digital services ("har ikke mitid"). */
  private readonly withoutDigitalAccess: Record<ContentLang, string[][]>;
  /** A move into a dwelling ("er flyttet i ældrebolig"): search reads past the dwelling. */
  private readonly moves: Record<ContentLang, MovePhrases>;
  /** Phrases that ask how far one's own case has come ("har ikke hørt noget"), and the topic that answers them. */
  private readonly caseStatus: { topic: string; phrases: Record<ContentLang, string[][]> };

  /** `indexes`: prebuilt indexes (the widget loads one); by default both are built from the content. */
  constructor(
    readonly content: ContentBundle,
    indexes?: Partial<Record<ContentLang, SearchIndex>>,
  ) {
    this.indexes = indexes ?? Object.fromEntries(LANGS.map((l) => [l, SearchIndex.build(topicDocs(content, l), allStopwords(content))]));
    this.intents = new IntentDetector(content.intentCues);
    const places = placeNames(content).flatMap((w) => words(w).map(keyOf));
    const stopwords = Object.values(this.indexes).flatMap((index) => [...index.stopwords]);
    const perLang = <T>(make: (lang: ContentLang) => T) => ({ da: make('da'), en: make('en') });
    this.genericKeys = perLang((l) => new Set(content.stopwords.generic[l].flatMap((w) => words(w).map(keyOf))));
    this.lightKeys = perLang((l) => new Set([...this.intents.cueKeys[l], ...places, ...this.genericKeys[l]]));
    this.circumstances = perLang((l) => circumstancePhrases(content.stopwords.circumstances[l]));
    const digitalAccess = new Set(content.stopwords.digitalAccess.flatMap((w) => words(w).map(fold)));
    this.withoutDigitalAccess = perLang((l) => this.circumstances[l].filter((p) => p.some((w) => digitalAccess.has(w))));
    this.moves = perLang((l) => movePhrases(content, l, stopwords));
    this.caseStatus = { topic: content.stopwords.caseStatus.topic, phrases: perLang((l) => circumstancePhrases(content.stopwords.caseStatus[l])) };
  }

  /** The content language a question is read in: its own, or the one loaded if only that is. */
  private langOf(lang: string): ContentLang | undefined {
    const wanted = contentLangOf(lang);
    return this.indexes[wanted] ? wanted : LANGS.find((l) => this.indexes[l]);
  }

  /** Search in the index of the question's language (the other one if only that is loaded). */
  search(q: string, lang: string = 'da'): TopicMatch[] {
    const l = this.langOf(lang);
    if (!l) return [];
    const index = this.indexes[l]!;
    const moved = withoutDestinations(q, this.moves[l]) ?? q;
    const errand = withoutCircumstances(moved, this.circumstances[l]);
    const found = errand ? searchTopics(index, errand, this.lightKeys[l], this.genericKeys[l]) : [];
    return this.withCaseStatus(q, l, found.length ? found : searchTopics(index, moved, this.lightKeys[l], this.genericKeys[l]));
  }

  /**
   * A question about how far one's own case has come ("hvor langt er min sag om hjælpemidler",
   * "har søgt for 6 uger siden og har ikke hørt noget") is answered by the case-status topic (Min
   * Side or the department's phone) when the topic found has no inquiry about one's own case, or
   * none was found: the catalog gives most topics no such inquiry, and the words around the
   * phrase are often too many for search to answer. The topic found stays a runner-up, below the
   * level at which the conversation would ask the citizen to choose.
   */
  private withCaseStatus(q: string, lang: ContentLang, found: TopicMatch[]): TopicMatch[] {
    const { topic, phrases } = this.caseStatus;
    const top = found[0] && own(this.content.topics, found[0].id);
    if (top?.intents.includes('interaction') || !own(this.content.topics, topic) || !hasPhrase(q, phrases[lang])) return found;
    const score = Math.max(found[0]?.score ?? 0, MIN_CONFIDENCE);
    return [{ id: topic, score }, ...found.filter((m) => m.id !== topic).map((m) => ({ id: m.id, score: Math.min(m.score, RUNNER_UP_OF_CASE_STATUS * score) }))];
  }

  /** For a refused question, the topics it came closest to ("did you mean …"). */
  suggest(q: string, lang: string = 'da'): TopicMatch[] {
    const l = this.langOf(lang);
    return l ? suggestTopics(this.indexes[l]!, q, this.lightKeys[l], this.genericKeys[l]) : [];
  }

  /**
   * Whether the question tells of a situation in which the topic's self-service cannot serve the
   * citizen (its article's `withoutDigitalWhen` in the question's language: "I have no chip in my passport").
   */
  saysWithoutDigital(q: string, topicId: string, lang: string = 'da'): boolean {
    const topic = own(this.content.topics, topicId);
    const l = this.langOf(lang);
    return !!topic && !!l && hasPhrase(q, foldedPhrases(topic.articles[l].withoutDigitalWhen));
  }

  /** The inquiry type the words point to for this topic (null: a question without words). */
  cueFor(q: string, topicId: string, lang: string = 'da'): Intent | null {
    const topic = own(this.content.topics, topicId);
    if (!topic) return null;
    const l = this.langOf(lang);
    if (!l) return null;
    // Without MitID the errand is the same errand done another way (`canUseDigital`): the phrase
    // says nothing of the inquiry type, and the model, which saw it most beside phone and meeting
    // errands, read "vuggestue til min søn, jeg kan ikke bruge mitid" as asking about the waiting list.
    const errand = withoutCircumstances(q, this.withoutDigitalAccess[l])?.trim();
    return this.intents.detect(errand || q, topic, l, this.intents.topicWords(this.indexes[l]!, topicId, l));
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
      circumstances: { canUseDigital: topic && this.saysWithoutDigital(request.q, topic, request.lang) ? false : request.canUseDigital, assisted: request.assisted },
      municipality: request.municipality,
      now: request.now,
      lang: request.lang,
    });
    return { q: request.q, urgent: danger !== null, caution: finding?.level === 'caution', topics, intent, recommendation };
  }
}
