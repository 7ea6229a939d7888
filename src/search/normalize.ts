/**
 * Danish text normalisation, the same for the index and the query: case, Unicode form,
 * punctuation, and æ/ø/å folded both ways so "kørekort", "koerekort" and "korekort" meet.
 */

/**
 * Lower case, NFKC, letters and digits only (everything else becomes a space). A hyphen inside a
 * word joins it ("id-kort" → "idkort", "e-boks" → "eboks"); the split spelling "id kort" is joined
 * at search time when the index knows the joined word.
 */
export function clean(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\p{L})[-\u2010\u2011](?=\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Folds a cleaned word to its ASCII skeleton. Citizens without a Danish keyboard write ø as "oe"
 * or "o", å as "aa" or "a", æ as "ae" or "a": every spelling lands on the single-letter form.
 * Other diacritics (é, ü) are dropped after NFD splits them off.
 */
export function fold(word: string): string {
  return word
    .replace(/æ|ae/g, 'a')
    .replace(/ø|oe/g, 'o')
    .replace(/å|aa/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

export function words(text: string): string[] {
  const cleaned = clean(text);
  return cleaned ? cleaned.split(' ') : [];
}
