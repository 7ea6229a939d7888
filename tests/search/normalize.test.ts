import { describe, expect, it } from 'vitest';
import { keyOf } from '../../src/search/analyze.js';
import { clean, fold, limitText, MAX_TEXT, words } from '../../src/search/normalize.js';

describe('Danish normalisation', () => {
  it('folds æ, ø and å whichever way the citizen typed them', () => {
    for (const spelling of ['kørekort', 'koerekort', 'korekort', 'KØREKORT']) expect(fold(clean(spelling))).toBe('korekort');
    for (const spelling of ['børnehave', 'boernehave', 'bornehave']) expect(fold(clean(spelling))).toBe('bornehave');
    for (const spelling of ['åbningstider', 'aabningstider', 'abningstider']) expect(fold(clean(spelling))).toBe('abningstider');
    for (const spelling of ['ægtefælle', 'aegtefaelle']) expect(fold(clean(spelling))).toBe('agtefalle');
    // "aa" before an "e": gået written gaaet is "ga" + "et", not "g" + "ae" + "t".
    for (const spelling of ['gået', 'gaaet']) expect(fold(clean(spelling))).toBe('gaet');
    for (const spelling of ['fået', 'faaet']) expect(fold(clean(spelling))).toBe('faet');
  });

  it('drops other diacritics', () => {
    expect(fold(clean('Café Ångström naïve'))).toBe('cafe angstrom naive');
  });

  it('joins a hyphenated word and splits on punctuation', () => {
    expect(words('ID-kort, e-Boks og mit.dk!')).toEqual(['idkort', 'eboks', 'og', 'mit', 'dk']);
  });

  it('makes a paragraph of the law one word, however it is written', () => {
    for (const s of ['servicelovens § 83', 'servicelovens §83', 'servicelovens paragraf 83', 'section 83']) expect(clean(s).split(' ').at(-1)).toBe('paragraf83');
    expect(clean('§ 83a og § 83 b')).toBe('paragraf83a og paragraf83b');
    expect(clean('I have 3 kids')).toBe('i have 3 kids');
  });

  it('turns control characters, emoji and markup into spaces', () => {
    expect(words('pas\u0000\u0007🛂<b>nu</b>')).toEqual(['pas', 'b', 'nu', 'b']);
  });

  it('stems inflections to one key, and keeps short words whole', () => {
    expect(keyOf('sundhedskortet')).toBe(keyOf('sundhedskort'));
    expect(keyOf('kørekortet')).toBe(keyOf('koerekort'));
    expect(keyOf('pas')).toBe('pas');
  });

  it('keeps a word whole when zero-width or other invisible format characters sit inside it', () => {
    expect(words('p\u200Ba\u200Bs')).toEqual(['pas']);
    expect(words('sundheds\u00ADkort\u2060 og\uFEFF flyt\u200Cning\u200D')).toEqual(['sundhedskort', 'og', 'flytning']);
    expect(words('pas\u202E nu')).toEqual(['pas', 'nu']);
  });

  it('cuts the text after NFKC, so a ligature cannot unfold past the cap', () => {
    // U+FDFA is one character that NFKC unfolds into 18 letters and spaces.
    const text = '\uFDFA'.repeat(MAX_TEXT);
    expect(text.normalize('NFKC').length).toBeGreaterThan(10 * MAX_TEXT);
    expect(limitText(text)).toHaveLength(MAX_TEXT);
    expect(limitText('pas')).toBe('pas');
  });
});
