/**
 * Danish compound splitting against the index's own vocabulary: "dagplejeplads" → dagpleje +
 * plads, "kørekortfornyelse" → kørekort + fornyelse. Nothing on npm does this for Danish.
 * Parts are joined directly or with the linking -s- or -e- ("sundhed-s-kort", "børn-e-have").
 */

const MIN_PART = 3;

/**
 * Splits `word` into the fewest known parts, longest first part first; `known` maps a folded
 * surface form to its key. Returns the keys of the parts, or null when no split covers the word.
 */
export function splitCompound(word: string, known: (part: string) => string | undefined, depth = 0): string[] | null {
  if (depth > 3 || word.length < MIN_PART * 2) return null;
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const head = known(word.slice(0, cut));
    if (head === undefined) continue;
    for (const link of ['', 's', 'e']) {
      if (link && word[cut] !== link) continue;
      const rest = word.slice(cut + link.length);
      if (rest.length < MIN_PART) continue;
      const tail = known(rest);
      if (tail !== undefined) return [head, tail];
      const deeper = splitCompound(rest, known, depth + 1);
      if (deeper) return [head, ...deeper];
    }
  }
  return null;
}
