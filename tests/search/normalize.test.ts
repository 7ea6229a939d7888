import { describe, expect, it } from 'vitest';
import { keyOf } from '../../src/search/analyze.js';
import { clean, fold, words } from '../../src/search/normalize.js';

describe('Danish normalisation', () => {
  it('folds æ, ø and å whichever way the citizen typed them', () => {
    for (const spelling of ['kørekort', 'koerekort', 'korekort', 'KØREKORT']) expect(fold(clean(spelling))).toBe('korekort');
    for (const spelling of ['børnehave', 'boernehave', 'bornehave']) expect(fold(clean(spelling))).toBe('bornehave');
    for (const spelling of ['åbningstider', 'aabningstider', 'abningstider']) expect(fold(clean(spelling))).toBe('abningstider');
    for (const spelling of ['ægtefælle', 'aegtefaelle']) expect(fold(clean(spelling))).toBe('agtefalle');
  });

  it('drops other diacritics', () => {
    expect(fold(clean('Café Ångström naïve'))).toBe('cafe angstrom naive');
  });

  it('joins a hyphenated word and splits on punctuation', () => {
    expect(words('ID-kort, e-Boks og mit.dk!')).toEqual(['idkort', 'eboks', 'og', 'mit', 'dk']);
  });

  it('turns control characters, emoji and markup into spaces', () => {
    expect(words('pas\u0000\u0007🛂<b>nu</b>')).toEqual(['pas', 'b', 'nu', 'b']);
  });

  it('stems inflections to one key, and keeps short words whole', () => {
    expect(keyOf('sundhedskortet')).toBe(keyOf('sundhedskort'));
    expect(keyOf('kørekortet')).toBe(keyOf('koerekort'));
    expect(keyOf('pas')).toBe('pas');
  });
});
