/**
 * The learned half of the danger check: a linear model over the message's hashed features
 * (danger-features.ts), trained by `npm run train:danger` on sentences written for the purpose
 * (training/danger/) and shipped as data. One score says how likely the message signals danger
 * now; a small scorer per kind says which crisis line fits.
 */
import type { DangerKind } from '../model/content-schema.js';
import shipped from './danger-model.json';
import { dangerFeatures } from './danger-features.js';

/** A sparse linear scorer as shipped: sorted hashes as base64 varint gaps, weights as base64 int8 × scale. */
export interface PackedScorer {
  bias: number;
  scale: number;
  ids: string;
  weights: string;
}

export interface PackedDangerModel {
  version: 1;
  danger: PackedScorer;
  /** The score from which a message is danger now, and from which it is worth a caution line. */
  thresholds: { urgent: number; caution: number };
  kinds: Record<DangerKind, PackedScorer>;
}

interface Scorer {
  bias: number;
  weights: Map<number, number>;
}

function bytes(base64: string): Uint8Array {
  const raw = atob(base64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

export function unpackScorer(packed: PackedScorer): Scorer {
  const gaps = bytes(packed.ids);
  const weights = new Int8Array(bytes(packed.weights).buffer);
  const map = new Map<number, number>();
  let id = 0;
  let at = 0;
  for (let k = 0; k < weights.length; k++) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = gaps[at++]!;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    id += gap;
    map.set(id, weights[k]! * packed.scale);
  }
  return { bias: packed.bias, weights: map };
}

function raw(scorer: Scorer, features: number[]): number {
  let sum = scorer.bias;
  for (const f of features) sum += scorer.weights.get(f) ?? 0;
  return sum;
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
      const s = raw(scorer, features);
      if (s > best) [best, kind] = [s, k];
    }
    return { score: features.length ? sigmoid(raw(this.danger, features)) : 0, kind };
  }
}

let model: DangerModel | undefined;

/** The shipped model, unpacked on first use. */
export function shippedDangerModel(): DangerModel {
  model ??= new DangerModel(shipped as PackedDangerModel);
  return model;
}
