/**
 * `npm run bench`: search speed. Our search at the shipped size (the dev queries over 62
 * topics), and our search against MiniSearch — BM25 with our normalisation and the Danish
 * stemmer, fuzzy 0.2, prefix — over the same 5,000-article synthetic corpus and queries, in the
 * same run. A benchmark, not a test: numbers vary with the machine's load.
 *
 * With BENCH_IMPORTED=<a release folder of imported borger.dk articles> (content/borgerdk/<slug>/
 * <lang>/current, or what `npm run bench:import` made), also that index: its size per 1,000
 * articles, and both engines on queries made from its own titles and task names.
 */
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { widgetCore } from '../widget-data/build/pack.js';
import { LANGS } from '../model/vocabulary.js';
import { loadContent } from '../content/load.js';
import { type QueryCase, readJsonl } from '../eval/eval-sets.js';
import { ChannelRouter } from '../routing/channel-router.js';
import { keyOf } from '../search/analyze.js';
import { fold, words } from '../search/normalize.js';
import { FIELD_WEIGHTS, SearchIndex } from '../search/search-index.js';
import { allStopwords } from '../search/topic-docs.js';
import { searchTopics } from '../search/topic-search.js';
import { syntheticCorpus, syntheticQueries } from './synthetic-corpus.js';
import { benchImported } from './imported.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
const VOCABULARY = 20_000;
const QUERIES = 2000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time<Q>(queries: Q[], run: (q: Q) => unknown, rounds = 3): { median: number; p95: number } {
  for (const q of queries.slice(0, 200)) run(q); // warm up the JIT and caches
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const q of queries) {
      const t0 = performance.now();
      run(q);
      samples.push(performance.now() - t0);
    }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

const ms = (x: number) => `${x.toFixed(3)} ms`;

// 1. Shipped content.
const content = loadContent();
const router = new ChannelRouter(content);
const devQueries = readJsonl<QueryCase>('queries-dev.jsonl');
const shipped = time(devQueries, (c) => router.search(c.q, c.lang), 20);

// 2. 5,000 synthetic articles: ours and MiniSearch over the same corpus and queries.
const corpus = syntheticCorpus(ARTICLES, VOCABULARY, 42);
const queries = syntheticQueries(corpus, QUERIES, 7);
const stopwords = allStopwords(content);
const stopSet = new Set(stopwords.map((w) => fold(w)));

let t0 = performance.now();
const ours = SearchIndex.build(corpus.docs, stopwords);
const oursBuild = performance.now() - t0;

type Flat = { id: string; title: string; terms: string; examples: string; summary: string; body: string };
const flat: Flat[] = corpus.docs.map((d) => ({
  id: d.id,
  title: (d.fields.title ?? []).join(' '),
  terms: (d.fields.terms ?? []).join(' '),
  examples: (d.fields.examples ?? []).join(' '),
  summary: (d.fields.summary ?? []).join(' '),
  body: (d.fields.body ?? []).join(' '),
}));
t0 = performance.now();
const mini = new MiniSearch<Flat>({
  fields: ['title', 'terms', 'examples', 'summary', 'body'],
  tokenize: (text) => words(text),
  processTerm: (term) => (stopSet.has(fold(term)) ? null : keyOf(term)),
  searchOptions: {
    boost: { title: FIELD_WEIGHTS.title, terms: FIELD_WEIGHTS.terms, examples: FIELD_WEIGHTS.examples, summary: FIELD_WEIGHTS.summary, body: FIELD_WEIGHTS.body },
    fuzzy: 0.2,
    prefix: true,
  },
});
mini.addAll(flat);
const miniBuild = performance.now() - t0;

const oursTime = time(queries, (q) => searchTopics(ours, q));
const miniTime = time(queries, (q) => mini.search(q).slice(0, 5));
let hits = 0;
for (const [i, q] of queries.entries()) if (searchTopics(ours, q)[0]) hits += i >= 0 ? 1 : 0;

console.log(`Search benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version})`);
console.log('');
console.log('| corpus | engine | median per query | p95 per query | index build |');
console.log('| --- | --- | --- | --- | --- |');
console.log(`| shipped content, ${Object.keys(content.topics).length} topics, ${devQueries.length} dev queries × 20 | ours | ${ms(shipped.median)} | ${ms(shipped.p95)} | - |`);
console.log(`| synthetic, ${ARTICLES} articles, ${QUERIES} queries × 3 (¼ misspelt) | ours | ${ms(oursTime.median)} | ${ms(oursTime.p95)} | ${oursBuild.toFixed(0)} ms |`);
console.log(`| same | MiniSearch 7 (BM25, fuzzy 0.2, prefix) | ${ms(miniTime.median)} | ${ms(miniTime.p95)} | ${miniBuild.toFixed(0)} ms |`);
console.log('');
console.log(`ours / MiniSearch: median ${(oursTime.median / miniTime.median).toFixed(2)}, p95 ${(oursTime.p95 / miniTime.p95).toFixed(2)}, build ${(oursBuild / miniBuild).toFixed(2)}`);
console.log(`synthetic queries with a confident topic: ${hits} of ${QUERIES}`);
console.log('');
console.log('| shipped to the widget, gzip -9 | search index | index + topic data (core) |');
console.log('| --- | --- | --- |');
for (const lang of LANGS) {
  const core = widgetCore(content, lang);
  const kb = (x: unknown) => `${(gzipSync(JSON.stringify(x), { level: 9 }).length / 1024).toFixed(1)} KB`;
  console.log(`| ${lang} | ${kb(core.index)} | ${kb(core)} |`);
}

if (process.env.BENCH_IMPORTED) benchImported(process.env.BENCH_IMPORTED, stopwords, time);
