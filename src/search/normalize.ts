/**
 * Danish text normalisation, the same for the index and the query: case, Unicode form,
 * punctuation, and æ/ø/å folded both ways so "kørekort", "koerekort" and "korekort" meet.
 */

/** How much of a citizen's text is read: a question is a sentence or two, not a document. */
export const MAX_TEXT = 1000;

/**
 * The citizen's text as search and the danger check read it: NFKC first, then cut to `max`
 * characters. Cutting before NFKC would let 1,000 characters unfold into a 6,000-letter word
 * (one ligature can become 18 letters).
 */
export function limitText(text: string, max = MAX_TEXT): string {
  return text.normalize('NFKC').slice(0, max);
}

/**
 * Lower case, NFKC, format characters removed (a zero-width space or soft hyphen inside a word
 * must not split it: "p\u200Ba\u200Bs" is "pas"), letters and digits only (everything else becomes a space). A hyphen inside a
 * word joins it ("id-kort" → "idkort", "e-boks" → "eboks"); the split spelling "id kort" is joined
 * at search time when the index knows the joined word. A paragraph of the law is one word
 * ("§ 83", "§83", "paragraf 83", "section 83" → "paragraf83"): formal pages name a benefit by it,
 * and a bare number says little.
 */
export function clean(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}+/gu, '')
    .toLowerCase()
    .replace(/(?:§+|\bparagraf|\bparagraph|\bsection)\s*(\d+)\s?([a-z](?![\p{L}\p{N}]))?/gu, ' paragraf$1$2 ')
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
  // One pass, left to right, for æ and å: "gaaet" (gået) is "ga" + "et", where replacing "ae"
  // first made it "gat" and no longer the word written with å.
  return word
    .replace(/æ|å|aa|ae/g, 'a')
    .replace(/ø|oe/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

export function words(text: string): string[] {
  const cleaned = clean(text);
  return cleaned ? cleaned.split(' ') : [];
}
