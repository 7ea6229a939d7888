/**
 * The inverted index behind topic search. Documents are lists of phrases per weighted field; a
 * key is a stemmed, folded word, an adjacent pair of them, or a compound part found in the
 * index's own vocabulary.
 */
import { keyOf, type Token, tokenize } from './analyze.js';
import { splitCompound } from './compounds.js';
import { FuzzyVocabulary } from './fuzzy.js';

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
/** Each further field a key appears in adds a little: the key is central to the topic. */
const SPREAD_BONUS = 0.05;

export class SearchIndex {
  readonly ids: string[];
  readonly postings = new Map<string, Map<number, number>>();
  /** Folded surface words and stem keys → the key they index under (for compound splitting). */
  readonly surfaces = new Map<string, string>();
  readonly idf = new Map<string, number>();
  readonly maxIdf: number;
  readonly fuzzy: FuzzyVocabulary;
  readonly stopwords: ReadonlySet<string>;

  constructor(docs: SearchDoc[], stopwords: Iterable<string>) {
    this.stopwords = new Set(stopwords);
    this.ids = docs.map((d) => d.id);
    const fieldsOf = new Map<string, Map<number, Set<Field>>>();
    const add = (key: string, doc: number, field: Field) => {
      let byDoc = fieldsOf.get(key);
      if (!byDoc) fieldsOf.set(key, (byDoc = new Map()));
      let fields = byDoc.get(doc);
      if (!fields) byDoc.set(doc, (fields = new Set()));
      fields.add(field);
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
          tokens.forEach((t, i) => {
            add(t.key, doc, field);
            this.surfaces.set(t.surface, t.key);
            this.surfaces.set(t.key, t.key);
            const next = tokens[i + 1];
            if (next) {
              add(`${t.key} ${next.key}`, doc, field);
              const joined = keyOf(t.surface + next.surface);
              add(joined, doc, field);
              this.surfaces.set(t.surface + next.surface, joined);
            }
          });
        }
    });

    const finalWeights = new Map<string, Map<number, number>>();
    for (const [key, byDoc] of fieldsOf) {
      const weights = new Map<number, number>();
      for (const [doc, fields] of byDoc) {
        const best = Math.max(...[...fields].map((f) => FIELD_WEIGHTS[f]));
        weights.set(doc, Math.min(1, best + SPREAD_BONUS * (fields.size - 1)));
      }
      finalWeights.set(key, weights);
    }

    // Index compound parts of long words, so "pension" also finds "folkepension".
    const known = (part: string) => this.surfaces.get(part);
    for (const [key, weights] of [...finalWeights]) {
      if (key.length < 7 || key.includes(' ')) continue;
      const parts = splitCompound(key, known);
      if (!parts) continue;
      for (const part of parts) {
        let target = finalWeights.get(part);
        if (!target) finalWeights.set(part, (target = new Map()));
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
