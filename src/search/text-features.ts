/**
 * What the learned scorers (danger, inquiry type) read in a text: the folded words, each pair of
 * neighbouring words, and the runs of four letters inside each word (its edges marked). Letter
 * runs carry a word across inflections, typos and missing æ/ø/å ("slår", "slaar", "slar", "slåer"
 * share most of theirs); word pairs carry "ikke leve", "lige nu", "kan jeg". Every feature is
 * hashed into a fixed space, so a model ships as a short list of (hash, weight) pairs and no vocabulary.
 */
import { clean, fold, limitText, MAX_TEXT } from './normalize.js';

/**
 * Hash space: 2^16 buckets unless a model says otherwise. For danger, larger spaces (2^17, 2^18,
 * 2^20) measured no better and ship longer ids.
 */
export const FEATURE_BITS = 16;

/** FNV-1a over UTF-16 code units, folded into a space of 2^bits. */
export function featureHash(feature: string, bits = FEATURE_BITS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & ((1 << bits) - 1);
}

/** A text cleaned as the scorers read it, at most 2 × MAX_TEXT characters, before æ/ø/å are folded. */
export function cleanedText(text: string): string {
  return clean(limitText(text, 2 * MAX_TEXT));
}

/** A text as the scorers read it: cleaned, æ/ø/å folded. */
export function foldedText(text: string): string {
  return fold(cleanedText(text));
}

/** The distinct hashed features of a folded text's words, in a space of 2^bits; presence counts, not frequency. */
export function hashedFeatures(words: string[], bits = FEATURE_BITS): number[] {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    out.add(featureHash(`w:${word}`, bits));
    if (i > 0) out.add(featureHash(`b:${words[i - 1]} ${word}`, bits));
    const padded = `<${word}>`;
    // Runs of 3 to 5 letters measured no better than 4 alone for danger and shipped half again as many weights.
    for (let at = 0; at + 4 <= padded.length; at++) out.add(featureHash(`c:${padded.slice(at, at + 4)}`, bits));
  }
  return [...out];
}
