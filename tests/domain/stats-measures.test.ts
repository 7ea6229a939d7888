import { describe, expect, it } from 'vitest';
import { addTallies, MEASURES, measureSql, tallyOf } from '../../src/domain/stats-measures.js';
import { rollupRow } from '../support/rollup-row.js';

const routed = rollupRow;

describe('the measures the statistics read', () => {
  it('are named once each', () => {
    const names = MEASURES.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('sum the rows each condition names, and nothing else', () => {
    const tally = tallyOf([
      routed({ count: 3 }),
      routed({ assisted: true }),
      routed({ intent: 'information', recommended: 'web', count: 5 }),
      routed({ type: 'followed', intent: null, recommended: 'selfservice', chosen: 'selfservice', count: 2 }),
      routed({ type: 'followed', intent: null, recommended: 'selfservice', chosen: 'phone' }),
      routed({ type: 'helped', intent: null, recommended: null, helped: false, count: 4 }),
      routed({ type: 'emergency', topic: null, intent: null, recommended: null, kind: 'fire', assisted: true }),
    ]);
    expect(tally).toMatchObject({
      routed: 9,
      'routed transaction selfservice': 4,
      'routed information web': 5,
      'routed assisted': 1,
      clicks: 3,
      'clicks chosen digital': 2,
      'clicks on selfservice': 3,
      'clicks on selfservice kept': 2,
      'followed selfservice': 2,
      'followed phone': 0,
      'helped no': 4,
      'helped yes': 0,
      emergencies: 1,
      'emergency fire': 1,
      'not found': 0,
    });
  });

  it('add up across periods', () => {
    const a = tallyOf([routed({ count: 2 })]);
    const b = tallyOf([routed({ recommended: 'phone' })]);
    expect(addTallies([a, b])).toEqual(tallyOf([routed({ count: 2 }), routed({ recommended: 'phone' })]));
  });

  it('become SQL over the stored columns, with absent values as the stores keep them', () => {
    expect(measureSql({ type: 'followed', chosen: ['web', 'selfservice'], helped: -1 })).toBe(
      "coalesce(sum(count) FILTER (WHERE type = 'followed' AND chosen IN ('web', 'selfservice') AND helped = -1), 0)",
    );
  });

  it('refuse a value that is not a plain word rather than write it into SQL', () => {
    expect(() => measureSql({ type: "routed' OR 1=1 --" })).toThrow(/is not a plain word/);
  });
});
