/**
 * `npm run train:words`: the words each topic's labelled training sentences (training/intent and
 * training/topics) use, written to content/topic-words.json, where search reads them as the topic's example words.
 * A word counts for a topic when at least MIN_SENTENCES of its sentences in that language use it
 * (a word one writer used once is as likely the writer's as the topic's), and no more than
 * MAX_TOPICS topics' sentences use it that often. Deterministic: the same
 * sentences give the same file, and `--check` says whether the shipped file is the one they give.
 */
import { fileURLToPath } from 'node:url';
import { loadContent } from '../content/load.js';
import { type ContentLang, contentLangOf, LANGS } from '../model/vocabulary.js';
import { own } from '../model/own-key.js';
import { keyOf } from '../search/analyze.js';
import { clean, fold, words } from '../search/normalize.js';
import { allStopwords } from '../search/topic-docs.js';
import { readTrainingSentences, writeOrCheckModel } from './training-files.js';

/** The inquiry-type sentences, and sentences written for the topics' words alone (training/topics). */
const DATA_DIRS = ['../../training/intent', '../../training/topics'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));
const OUT = fileURLToPath(new URL('../../content/topic-words.json', import.meta.url));

/**
 * Measured on every spent evaluation set (src/search/README.md): words of one sentence added as
 * much noise as signal; two or more gave the most right answers and the fewest wrong ones.
 */
const MIN_SENTENCES = 2;
/** A word that the sentences of more topics use says what kind of inquiry it is, not which topic. */
const MAX_TOPICS = 5;

interface Sentence {
  q: string;
  topic: string;
  lang: ContentLang;
}

const content = loadContent();
const sentences = DATA_DIRS.flatMap((dir) =>
  readTrainingSentences(dir, (s): Sentence | string => {
    if (typeof s.q !== 'string' || !s.q.trim()) return 'q must be the sentence';
    if (typeof s.topic !== 'string' || !own(content.topics, s.topic)) return `topic must be a topic id (got ${JSON.stringify(s.topic)})`;
    if (typeof s.lang !== 'string') return 'lang must be da or en';
    return { q: s.q, topic: s.topic, lang: contentLangOf(s.lang) };
  }),
);

const stopwords = new Set(allStopwords(content).map((w) => fold(clean(w))));

interface WordUse {
  /** How many of the topic's sentences use the word. */
  sentences: number;
  /** Each spelling of the word, and how often it was written so. */
  spellings: Map<string, number>;
}
/** language → topic → stem key → its use. */
const uses = new Map<ContentLang, Map<string, Map<string, WordUse>>>(LANGS.map((l) => [l, new Map()]));
for (const s of sentences) {
  const byTopic = uses.get(s.lang)!;
  const byKey = byTopic.get(s.topic) ?? new Map<string, WordUse>();
  byTopic.set(s.topic, byKey);
  const seen = new Set<string>();
  // As search reads a sentence (analyze.ts), but keeping each word as written: its key is the
  // stem of the word with æ/ø/å, which its folded spelling does not always give.
  for (const word of words(s.q).filter((w) => !stopwords.has(fold(w)))) {
    const key = keyOf(word);
    const use = byKey.get(key) ?? { sentences: 0, spellings: new Map<string, number>() };
    byKey.set(key, use);
    if (!seen.has(key)) use.sentences++;
    seen.add(key);
    use.spellings.set(word, (use.spellings.get(word) ?? 0) + 1);
  }
}

/** The words of one topic in one language, each in its commonest spelling, sorted. */
function wordsOf(topic: string, lang: ContentLang): string[] {
  const byTopic = uses.get(lang)!;
  // How many topics use a key in MIN_SENTENCES sentences or more.
  const topicsUsing = (key: string) => [...byTopic.values()].filter((byKey) => (byKey.get(key)?.sentences ?? 0) >= MIN_SENTENCES).length;
  const out: string[] = [];
  for (const [key, { sentences: n, spellings }] of byTopic.get(topic) ?? [])
    if (n >= MIN_SENTENCES && topicsUsing(key) <= MAX_TOPICS) out.push([...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  return out.sort();
}

const learned = Object.fromEntries(Object.keys(content.topics).map((id) => [id, Object.fromEntries(LANGS.map((l) => [l, wordsOf(id, l)]))]));
const json = JSON.stringify(learned, null, 1);
writeOrCheckModel(OUT, json, 'npm run train:words', 'training/intent and training/topics');
const total = Object.values(learned).reduce((n, byLang) => n + LANGS.reduce((m, l) => m + byLang[l]!.length, 0), 0);
console.log(`sentences: ${sentences.length}; words kept (used by ${MIN_SENTENCES} or more of a topic's sentences, by at most ${MAX_TOPICS} topics): ${total} over ${Object.keys(learned).length} topics`);
