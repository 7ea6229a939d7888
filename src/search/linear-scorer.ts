/**
 * A sparse linear scorer as the learned models ship it (danger-model.ts, intent-model.ts):
 * hashed feature ids (text-features.ts) with int8 weights, written by `src/training/pack-scorer.ts`.
 */

/** A sparse linear scorer as shipped: sorted hashes as base64 varint gaps, weights as base64 int8 × scale. */
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

/** The scorer's raw (log-odds) score for a set of features. */
export function rawScore(scorer: Scorer, features: number[]): number {
  let sum = scorer.bias;
  for (const f of features) sum += scorer.weights.get(f) ?? 0;
  return sum;
}
