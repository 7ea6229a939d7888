/**
 * A sparse linear scorer as the learned models ship it (danger-model.ts, intent-model.ts):
 * hashed feature ids (text-features.ts) with int8 weights, written by `src/training/pack-scorer.ts`.
 */

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

export interface Scorer {
  bias: number;
  weights: Map<number, number>;
}

/**
 * The models' digits: characters that need no escape in JSON or in a bundled string. Base64
 * hid from gzip how small most gaps and weights are; one character per small number lets its
 * Huffman codes see it (measured: the shipped danger model 7.1 → 6.2 KB gzip, the same weights).
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
    if (d < 0) throw new Error(`packed scorer: "${c}" is not a packing digit`);
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
  if (gaps.length !== steps.length) throw new Error(`packed scorer: ${gaps.length} ids but ${steps.length} weights`);
  const map = new Map<number, number>();
  let id = 0;
  for (let k = 0; k < steps.length; k++) {
    id += gaps[k]!;
    // Zigzag back: 0, 1, 2, 3 … are 0, −1, 1, −2 …
    map.set(id, ((steps[k]! >> 1) ^ -(steps[k]! & 1)) * packed.scale);
  }
  return { bias: packed.bias, weights: map };
}

/** The scorer's raw (log-odds) score for a set of features. */
export function rawScore(scorer: Scorer, features: number[]): number {
  let sum = scorer.bias;
  for (const f of features) sum += scorer.weights.get(f) ?? 0;
  return sum;
}
