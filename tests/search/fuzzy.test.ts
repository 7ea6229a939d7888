import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, FuzzyVocabulary } from '../../src/search/fuzzy.js';

describe('typo tolerance', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('sundhedskrot', 'sundhedskort', 2)).toBe(1);
    expect(editDistance('boligstotte', 'boligstøtte', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('allows no edits in short words, one in middling, two in long ones', () => {
    expect(allowedEdits(4)).toBe(0);
    expect(allowedEdits(6)).toBe(1);
    expect(allowedEdits(12)).toBe(2);
  });

  it('finds the nearest known words, closest first', () => {
    const vocab = new FuzzyVocabulary(['sundhedskort', 'sundhedspleje', 'kloak', 'kontanthjalp']);
    expect(vocab.nearest('sundhedskrot')[0]).toEqual({ word: 'sundhedskort', distance: 1 });
    expect(vocab.nearest('kontanthjelp')[0]?.word).toBe('kontanthjalp');
    expect(vocab.nearest('klok')).toEqual([]);
  });

  it('keeps the first letter: another first letter is mostly another word', () => {
    const vocab = new FuzzyVocabulary(['death', 'utilfred', 'kørekort']);
    expect(vocab.nearest('weath')).toEqual([]);
    expect(vocab.nearest('tilfred')[0]?.word).toBe('utilfred');
    expect(vocab.nearest('økrekort')[0]?.word).toBe('kørekort');
  });
});
