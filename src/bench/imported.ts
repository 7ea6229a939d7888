/**
 * The index of imported borger.dk articles (issue 18) at the size a municipality imports: what
 * the widget downloads for it per 1,000 articles, and the time to an answer, ours against
 * MiniSearch over the same documents. The queries are the citizen's kind of words taken from the
 * articles themselves (a task name, two title words, a quarter with a letter swapped), so every
 * query has an article it should find.
 */
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { readRelease } from '../content/imported.js';
import { seededRandom } from '../model/seeded-random.js';
import { keyOf } from '../search/analyze.js';
import { fold, words } from '../search/normalize.js';
import { FIELD_WEIGHTS, SearchIndex } from '../search/search-index.js';
import { searchTopics } from '../search/topic-search.js';
import { importedDocs, importedIndexFile } from '../widget-data/build/imported.js';

type Timer = <Q>(queries: Q[], run: (q: Q) => unknown, rounds?: number) => { median: number; p95: number };

function swapLetters(word: string, next: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(next() * (word.length - 3));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

export function benchImported(dir: string, stopwords: string[], time: Timer): void {
  const check = readRelease(dir, new Set());
  if (!check.release)
    throw new Error(
      `${dir} is not a valid release: ${check.errors
        .slice(0, 3)
        .map((e) => `${e.file}: ${e.message}`)
        .join('; ')}`,
    );
  const articles = check.release.articles;
  let t0 = performance.now();
  const file = importedIndexFile(articles, stopwords);
  const build = performance.now() - t0;
  const gz = (x: unknown) => gzipSync(JSON.stringify(x), { level: 9 }).length / 1024;
  const indexKb = gz(file);
  const articleKb = articles.reduce((sum, a) => sum + gz(a), 0) / articles.length;

  const next = seededRandom(11);
  const queries = Array.from({ length: 2000 }, () => {
    const a = articles[Math.floor(next() * articles.length)]!;
    const pool = [...words(a.title), ...a.keywords.flatMap((k) => words(k))].filter((w) => w.length > 3);
    const picked = Array.from({ length: Math.min(2, pool.length) }, () => pool[Math.floor(next() * pool.length)]!);
    return { id: a.id, q: (next() < 0.25 ? picked.map((w) => swapLetters(w, next)) : picked).join(' ') };
  });

  const index = new SearchIndex(file.index);
  const stopSet = new Set(stopwords.map((w) => fold(w)));
  const docs = importedDocs(articles.filter((a) => !a.topic));
  type Flat = { id: string; title: string; terms: string; examples: string; summary: string; actions: string };
  const flat: Flat[] = docs.map((d) => ({
    id: d.id,
    title: (d.fields.title ?? []).join(' '),
    terms: (d.fields.terms ?? []).join(' '),
    examples: (d.fields.examples ?? []).join(' '),
    summary: (d.fields.summary ?? []).join(' '),
    actions: (d.fields.actions ?? []).join(' '),
  }));
  t0 = performance.now();
  const mini = new MiniSearch<Flat>({
    fields: ['title', 'terms', 'examples', 'summary', 'actions'],
    tokenize: (text) => words(text),
    processTerm: (term) => (stopSet.has(fold(term)) ? null : keyOf(term)),
    searchOptions: {
      boost: { title: FIELD_WEIGHTS.title, terms: FIELD_WEIGHTS.terms, examples: FIELD_WEIGHTS.examples, summary: FIELD_WEIGHTS.summary, actions: FIELD_WEIGHTS.actions },
      fuzzy: 0.2,
      prefix: true,
    },
  });
  mini.addAll(flat);
  const miniBuild = performance.now() - t0;

  const ours = time(queries, (c) => searchTopics(index, c.q));
  const theirs = time(queries, (c) => mini.search(c.q).slice(0, 5));
  // Synthetic titles repeat their subject across verbs, so "in the top 5" is the fair measure of finding it.
  const top5 = (ids: string[], id: string) => ids.slice(0, 5).includes(id);
  const oursFound = queries.filter((c) =>
    top5(
      searchTopics(index, c.q).map((m) => m.id),
      c.id,
    ),
  ).length;
  const miniFound = queries.filter((c) =>
    top5(
      mini.search(c.q).map((m) => String(m.id)),
      c.id,
    ),
  ).length;

  const ms = (x: number) => `${x.toFixed(3)} ms`;
  console.log('');
  console.log(`Imported borger.dk articles: ${articles.length} from ${dir}`);
  console.log('');
  console.log('| engine | median per query | p95 per query | index build | the article in the top 5 |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(`| ours | ${ms(ours.median)} | ${ms(ours.p95)} | ${build.toFixed(0)} ms | ${oursFound} of ${queries.length} |`);
  console.log(`| MiniSearch 7 (BM25, fuzzy 0.2, prefix) | ${ms(theirs.median)} | ${ms(theirs.p95)} | ${miniBuild.toFixed(0)} ms | ${miniFound} of ${queries.length} |`);
  console.log('');
  console.log(
    `widget download for the imported index, gzip -9: ${indexKb.toFixed(1)} KB in all, ${((indexKb * 1000) / articles.length).toFixed(1)} KB per 1,000 articles; one article on average ${articleKb.toFixed(2)} KB`,
  );
}
