import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../src/search/compounds.js';

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
});
