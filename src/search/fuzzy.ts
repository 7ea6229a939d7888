/**
 * Misspelt words mapped onto the index's vocabulary: a trigram index narrows the candidates, then
 * a bounded Damerau–Levenshtein distance (a swap of two letters counts once: "sundhedskrot")
 * decides. It runs only for query words the index does not know.
 */
import { getOrCreate } from './get-or-create.js';

export function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** Optimal string alignment distance, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/**
 * Edits allowed for a word of this length: none below 5 letters (short words are too close to
 * each other: "klok" is one letter from "kloak"), one up to 8, two from 9.
 */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length <= 8 ? 1 : 2;
}

/**
 * A slip of the finger seldom hits a word's first letter, and a different first letter is mostly
 * a different word ("weather" is one letter from "death"): a candidate must start as the word does,
 * be the word with its first two letters swapped, or with a letter more or less in front
 * ("tilfreds" for "utilfreds").
 */
function sameStart(word: string, candidate: string): boolean {
  return word[0] === candidate[0] || (word[0] === candidate[1] && word[1] === candidate[0]) || word === candidate.slice(1) || word.slice(1) === candidate;
}

export class FuzzyVocabulary {
  private readonly byTrigram = new Map<string, string[]>();

  constructor(vocabulary: Iterable<string>) {
    for (const word of vocabulary) {
      if (word.length < 3) continue;
      for (const g of new Set(trigrams(word))) getOrCreate(this.byTrigram, g, () => []).push(word);
    }
  }

  /** Known words within the allowed edits, closest first. */
  nearest(word: string): Array<{ word: string; distance: number }> {
    const max = allowedEdits(word.length);
    if (max === 0) return [];
    const grams = new Set(trigrams(word));
    // Each edit destroys at most three trigrams; a candidate must keep the rest in common.
    const needed = Math.max(1, grams.size - 3 * max);
    const shared = new Map<string, number>();
    for (const g of grams) for (const w of this.byTrigram.get(g) ?? []) shared.set(w, (shared.get(w) ?? 0) + 1);
    const out: Array<{ word: string; distance: number }> = [];
    for (const [candidate, count] of shared) {
      if (count < needed || !sameStart(word, candidate)) continue;
      const distance = editDistance(word, candidate, max);
      if (distance <= max) out.push({ word: candidate, distance });
    }
    return out.sort((a, b) => a.distance - b.distance || b.word.length - a.word.length).slice(0, 3);
  }
}
