import { describe, expect, it } from 'vitest';
import { MAX_SPLIT_LOOKUPS, splitCompound } from '../../src/search/compounds.js';

const vocabulary = new Map(['dagpleje', 'plads', 'korekort', 'fornyelse', 'sundhed', 'kort', 'born', 'have', 'flytte', 'anmeldelse'].map((w) => [w, w]));
const known = (w: string) => vocabulary.get(w);

describe('compound splitting against the index vocabulary', () => {
  it('splits two known words', () => {
    expect(splitCompound('dagplejeplads', known)).toEqual(['dagpleje', 'plads']);
    expect(splitCompound('korekortfornyelse', known)).toEqual(['korekort', 'fornyelse']);
    expect(splitCompound('flytteanmeldelse', known)).toEqual(['flytte', 'anmeldelse']);
  });

  it('takes the linking -s- and -e-', () => {
    expect(splitCompound('sundhedskort', known)).toEqual(['sundhed', 'kort']);
    expect(splitCompound('bornehave', known)).toEqual(['born', 'have']);
  });

  it('splits into more than two parts', () => {
    expect(splitCompound('dagplejepladskort', known)).toEqual(['dagpleje', 'plads', 'kort']);
  });

  it('gives up when a part is unknown or too short', () => {
    expect(splitCompound('dagplejexyzzy', known)).toBeNull();
    expect(splitCompound('kortx', known)).toBeNull();
  });

  it('gives up on a made-up word after a bounded number of lookups', () => {
    // Every run of a's is "known" and nothing ending in b is: every cut of every remainder is a
    // candidate, the worst case for a search that tries them all.
    let lookups = 0;
    const greedy = (w: string) => {
      lookups++;
      if (lookups > 10 * MAX_SPLIT_LOOKUPS) throw new Error(`unbounded: more than ${10 * MAX_SPLIT_LOOKUPS} lookups`);
      return /^a+$/.test(w) ? w : undefined;
    };
    expect(splitCompound(`${'a'.repeat(1000)}b`, greedy)).toBeNull();
    expect(lookups).toBeLessThanOrEqual(MAX_SPLIT_LOOKUPS);
  });
});
