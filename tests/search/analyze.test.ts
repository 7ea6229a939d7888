/** Search keys: verb forms the stemmer would merge with an unrelated topic noun stay apart. */
import { describe, expect, it } from 'vitest';
import { keyOf, tokenize } from '../../src/search/analyze.js';

describe('keys that must not meet', () => {
  it.each([
    ['passer', 'pas'],
    ['vælge', 'valg'],
    ['lægger', 'læge'],
    ['plejer', 'pleje'],
    ['gælder', 'gæld'],
    ['gældende', 'gæld'],
    ['indsende', 'indsigt'],
  ])('%s is not %s', (verb, noun) => {
    expect(keyOf(verb)).not.toBe(keyOf(noun));
  });

  it('keys that should meet still do: valget and valg, lægen and læge, vaelge and vælge', () => {
    expect(keyOf('valget')).toBe(keyOf('valg'));
    expect(keyOf('lægen')).toBe(keyOf('læge'));
    expect(keyOf('vaelge')).toBe(keyOf('vælge'));
    expect(keyOf('gælden')).toBe(keyOf('gæld'));
  });

  it('"Pas på" opening a question is the verb; a passport "på Borgerservice" is not', () => {
    expect(tokenize('pas på hunden', new Set(['på']))[0]?.key).toBe('passe');
    expect(tokenize('nyt pas på Borgerservice', new Set(['på']))[1]?.key).toBe('pas');
  });
});
