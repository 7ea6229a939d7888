/**
 * What the danger model reads in a message: the folded words, each pair of neighbouring words,
 * and the runs of four letters inside each word (its edges marked). Letter runs carry a word
 * across inflections, typos and missing æ/ø/å ("slår", "slaar", "slar", "slåer" share most of theirs);
 * word pairs carry "ikke leve", "lige nu", "sidste uge". Every feature is hashed into a fixed
 * space, so the model ships as a short list of (hash, weight) pairs and no vocabulary.
 */
import { clean, fold, limitText, MAX_TEXT } from './normalize.js';

/** Hash space: 2^16 buckets. Larger spaces (2^17, 2^18, 2^20) measured no better and ship longer ids. */
export const FEATURE_BITS = 16;
const MASK = (1 << FEATURE_BITS) - 1;

/** FNV-1a over UTF-16 code units, folded into the hash space. */
export function featureHash(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

/**
 * "Slå" is Danish's most many-sided verb: to hit, but also to mow ("slå græs"), look up ("slå
 * op"), switch off ("slå fra"), settle ("slå sig ned"), accompany ("slå følge"). A linear model
 * cannot see the next word change the verb's sense, so these groups are left out of what it reads.
 * (Written folded: "slår" is "slar", "slået" "slaet".)
 */
const ORDINARY_SLAA = /\bsl(a|ar|og|aet|aende) (gras\w*|plan\w*|op|fra|sig ned|folge|en streg|telt\w*|rekord\w*)\b/g;
const SETTLING = /\b(jeg|vi) (vil |skal |ma |gerne |vil gerne )*sla (mig|os) ned\b/g;

/** The message as the danger check reads it, patterns and model alike: cleaned, æ/ø/å folded, at most 2 × MAX_TEXT characters. */
export function foldedMessage(text: string): string {
  return fold(clean(limitText(text, 2 * MAX_TEXT)));
}

/** The distinct hashed features of a message; presence counts, not frequency. */
export function dangerFeatures(text: string): number[] {
  return featuresOfFolded(foldedMessage(text));
}

/** The features of a message already folded (`foldedMessage`). */
export function featuresOfFolded(folded: string): number[] {
  const ordinary = folded.replace(ORDINARY_SLAA, ' ').replace(SETTLING, '$1 ').replace(/ +/g, ' ').trim();
  const words = ordinary ? ordinary.split(' ') : [];
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    out.add(featureHash(`w:${word}`));
    if (i > 0) out.add(featureHash(`b:${words[i - 1]} ${word}`));
    const padded = `<${word}>`;
    // Runs of 3 to 5 letters measured no better than 4 alone and shipped half again as many weights.
    for (let at = 0; at + 4 <= padded.length; at++) out.add(featureHash(`c:${padded.slice(at, at + 4)}`));
  }
  return [...out];
}
