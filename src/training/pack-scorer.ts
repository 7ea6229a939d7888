/** A trained linear model packed as the widget unpacks it (search/linear-scorer.ts). */
import { packNumbers, type PackedScorer } from '../search/linear-scorer.js';
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
  const gaps = kept.map(([id], k) => id - (k ? kept[k - 1]![0] : 0));
  // Zigzag: 0, −1, 1, −2 … become 0, 1, 2, 3 …, so small weights of either sign are small numbers.
  const steps = kept.map(([, q]) => (q < 0 ? -2 * q - 1 : 2 * q));
  return { bias: model.bias, scale, ids: packNumbers(gaps), weights: packNumbers(steps) };
}
