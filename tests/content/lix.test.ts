/** LIX by table: the readability index content:check holds Danish summaries to. */
import { describe, expect, it } from 'vitest';
import { guidanceLix, lix } from '../../src/content/lix.js';

describe('LIX', () => {
  const table: Array<[string, string, number]> = [
    ['short words, one sentence', 'Du kan søge om et nyt pas.', 7],
    // 8 words, 2 sentences, 2 long words (udfylde, formularen): 4 + 25.
    ['two sentences, two long words', 'Du skal udfylde formularen. Så er du færdig.', 29],
    // 5 words, 1 sentence, 4 long (all but "hos"): 5 + 80.
    ['long words weigh in', 'Sundhedskort bestilles digitalt hos Borgerservice.', 85],
    // 5 words in 3 items: 5/3 + 0.
    ['a list item is a sentence of its own', '- Bestil tid\n- Mød op\n- Betal', 1.67],
    ['a link counts by its text', 'Læs mere på [borger.dk](https://www.borger.dk).', 5],
    ['no words', '…', 0],
  ];
  for (const [what, text, expected] of table) it(what, () => expect(lix(text)).toBeCloseTo(expected, 0));
});

describe('LIX of a staff guidance entry', () => {
  it('reads each line as a sentence, with or without its full stop', () => {
    // 10 words in 5 sentences (one per line), 2 long words (borgeren, adressen): 2 + 20.
    const entry = { steps: ['Bed borgeren logge på.', 'Tjek adressen'], have: ['MitID'], pitfalls: [], meeting: 'Book tid.', proxy: '' };
    expect(guidanceLix({ ...entry, proxy: 'Ingen.' })).toBeCloseTo(22, 5);
    expect(guidanceLix({ ...entry, steps: ['Bed borgeren logge på', 'Tjek adressen.'], proxy: 'Ingen' })).toBeCloseTo(22, 5);
  });
});
