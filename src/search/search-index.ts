/**
 * The inverted index behind topic search. Documents are lists of phrases per weighted field; a
 * key is a stemmed, folded word or a compound part found in the index's own vocabulary.
 */
import { keyOf, type Token, tokenize } from './analyze.js';
import { splitCompound } from './compounds.js';
import { clean, fold } from './normalize.js';
import { FuzzyVocabulary } from './fuzzy.js';
import { getOrCreate } from './get-or-create.js';

/**
 * Title over vocabulary over examples over body: how much a match in each field counts. `learned`:
 * the words the topic's training sentences use (content/topic-words.json), a little below the
 * examples its article gives.
 */
export const FIELD_WEIGHTS = {
  title: 1,
  terms: 0.9,
  examples: 0.65,
  learned: 0.6,
  summary: 0.5,
  actions: 0.45,
  body: 0.3,
} as const;
export type Field = keyof typeof FIELD_WEIGHTS;

export interface SearchDoc {
  id: string;
  fields: Partial<Record<Field, string[]>>;
  /** Phrases naming neighbouring services the topic does not cover (not indexed as its words). */
  unlike?: string[];
}

/** Postings are packed as fixed-width base-62 numbers and digits: the widget downloads the index. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function docWidth(count: number): number {
  let width = 1;
  while (62 ** width < count) width++;
  return width;
}

function toBase62(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++, n = Math.floor(n / 62)) out = DIGITS[n % 62] + out;
  return out;
}

function fromBase62(s: string): number {
  let n = 0;
  for (const c of s) n = n * 62 + DIGITS.indexOf(c);
  return n;
}

/** Shared prefixes of sorted keys are written as a count (0–9): the keys are half the download. */
function frontCode(sorted: string[]): string {
  let previous = '';
  return sorted
    .map((key) => {
      let shared = 0;
      while (shared < 9 && shared < previous.length && previous[shared] === key[shared]) shared++;
      previous = key;
      return shared + key.slice(shared);
    })
    .join('\n');
}

function frontDecode(coded: string): string[] {
  let previous = '';
  return coded.split('\n').map((line) => {
    previous = previous.slice(0, Number(line[0])) + line.slice(1);
    return previous;
  });
}

/** The words the topic's training sentences use are not its own text: they add no spread (0). */
const FIELD_BITS: Record<Field, number> = { title: 1, terms: 2, examples: 4, learned: 0, summary: 8, actions: 16, body: 32 };

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n;
}

/** A compound part counts for less than the whole word: "pension" in "folkepension". */
const PART_FACTOR = 0.5;
/** Each further field a key appears in adds a little, but never up to a title word. */
const SPREAD_BONUS = 0.02;
const NON_TITLE_CAP = 0.95;

/**
 * In the vocabulary and examples, a word alone is the topic's own word; a word inside a longer
 * phrase ("skifte tandlæge ved flytning") says less, so it counts by 1/√(words in the phrase).
 * Titles are damped too, but never below 0.8: "flytning" in *Flytning til udlandet* is part of
 * a name that says "abroad", and must not outrank the moving topic's own word "flytning".
 * Word pairs are not indexed: measured on our sets they added about two points of top-1 but half
 * again to the index the widget downloads, and let more out-of-scope questions through.
 */
function phraseDamping(field: Field, words: number): number {
  return words <= 1 ? 1 : field === 'title' ? Math.max(0.8, 1 / Math.sqrt(words)) : Math.max(0.45, 1 / Math.sqrt(words));
}

/**
 * The index as plain data: what `npm run build` ships to the widget and what the CLI builds in
 * memory, so both search the very same index. Weights are kept in steps of 0.05.
 */
export interface IndexData {
  ids: string[];
  stopwords: string[];
  /**
   * The keys, sorted and front-coded one per line: a digit says how many leading letters the key
   * shares with the one before ("3ning" after "flyt" is "flytning").
   */
  keys: string;
  /**
   * Each key's documents, in key order, space-separated: the first document number, then the gap
   * to each next one, in fixed-width base 62. Gaps are small where numbers are not, and a
   * stream of them compresses better: about 0.9 KB gzip less than whole numbers mixed with weights.
   */
  postings: string;
  /** The weight of each posting above, in the same order and unseparated: one base-62 digit of twentieths. */
  weights: string;
  /** Per document number that has any: its `unlike` phrases as space-separated keys. */
  unlike: Record<number, string[]>;
}

export function buildIndexData(docs: SearchDoc[], stopwordList: Iterable<string>): IndexData {
  const stopwords = new Set([...stopwordList].map((w) => fold(clean(w))));
  const tokensOf = docs.map((doc) =>
    Object.entries(doc.fields).map(([field, phrases]) => ({
      field: field as Field,
      phrases: (phrases ?? []).map((p) => tokenize(p, stopwords)),
    })),
  );

  // Per document: key → best weight and the set of fields (as bits) it appears in.
  const finalWeights = new Map<string, Map<number, number>>();
  tokensOf.forEach((fields, doc) => {
    const seen = new Map<string, { best: number; fields: number; title: boolean }>();
    const add = (key: string, field: Field, weight: number) => {
      const entry = seen.get(key);
      const bit = FIELD_BITS[field];
      if (entry) {
        entry.best = Math.max(entry.best, weight);
        entry.fields |= bit;
        entry.title ||= field === 'title';
      } else seen.set(key, { best: weight, fields: bit, title: field === 'title' });
    };
    for (const { field, phrases } of fields)
      for (const tokens of phrases) {
        const single = FIELD_WEIGHTS[field] * phraseDamping(field, tokens.length);
        for (const t of tokens) add(t.key, field, single);
      }
    for (const [key, e] of seen) {
      const spread = e.best + SPREAD_BONUS * Math.max(0, bitCount(e.fields) - 1);
      getOrCreate(finalWeights, key, () => new Map<number, number>()).set(doc, Math.min(e.title ? 1 : NON_TITLE_CAP, spread));
    }
  });

  const width = docWidth(docs.length);
  const keys = [...finalWeights.keys()].sort();
  const postings: string[] = [];
  let weights = '';
  for (const key of keys) {
    let previous = 0;
    let docs = '';
    // Documents were added in ascending order, so every gap is at least 0 and fits the width.
    for (const [doc, w] of finalWeights.get(key)!) {
      docs += toBase62(doc - previous, width);
      previous = doc;
      weights += DIGITS[Math.round(w * 20)];
    }
    postings.push(docs);
  }
  const unlike: Record<number, string[]> = {};
  docs.forEach((doc, i) => {
    const phrases = (doc.unlike ?? [])
      .map((p) =>
        tokenize(p, stopwords)
          .map((t) => t.key)
          .join(' '),
      )
      .filter(Boolean);
    if (phrases.length) unlike[i] = phrases;
  });
  return { ids: docs.map((d) => d.id), stopwords: [...stopwords], keys: frontCode(keys), postings: postings.join(' '), weights, unlike };
}

export class SearchIndex {
  readonly ids: string[];
  readonly postings = new Map<string, Map<number, number>>();
  readonly idf = new Map<string, number>();
  readonly maxIdf: number;
  readonly fuzzy: FuzzyVocabulary;
  readonly stopwords: ReadonlySet<string>;
  /** Distinct keys per document: a smaller topic is the more focused answer when scores tie. */
  readonly docSize: number[];
  /** Per document: the key sequences of the neighbouring services it does not cover. */
  readonly unlike = new Map<number, string[][]>();

  constructor(data: IndexData) {
    this.ids = data.ids;
    this.stopwords = new Set(data.stopwords);
    // A document's size is the number of keys that list it: counted here rather than shipped.
    this.docSize = data.ids.map(() => 0);
    for (const [doc, phrases] of Object.entries(data.unlike))
      this.unlike.set(
        Number(doc),
        phrases.map((p) => p.split(' ')),
      );
    const width = docWidth(data.ids.length);
    const lists = data.postings.split(' ');
    let at = 0;
    for (const [k, key] of frontDecode(data.keys).entries()) {
      const list = lists[k]!;
      const weights = new Map<number, number>();
      let doc = 0;
      for (let i = 0; i < list.length; i += width) {
        doc += fromBase62(list.slice(i, i + width));
        weights.set(doc, DIGITS.indexOf(data.weights[at++]!) / 20);
        this.docSize[doc]!++;
      }
      this.postings.set(key, weights);
    }
    this.addCompoundParts();
    let maxIdf = 0;
    for (const [key, weights] of this.postings) {
      const idf = Math.log(1 + data.ids.length / weights.size);
      this.idf.set(key, idf);
      if (idf > maxIdf) maxIdf = idf;
    }
    this.maxIdf = maxIdf || 1;
    this.fuzzy = new FuzzyVocabulary(this.postings.keys());
  }

  /**
   * Long words also index under their compound parts, so "pension" finds "folkepension". Done
   * on load rather than shipped: it is derived, and the widget downloads the index. A part is
   * looked up by its stem first, so "plads" in "vuggestueplads" joins the word "plads".
   */
  private addCompoundParts(): void {
    const known = (part: string) => (this.postings.has(keyOf(part)) ? keyOf(part) : this.postings.has(part) ? part : undefined);
    for (const [key, weights] of [...this.postings]) {
      if (key.length < 7) continue;
      const parts = splitCompound(key, known);
      if (!parts) continue;
      for (const part of parts) {
        const target = getOrCreate(this.postings, part, () => new Map<number, number>());
        for (const [doc, w] of weights) target.set(doc, Math.max(target.get(doc) ?? 0, w * PART_FACTOR));
      }
    }
  }

  static build(docs: SearchDoc[], stopwords: Iterable<string>): SearchIndex {
    return new SearchIndex(buildIndexData(docs, stopwords));
  }

  /** The key a folded word indexes under (itself or its stem), if the index knows it. */
  known(word: string): string | undefined {
    const stem = keyOf(word);
    if (this.postings.has(stem)) return stem;
    return this.postings.has(word) ? word : undefined;
  }

  has(key: string): boolean {
    return this.postings.has(key);
  }

  tokenize(text: string): Token[] {
    return tokenize(text, this.stopwords);
  }
}
