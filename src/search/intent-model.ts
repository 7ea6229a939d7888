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
import { foldedText, hashedFeatures } from './text-features.js';

export interface PackedIntentModel {
  version: 1;
  scorers: Record<Intent, PackedScorer>;
  /**
   * How much more another intent must score than the topic's default to replace it, cues and
   * model together (intent-cues.ts; chosen on the held-out fifth): where the wording says little,
   * the default stands.
   */
  margin: number;
}

/** The features the intent model reads: the shared ones, of the folded question. */
export function intentFeatures(text: string): number[] {
  const folded = foldedText(text);
  return hashedFeatures(folded ? folded.split(' ') : []);
}

export class IntentModel {
  private readonly scorers: Array<[Intent, Scorer]>;

  constructor(readonly packed: PackedIntentModel) {
    this.scorers = INTENTS.map((intent) => [intent, unpackScorer(packed.scorers[intent])]);
  }

  /** Each intent's log-odds for the question; null for a question without words. */
  scores(text: string): Map<Intent, number> | null {
    const features = intentFeatures(text);
    if (!features.length) return null;
    return new Map(this.scorers.map(([intent, scorer]) => [intent, rawScore(scorer, features)]));
  }
}

let model: IntentModel | undefined;

/** The shipped model, unpacked on first use. */
export function shippedIntentModel(): IntentModel {
  model ??= new IntentModel(shipped as PackedIntentModel);
  return model;
}
