/**
 * Logistic regression trained online with FTRL-Proximal (per-coordinate learning rates, L1 that
 * sets most weights to exactly zero). Zero weights need not ship, so the L1 strength is how the
 * model's size is chosen. Inputs are sets of hashed features with value 1.
 */
import { seededRandom } from '../model/seeded-random.js';
export interface FtrlOptions {
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  epochs: number;
  /** Features from this id up are, like the bias, not regularised (for example a sentence's known context). */
  freeFrom?: number;
}

export interface Example {
  features: number[];
  /** The target probability: 1, 0, or between for a graded label. */
  target: number;
}

export interface LinearModel {
  bias: number;
  weights: Map<number, number>;
}

/** A deterministic shuffle, so a retrain on the same data gives the same model. */
function seededShuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  const next = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function trainFtrl(examples: Example[], options: FtrlOptions, seed = 1): LinearModel {
  const z = new Map<number, number>();
  const n = new Map<number, number>();
  // The bias is coordinate -1 and is not regularised, nor are the features from `freeFrom` up.
  const free = (i: number) => i === -1 || (options.freeFrom !== undefined && i >= options.freeFrom);
  const weight = (i: number): number => {
    const zi = z.get(i) ?? 0;
    const l1 = free(i) ? 0 : options.l1;
    if (Math.abs(zi) <= l1) return 0;
    const l2 = free(i) ? 0 : options.l2;
    return -(zi - Math.sign(zi) * l1) / ((options.beta + Math.sqrt(n.get(i) ?? 0)) / options.alpha + l2);
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const example of seededShuffle(examples, seed + epoch)) {
      const coords = [-1, ...example.features];
      const ws = coords.map(weight);
      const p = 1 / (1 + Math.exp(-ws.reduce((a, b) => a + b, 0)));
      const g = p - example.target;
      coords.forEach((i, k) => {
        const ni = n.get(i) ?? 0;
        const sigma = (Math.sqrt(ni + g * g) - Math.sqrt(ni)) / options.alpha;
        z.set(i, (z.get(i) ?? 0) + g - sigma * ws[k]!);
        n.set(i, ni + g * g);
      });
    }
  }
  const weights = new Map<number, number>();
  for (const i of z.keys()) {
    if (i === -1) continue;
    const w = weight(i);
    if (w !== 0) weights.set(i, w);
  }
  return { bias: weight(-1), weights };
}

export function predict(model: LinearModel, features: number[]): number {
  let sum = model.bias;
  for (const f of features) sum += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-sum));
}
