/**
 * A seeded synthetic corpus for the search benchmark: Danish-like words from syllables, a fixed
 * vocabulary size with a Zipf-like spread, and articles shaped like ours (title, vocabulary,
 * examples, summary, a ~200-word body).
 */
import { seededRandom as random } from '../model/seeded-random.js';
import type { SearchDoc } from '../search/search-index.js';

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'sk', 'st', 'br', 'fr', 'kl', 'sp', 'tr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'ø', 'å'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'g', 'd', 'nd', 'st', 'rt', 'ng'];
const ENDINGS = ['', '', '', 'e', 'en', 'er', 'et', 'ning', 'else', 'hed'];

function makeWord(next: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const syllables = 1 + Math.floor(next() * 3);
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
  return w + pick(ENDINGS);
}

export interface Corpus {
  docs: SearchDoc[];
  vocabulary: string[];
}

export function syntheticCorpus(size: number, vocabularySize: number, seed: number): Corpus {
  const next = random(seed);
  const vocabulary = [...new Set(Array.from({ length: vocabularySize * 2 }, () => makeWord(next)))].slice(0, vocabularySize);
  // Zipf-like: low ranks are common words, the tail is rare.
  const zipf = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(vocabulary.length * next() ** 3))]!;
  const rare = () => vocabulary[Math.floor(next() * vocabulary.length)]!;
  const phrase = (n: number, word: () => string) => Array.from({ length: n }, word).join(' ');
  const docs: SearchDoc[] = [];
  for (let i = 0; i < size; i++) {
    docs.push({
      id: `t${i}`,
      fields: {
        title: [phrase(1 + Math.floor(next() * 3), rare)],
        terms: Array.from({ length: 15 + Math.floor(next() * 20) }, () => phrase(1 + Math.floor(next() * 2), rare)),
        examples: Array.from({ length: 6 }, () => phrase(4 + Math.floor(next() * 4), zipf)),
        summary: [phrase(20, zipf)],
        body: [phrase(180 + Math.floor(next() * 40), zipf)],
      },
    });
  }
  return { docs, vocabulary };
}

/** Queries drawn from the corpus's titles and vocabulary; every fourth has a letter swapped. */
export function syntheticQueries(corpus: Corpus, count: number, seed: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const doc = corpus.docs[Math.floor(next() * corpus.docs.length)]!;
    const terms = doc.fields.terms!;
    let words = [...doc.fields.title![0]!.split(' ').slice(0, 1), terms[Math.floor(next() * terms.length)]!];
    if (i % 4 === 3) {
      words = words.map((w) => {
        if (w.length < 6) return w;
        const at = 1 + Math.floor(next() * (w.length - 3));
        return w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
      });
    }
    out.push(words.join(' '));
  }
  return out;
}
