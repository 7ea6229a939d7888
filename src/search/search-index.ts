/**
 * The inverted index behind topic search. Documents are lists of phrases per weighted field; a
 * key is a stemmed, folded word, an adjacent pair of them, or a compound part found in the
 * index's own vocabulary.
 */
import { type Token, tokenize } from './analyze.js';
import { splitCompound } from './compounds.js';
import { clean, fold } from './normalize.js';
import { FuzzyVocabulary } from './fuzzy.js';
import { getOrCreate } from '../util/get-or-create.js';

/** Title over vocabulary over examples over body: how much a match in each field counts. */
export const FIELD_WEIGHTS = {
  title: 1,
  terms: 0.9,
  examples: 0.65,
  summary: 0.5,
  actions: 0.45,
  body: 0.3,
} as const;
export type Field = keyof typeof FIELD_WEIGHTS;

export interface SearchDoc {
  id: string;
  fields: Partial<Record<Field, string[]>>;
}

/** A compound part counts for less than the whole word: "pension" in "folkepension". */
const PART_FACTOR = 0.5;
/** Each further field a key appears in adds a little, but never up to a title word. */
const SPREAD_BONUS = 0.02;
const NON_TITLE_CAP = 0.95;

/**
 * In the vocabulary and examples, a word alone is the topic's own word; a word inside a longer
 * phrase ("skifte tandlæge ved flytning") says less, so it counts by 1/√(words in the phrase).
 * The phrase's word pairs still carry its full weight.
 */
function phraseDamping(field: Field, words: number): number {
  return field === 'title' || words <= 1 ? 1 : Math.max(0.45, 1 / Math.sqrt(words));
}

export class SearchIndex {
  readonly ids: string[];
  readonly postings = new Map<string, Map<number, number>>();
  /** Folded surface words and stem keys → the key they index under (for compound splitting). */
  readonly surfaces = new Map<string, string>();
  readonly idf = new Map<string, number>();
  readonly maxIdf: number;
  readonly fuzzy: FuzzyVocabulary;
  readonly stopwords: ReadonlySet<string>;
  /** Distinct keys per document: a smaller topic is the more focused answer when scores tie. */
  readonly docSize: number[];

  constructor(docs: SearchDoc[], stopwords: Iterable<string>) {
    this.stopwords = new Set([...stopwords].map((w) => fold(clean(w))));
    this.ids = docs.map((d) => d.id);
    // key → doc → field → best weight in that field
    const fieldsOf = new Map<string, Map<number, Map<Field, number>>>();
    const add = (key: string, doc: number, field: Field, weight: number) => {
      const fields = getOrCreate(getOrCreate(fieldsOf, key, () => new Map()), doc, () => new Map<Field, number>());
      fields.set(field, Math.max(fields.get(field) ?? 0, weight));
    };
    const tokensOf = docs.map((doc) =>
      Object.entries(doc.fields).map(([field, phrases]) => ({
        field: field as Field,
        phrases: (phrases ?? []).map((p) => tokenize(p, this.stopwords)),
      })),
    );

    tokensOf.forEach((fields, doc) => {
      for (const { field, phrases } of fields)
        for (const tokens of phrases) {
          const single = FIELD_WEIGHTS[field] * phraseDamping(field, tokens.length);
          tokens.forEach((t, i) => {
            add(t.key, doc, field, single);
            this.surfaces.set(t.surface, t.key);
            this.surfaces.set(t.key, t.key);
            const next = tokens[i + 1];
            if (next) add(`${t.key} ${next.key}`, doc, field, FIELD_WEIGHTS[field]);
          });
        }
    });

    const finalWeights = new Map<string, Map<number, number>>();
    for (const [key, byDoc] of fieldsOf) {
      const weights = new Map<number, number>();
      for (const [doc, fields] of byDoc) {
        const best = Math.max(...fields.values());
        const spread = best + SPREAD_BONUS * (fields.size - 1);
        weights.set(doc, fields.has('title') ? Math.min(1, spread) : Math.min(NON_TITLE_CAP, spread));
      }
      finalWeights.set(key, weights);
    }
    this.docSize = docs.map(() => 0);
    for (const byDoc of fieldsOf.values()) for (const doc of byDoc.keys()) this.docSize[doc]! += 1;

    // Index compound parts of long words, so "pension" also finds "folkepension".
    const known = (part: string) => this.surfaces.get(part);
    for (const [key, weights] of [...finalWeights]) {
      if (key.length < 7 || key.includes(' ')) continue;
      const parts = splitCompound(key, known);
      if (!parts) continue;
      for (const part of parts) {
        const target = getOrCreate(finalWeights, part, () => new Map<number, number>());
        for (const [doc, w] of weights) target.set(doc, Math.max(target.get(doc) ?? 0, w * PART_FACTOR));
      }
    }

    const n = docs.length;
    let maxIdf = 0;
    for (const [key, weights] of finalWeights) {
      this.postings.set(key, weights);
      const idf = Math.log(1 + n / weights.size);
      this.idf.set(key, idf);
      if (idf > maxIdf) maxIdf = idf;
    }
    this.maxIdf = maxIdf || 1;
    this.fuzzy = new FuzzyVocabulary([...this.postings.keys()].filter((k) => !k.includes(' ')));
  }

  has(key: string): boolean {
    return this.postings.has(key);
  }

  tokenize(text: string): Token[] {
    return tokenize(text, this.stopwords);
  }
}
