/** Turns text into search keys: cleaned words, stop words dropped, Danish stems, folded. */
import { stemmer } from '@orama/stemmers/danish';
import { fold, words } from './normalize.js';

/** A word as searched: what the citizen typed (folded) and its stem key. */
export interface Token {
  surface: string;
  key: string;
}

const stemCache = new Map<string, string>();

/**
 * Verb forms the stemmer merges with an unrelated topic noun, kept whole (folded): "passer sig
 * selv" is not about a passport ("pas"), "vælge en læge" not about an election ("valg"), "lægger"
 * not about a doctor ("læge"), "jeg plejer at" (usually) not about care ("pleje"), "det gælder"
 * (it applies) not about debt ("gæld"), "indsende" (send in) not about access to files ("indsigt"),
 * "særlig" (special) not about what the stemmer makes of "sær"; English "rate" (the pension's
 * rates) not about a rat.
 */
const STEM_GUARDS = new Set([
  'passe',
  'passer',
  'passet',
  'passes',
  'valge',
  'valger',
  'lagge',
  'lagger',
  'plejer',
  'galde',
  'galder',
  'galdende',
  'indsende',
  'indsender',
  'indsendes',
  'sarlig',
  'sarlige',
  'sarligt',
  'rate',
  'rates',
]);

/** The stem key of one cleaned word: stemmed while it still has æ/ø/å, then folded. */
export function keyOf(word: string): string {
  let key = stemCache.get(word);
  if (key === undefined) {
    // Numbers and very short words are kept whole: the stemmer would turn "pas" into "pa".
    const folded = fold(word);
    key = word.length <= 3 || /\d/.test(word) || STEM_GUARDS.has(folded) ? folded : fold(stemmer(word));
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, key);
  }
  return key;
}

const foldCache = new Map<string, string>();

function foldCached(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = fold(word);
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

export function tokenize(text: string, stopwords: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  const all = words(text);
  all.forEach((word, i) => {
    // "før" folds onto "for", a stop word; written with ø (or "oe") it is "inden", before.
    const read = word === 'før' || word === 'foer' ? 'inden' : word;
    const surface = foldCached(read);
    if (stopwords.has(surface)) return;
    // "Pas på …" opening a question is "take care", the verb "passe", not a passport ("nyt pas på
    // Borgerservice" is one).
    if (i === 0 && surface === 'pas' && foldCached(all[1] ?? '') === 'pa') out.push({ surface: 'passe', key: 'passe' });
    else out.push({ surface, key: keyOf(read) });
  });
  return out;
}
