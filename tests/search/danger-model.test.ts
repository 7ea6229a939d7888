/** The learned danger check: how it is packed, how its score becomes a level, and that the shipped model is the trained one. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dangerFeatures } from '../../src/search/danger-features.js';
import { featureHash } from '../../src/search/text-features.js';
import { DangerModel, type PackedDangerModel, shippedDangerModel } from '../../src/search/danger-model.js';
import { unpackScorer } from '../../src/search/linear-scorer.js';
import { assessDanger } from '../../src/search/danger-signals.js';
import { packScorer } from '../../src/training/pack-scorer.js';

const none = { bias: -20, scale: 1, ids: '', weights: '' };

/** A model that reads one word, with the weight given, and nothing else. */
function oneWordModel(word: string, weight: number): DangerModel {
  const danger = packScorer({ bias: -4, weights: new Map([[featureHash(`w:${word}`), weight]]) });
  const packed: PackedDangerModel = {
    version: 2,
    danger,
    thresholds: { urgent: 0.7, caution: 0.4 },
    kinds: { suicide: none, violence: none, child: none, medical: none, poisoning: none, fire: none },
  };
  return new DangerModel(packed);
}

describe('the packed model', () => {
  it('unpacks the ids and weights it was packed with, to the step of its scale', () => {
    const weights = new Map([
      [3, 1.5],
      [200, -0.75],
      [70_000, 0.004],
      [65_535, -1.5],
    ]);
    const unpacked = unpackScorer(packScorer({ bias: 0.25, weights }));
    expect(unpacked.bias).toBe(0.25);
    for (const [id, w] of weights) {
      if (Math.abs(w) < 1.5 / 254) continue; // rounds to zero and is not shipped
      expect(unpacked.weights.get(id)).toBeCloseTo(w, 1);
    }
    expect(unpacked.weights.has(70_000)).toBe(false);
  });

  it('refuses a packed scorer that is not one: a foreign character, or ids and weights that do not pair', () => {
    expect(() => unpackScorer({ bias: 0, scale: 1, ids: '1é', weights: '2' })).toThrow('"é" is not a packing digit');
    expect(() => unpackScorer({ bias: 0, scale: 1, ids: '12', weights: '2' })).toThrow('2 ids but 1 weights');
  });

  it('keeps only the largest weights when asked', () => {
    const weights = new Map(Array.from({ length: 100 }, (_, i) => [i * 7, i - 50] as [number, number]));
    expect(unpackScorer(packScorer({ bias: 0, weights }, 10)).weights.size).toBe(10);
  });
});

describe('from score to level', () => {
  it('a strong reading is urgent, a middling one a caution, a weak one nothing', () => {
    expect(assessDanger('xq', oneWordModel('xq', 8))).toMatchObject({ level: 'urgent' });
    expect(assessDanger('xq', oneWordModel('xq', 3.8))).toMatchObject({ level: 'caution' });
    expect(assessDanger('xq', oneWordModel('xq', 1))).toBeNull();
    expect(assessDanger('something else', oneWordModel('xq', 8))).toBeNull();
  });

  it('a written pattern alarms unless the model reads the sentence as calm: then it asks, and where the model is sure, stays quiet', () => {
    // Bias −4 and caution at 0.4: the pattern needs a score of 0.2 to alarm and 0.04 to ask.
    expect(assessDanger('han slår mig lige nu', oneWordModel('slar', 3))).toEqual({ level: 'urgent', kind: 'violence' });
    expect(assessDanger('han slår mig lige nu', oneWordModel('slar', 2))).toEqual({ level: 'caution', kind: 'violence' });
    expect(assessDanger('han slår mig lige nu', oneWordModel('xq', 0))).toBeNull();
  });

  it('a written suicide pattern is urgent whatever the model says when the writer speaks of their own thoughts or says only the word', () => {
    expect(assessDanger('jeg vil tage mit eget liv', oneWordModel('xq', 0))).toEqual({ level: 'urgent', kind: 'suicide' });
    expect(assessDanger('selvmord', oneWordModel('xq', 0))).toEqual({ level: 'urgent', kind: 'suicide' });
  });

  it("suicide's words in a sentence about others that the model reads as calm keep the caution line, never nothing", () => {
    expect(assessDanger('støttegruppe for dem der har mistet nogen til selvmord', oneWordModel('xq', 0))).toEqual({ level: 'caution', kind: 'suicide' });
    expect(assessDanger('støttegruppe for dem der har mistet nogen til selvmord', oneWordModel('selvmord', 10))).toEqual({ level: 'urgent', kind: 'suicide' });
  });

  it('reads æ/ø/å, their spellings without them and the inflections alike', () => {
    const a = new Set(dangerFeatures('han slår mig'));
    const b = dangerFeatures('han slaar mig');
    expect(b.filter((f) => a.has(f)).length / b.length).toBeGreaterThan(0.8);
  });

  it('an empty or enormous message reads as nothing', () => {
    expect(shippedDangerModel().read('').score).toBe(0);
    expect(assessDanger('a'.repeat(100_000))).toBeNull();
  });
});

describe('the shipped model', () => {
  it('is the one the shipped training sentences train (npm run train:danger)', () => {
    const run = spawnSync('npx', ['tsx', 'src/training/train-danger.ts', '--check'], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toMatch(/is what training\/danger trains/);
    expect(run.status).toBe(0);
  });
});
