/**
 * A citizen's circumstance is not their errand: "skifte læge, min mor har hverken computer eller
 * MitID" is about changing doctor, and the missing MitID is how it must be done (the routing's
 * `canUseDigital`). Search reads the question without such phrases when what remains still names
 * a topic; a question that is only the circumstance ("jeg har ikke MitID") keeps its words.
 */
import { fold, words } from './normalize.js';

/** The phrases as folded word sequences, longest first so "hverken computer eller mitid" wins over "mitid". */
export function circumstancePhrases(phrases: Iterable<string>): string[][] {
  return [...phrases].map((p) => words(p).map(fold)).sort((a, b) => b.length - a.length);
}

/** Whether `phrase` (folded words) stands in the folded words from position `i`. */
const phraseAt = (folded: readonly string[], i: number, phrase: readonly string[]): boolean => i + phrase.length <= folded.length && phrase.every((w, j) => folded[i + j] === w);

/** The question without its circumstance phrases, or null when it has none. */
export function withoutCircumstances(text: string, phrases: readonly string[][]): string | null {
  const ws = words(text);
  const folded = ws.map(fold);
  const keep = ws.map(() => true);
  let found = false;
  for (const phrase of phrases)
    for (let i = 0; i < folded.length; i++)
      if (keep[i] && phraseAt(folded, i, phrase)) {
        for (let j = 0; j < phrase.length; j++) keep[i + j] = false;
        found = true;
      }
  return found ? ws.filter((_, i) => keep[i]).join(' ') : null;
}

/** Whether the question holds one of the phrases (as `circumstancePhrases` folds them), word for word. */
export function hasPhrase(text: string, phrases: readonly string[][]): boolean {
  const folded = words(text).map(fold);
  return phrases.some((phrase) => folded.some((_, i) => phraseAt(folded, i, phrase)));
}

/** The phrases of `moves` in stopwords.yaml, folded (see circumstancePhrases). */
export interface MovePhrases {
  verbs: string[][];
  into: string[][];
  dwellings: string[][];
  /** Words that may stand between the preposition and the dwelling ("i en", "into a"): the stop words. */
  between: ReadonlySet<string>;
}

/** Where `phrases` has one at position `i` of the folded words: its length, else 0. */
function lengthAt(folded: readonly string[], i: number, phrases: readonly string[][]): number {
  return phrases.find((p) => phraseAt(folded, i, p))?.length ?? 0;
}

/**
 * The question without the dwellings it says someone has moved or is moving into ("er flyttet i
 * ældrebolig", "moved into a care home"), or null when it names none: the dwelling says where, and
 * the errand is the move. A move wished for ("vil gerne flytte i en ældrebolig") has no such verb.
 */
export function withoutDestinations(text: string, moves: MovePhrases): string | null {
  const ws = words(text);
  const folded = ws.map(fold);
  const keep = ws.map(() => true);
  let found = false;
  for (let i = 0; i < folded.length; i++) {
    const verb = lengthAt(folded, i, moves.verbs);
    if (!verb) continue;
    const into = lengthAt(folded, i + verb, moves.into);
    if (!into) continue;
    let k = i + verb + into;
    while (k < folded.length && moves.between.has(folded[k]!)) k++;
    const dwelling = lengthAt(folded, k, moves.dwellings);
    for (let j = 0; j < dwelling; j++) keep[k + j] = false;
    found ||= dwelling > 0;
  }
  return found ? ws.filter((_, i) => keep[i]).join(' ') : null;
}
