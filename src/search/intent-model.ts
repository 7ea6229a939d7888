/**
 * The learned half of the inquiry-type check: one linear scorer per intent (one against the
 * rest) over the question's hashed features (text-features.ts), trained by `npm run train:intent`
 * on sentences written for the purpose (training/intent/) and shipped as data. It reads the way
 * a question is put ("hvorfor er den sat ned", "blev ikke tømt", "skal man have") where the cue
 * words (intent-cues.ts) see only single words and phrases.
 */
import { INTENTS, type Intent } from '../model/vocabulary.js';
import shipped from './intent-model.json';
import { type PackedScorer, rawScore, type Scorer, unpackScorer } from './linear-scorer.js';
import { clean, fold, limitText } from './normalize.js';
import { hashedFeatures } from './text-features.js';

export interface PackedIntentModel {
  version: 1;
  scorers: Record<Intent, PackedScorer>;
  /**
   * How much more another intent must score than the topic's default to replace it, cues and
   * model together (intent-cues.ts; chosen on the held-out fifth by train-intent.ts): where the
   * wording says little, the default stands.
   */
  margin: number;
}

/**
 * 2^12 buckets, not the danger model's 2^16: the ids of a few hundred weights per intent then
 * pack into one byte each instead of two. With 300 weights per intent, 2^16 and 2^14 read the
 * held-out fifth worse (the model alone 87.0 % against 88.7 %) and the tuning sets no better;
 * 2^10 lost 3 points held out.
 */
export const INTENT_FEATURE_BITS = 12;

/**
 * The features the intent model reads: the shared ones, of the folded question less the words
 * that name its topic (`isTopicWord`). The model is to read how a question is put, not what it
 * is about: a topic's name alone ("boligstøtte", "sygedagpenge") must leave the topic's default.
 */
export function intentFeatures(text: string, isTopicWord: (word: string) => boolean = () => false): number[] {
  const cleaned = clean(limitText(text));
  const words = cleaned ? cleaned.split(' ').filter((w) => !isTopicWord(w)) : [];
  return hashedFeatures(words.map(fold), INTENT_FEATURE_BITS);
}

export class IntentModel {
  private readonly scorers: Array<[Intent, Scorer]>;

  constructor(readonly packed: PackedIntentModel) {
    this.scorers = INTENTS.map((intent) => [intent, unpackScorer(packed.scorers[intent])]);
  }

  /** Each intent's score for the question (words that name the topic left out); null for a question without words. */
  scores(text: string, isTopicWord?: (word: string) => boolean): Map<Intent, number> | null {
    if (!clean(limitText(text))) return null;
    const features = intentFeatures(text, isTopicWord);
    return new Map(this.scorers.map(([intent, scorer]) => [intent, rawScore(scorer, features)]));
  }
}

let model: IntentModel | undefined;

/** The shipped model, unpacked on first use. */
export function shippedIntentModel(): IntentModel {
  model ??= new IntentModel(shipped as PackedIntentModel);
  return model;
}
