/**
 * Danish compound splitting against the index's own vocabulary: "dagplejeplads" → dagpleje +
 * plads, "kørekortfornyelse" → kørekort + fornyelse. Nothing on npm does this for Danish.
 * Parts are joined directly or with the linking -s- or -e- ("sundhed-s-kort", "børn-e-have").
 */

const MIN_PART = 3;

/**
 * Lookups one word may cost: about three times what the hardest word of our content needs (139,
 * "modermælkserstatning"), while a made-up 1,000-letter word would otherwise cost hundreds of
 * thousands, since every cut of every remainder is tried.
 */
export const MAX_SPLIT_LOOKUPS = 400;

/**
 * Splits `word` into the fewest known parts, longest first part first; `known` maps a folded
 * surface form to its key. Returns the keys of the parts, or null when no split covers the word
 * within `MAX_SPLIT_LOOKUPS` calls of `known`.
 */
export function splitCompound(word: string, known: (part: string) => string | undefined): string[] | null {
  const budget = { lookups: MAX_SPLIT_LOOKUPS };
  const lookup = (part: string): string | undefined | null => (budget.lookups-- > 0 ? known(part) : null);
  return split(word, lookup, 0);
}

/** `lookup` answers null once the budget is spent, which ends the search. */
function split(word: string, lookup: (part: string) => string | undefined | null, depth: number): string[] | null {
  if (depth > 3 || word.length < MIN_PART * 2) return null;
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const head = lookup(word.slice(0, cut));
    if (head === null) return null;
    if (head === undefined) continue;
    for (const link of ['', 's', 'e']) {
      if (link && word[cut] !== link) continue;
      const rest = word.slice(cut + link.length);
      if (rest.length < MIN_PART) continue;
      const tail = lookup(rest);
      if (tail === null) return null;
      if (tail !== undefined) return [head, tail];
      const deeper = split(rest, lookup, depth + 1);
      if (deeper) return [head, ...deeper];
    }
  }
  return null;
}
