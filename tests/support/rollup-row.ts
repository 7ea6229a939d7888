/** Roll-up rows for the statistics' tests. */
import type { RollupRow } from '../../src/model/stats-api.js';

/** A roll-up row: a routed decision for flytning in Aarhus on 1 December 2026 unless told otherwise. */
export function rollupRow(fields: Partial<RollupRow> = {}): RollupRow {
  return {
    municipality: 'aarhus',
    day: '2026-12-01',
    type: 'routed',
    topic: 'flytning',
    intent: 'transaction',
    recommended: 'selfservice',
    chosen: null,
    kind: null,
    helped: null,
    assisted: false,
    count: 1,
    ...fields,
  };
}
