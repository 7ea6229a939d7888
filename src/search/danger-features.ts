/**
 * What the danger model reads in a message: the shared hashed features (text-features.ts) of the
 * folded message, less the ordinary groups of "slå" below.
 */
import { foldedText, hashedFeatures } from './text-features.js';

/**
 * "Slå" is Danish's most many-sided verb: to hit, but also to mow ("slå græs"), look up ("slå
 * op"), switch off ("slå fra"), settle ("slå sig ned"), accompany ("slå følge"). A linear model
 * cannot see the next word change the verb's sense, so these groups are left out of what it reads.
 * (Written folded: "slår" is "slar", "slået" "slaet".)
 */
const ORDINARY_SLAA = /\bsl(a|ar|og|aet|aende) (gras\w*|plan\w*|op|fra|sig ned|folge|en streg|telt\w*|rekord\w*)\b/g;
const SETTLING = /\b(jeg|vi) (vil |skal |ma |gerne |vil gerne )*sla (mig|os) ned\b/g;

/** The distinct hashed features of a message; presence counts, not frequency. */
export function dangerFeatures(text: string): number[] {
  return featuresOfFolded(foldedText(text));
}

/** The features of a message already folded (`foldedText`). */
export function featuresOfFolded(folded: string): number[] {
  const ordinary = folded.replace(ORDINARY_SLAA, ' ').replace(SETTLING, '$1 ').replace(/ +/g, ' ').trim();
  return hashedFeatures(ordinary ? ordinary.split(' ') : []);
}
