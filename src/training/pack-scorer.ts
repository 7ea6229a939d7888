/** A trained linear model packed as the widget unpacks it (search/linear-scorer.ts). */
import type { PackedScorer } from '../search/linear-scorer.js';
import type { LinearModel } from './ftrl.js';

/**
 * Weights become int8 steps of max|w| / 127; a weight that rounds to zero is dropped, and with
 * `limit` only that many of the largest are kept.
 */
export function packScorer(model: LinearModel, limit = Number.POSITIVE_INFINITY): PackedScorer {
  const max = Math.max(...[...model.weights.values()].map(Math.abs), 1e-9);
  const scale = max / 127;
  const kept = [...model.weights]
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, limit)
    .map(([id, w]) => [id, Math.round(w / scale)] as const)
    .filter(([, q]) => q !== 0)
    .sort((a, b) => a[0] - b[0]);
  const gaps: number[] = [];
  let previous = 0;
  for (const [id] of kept) {
    let gap = id - previous;
    previous = id;
    // Little-endian base-128, high bit set on every byte but the last.
    do {
      const low = gap & 0x7f;
      gap >>>= 7;
      gaps.push(gap ? low | 0x80 : low);
    } while (gap);
  }
  const weights = Buffer.from(Int8Array.from(kept.map(([, q]) => q)).buffer);
  return { bias: model.bias, scale, ids: Buffer.from(gaps).toString('base64'), weights: weights.toString('base64') };
}
