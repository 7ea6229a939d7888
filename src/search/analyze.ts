/** Turns text into search keys: cleaned words, stop words dropped, Danish stems, folded. */
import { stemmer } from '@orama/stemmers/danish';
import { fold, words } from './normalize.js';

/** A word as searched: what the citizen typed (folded) and its stem key. */
export interface Token {
  surface: string;
  key: string;
}

const stemCache = new Map<string, string>();

/** The stem key of one cleaned word: stemmed while it still has æ/ø/å, then folded. */
export function keyOf(word: string): string {
  let key = stemCache.get(word);
  if (key === undefined) {
    // Numbers and very short words are kept whole: the stemmer would turn "pas" into "pa".
    key = word.length <= 3 || /\d/.test(word) ? fold(word) : fold(stemmer(word));
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
  for (const word of words(text)) {
    const surface = foldCached(word);
    if (stopwords.has(surface)) continue;
    out.push({ surface, key: keyOf(word) });
  }
  return out;
}
