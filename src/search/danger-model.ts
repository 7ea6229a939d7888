/**
 * The learned half of the danger check: a linear model over the message's hashed features
 * (danger-features.ts), trained by `npm run train:danger` on sentences written for the purpose
 * (training/danger/) and shipped as data. One score says how likely the message signals danger
 * now; a small scorer per kind says which crisis line fits.
 */
import type { DangerKind } from '../model/content-schema.js';
import shipped from './danger-model.json';
import { dangerFeatures } from './danger-features.js';

/**
 * A sparse linear scorer as shipped: the sorted hashes as gaps, the int8 weights (steps of
 * `scale`) zigzagged to 0…254, each number written in `PACK_DIGITS` (`packNumbers`).
 */
export interface PackedScorer {
  bias: number;
  scale: number;
  ids: string;
  weights: string;
}

export interface PackedDangerModel {
  version: 2;
  danger: PackedScorer;
  /** The score from which a message is danger now, and from which it is worth a caution line. */
  thresholds: { urgent: number; caution: number };
  kinds: Record<DangerKind, PackedScorer>;
}

interface Scorer {
  bias: number;
  weights: Map<number, number>;
}

/**
 * The model's digits: characters that need no escape in JSON or in a bundled string. Base64
 * hid from gzip how small most gaps and weights are; one character per small number lets its
 * Huffman codes see it (measured: the shipped model 7.1 → 6.2 KB gzip, the same weights).
 */
export const PACK_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!#%&()*+,-./:;<=>?@[]^_{|}~'";
/** Digits below this end a number (its value modulo FINAL); the others carry the rest, most significant first. */
const FINAL = 64;
const CARRY = PACK_DIGITS.length - FINAL;

/** Non-negative integers from `packNumbers`. */
export function unpackNumbers(packed: string): number[] {
  const out: number[] = [];
  let carried = 0;
  for (const c of packed) {
    const d = PACK_DIGITS.indexOf(c);
    if (d < 0) throw new Error(`danger model: "${c}" is not a packing digit`);
    if (d >= FINAL) carried = carried * CARRY + d - FINAL;
    else {
      out.push(carried * FINAL + d);
      carried = 0;
    }
  }
  return out;
}

/** Each number as carry digits (none below FINAL) and one final digit. */
export function packNumbers(numbers: number[]): string {
  let out = '';
  for (const n of numbers) {
    let carry = '';
    for (let rest = Math.floor(n / FINAL); rest; rest = Math.floor(rest / CARRY)) carry = PACK_DIGITS[FINAL + (rest % CARRY)]! + carry;
    out += carry + PACK_DIGITS[n % FINAL]!;
  }
  return out;
}

export function unpackScorer(packed: PackedScorer): Scorer {
  const gaps = unpackNumbers(packed.ids);
  const steps = unpackNumbers(packed.weights);
  if (gaps.length !== steps.length) throw new Error(`danger model: ${gaps.length} ids but ${steps.length} weights`);
  const map = new Map<number, number>();
  let id = 0;
  for (let k = 0; k < steps.length; k++) {
    id += gaps[k]!;
    // Zigzag back: 0, 1, 2, 3 … are 0, −1, 1, −2 …
    map.set(id, ((steps[k]! >> 1) ^ -(steps[k]! & 1)) * packed.scale);
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
