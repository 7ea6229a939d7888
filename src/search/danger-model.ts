/**
 * The learned half of the danger check: a linear model over the message's hashed features
 * (danger-features.ts), trained by `npm run train:danger` on sentences written for the purpose
 * (training/danger/) and shipped as data. One score says how likely the message signals danger
 * now; a small scorer per kind says which crisis line fits.
 */
import type { DangerKind } from '../model/content-schema.js';
import shipped from './danger-model.json';
import { dangerFeatures } from './danger-features.js';
import { type PackedScorer, rawScore, type Scorer, unpackScorer } from './linear-scorer.js';

export interface PackedDangerModel {
  version: 2;
  danger: PackedScorer;
  /** The score from which a message is danger now, and from which it is worth a caution line. */
  thresholds: { urgent: number; caution: number };
  kinds: Record<DangerKind, PackedScorer>;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface DangerReading {
  /** How likely the message signals danger now, in [0, 1]. */
  score: number;
  /** The kind of danger the wording is closest to. */
  kind: DangerKind;
}

export class DangerModel {
  private readonly danger: Scorer;
  private readonly kinds: Array<[DangerKind, Scorer]>;

  constructor(readonly packed: PackedDangerModel) {
    this.danger = unpackScorer(packed.danger);
    this.kinds = (Object.entries(packed.kinds) as Array<[DangerKind, PackedScorer]>).map(([kind, s]) => [kind, unpackScorer(s)]);
  }

  read(text: string): DangerReading {
    return this.readFeatures(dangerFeatures(text));
  }

  /** The reading of a message's features (danger-features.ts). */
  readFeatures(features: number[]): DangerReading {
    let kind: DangerKind = 'medical';
    let best = Number.NEGATIVE_INFINITY;
    for (const [k, scorer] of this.kinds) {
      const s = rawScore(scorer, features);
      if (s > best) [best, kind] = [s, k];
    }
    return { score: features.length ? sigmoid(rawScore(this.danger, features)) : 0, kind };
  }
}

let model: DangerModel | undefined;

/** The shipped model, unpacked on first use. */
export function shippedDangerModel(): DangerModel {
  model ??= new DangerModel(shipped as PackedDangerModel);
  return model;
}
