/**
 * `npm run bench:import`: a 5,000-article import against our fake export on loopback (synthetic
 * articles, ./support/fixtures.ts), then an incremental re-import with 1 % changed, each timed with
 * its peak memory (GNU time's maximum resident set), then `npm run bench` on the imported release.
 * A benchmark, not a test: numbers vary with the machine's load. BENCH_IMPORT_ARTICLES sets the size.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFakeExport } from './support/fake-export.js';
import { syntheticArticles } from './support/fixtures.js';

const N = Number(process.env.BENCH_IMPORT_ARTICLES ?? 5000);
const ROOT = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'kanalguide-bench-import-'));

function run(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile(file, args, { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })),
  );
}

async function timedImport(label: string, url: string): Promise<void> {
  const t0 = performance.now();
  // GNU time prints the peak resident memory (KB) as the last line of standard error.
  const r = await run('/usr/bin/time', [
    '-f',
    'maxrss_kb=%M',
    process.execPath,
    '--import',
    'tsx',
    'src/importer/cli.ts',
    '--municipality',
    'aarhus',
    '--all',
    '--endpoint',
    url,
    '--out',
    out,
    '--concurrency',
    '4',
    '--max-message-mb',
    '8',
  ]);
  const seconds = (performance.now() - t0) / 1000;
  const rss = /maxrss_kb=(\d+)/.exec(r.stderr)?.[1];
  console.log(`| ${label} | ${seconds.toFixed(1)} s | ${rss ? `${(Number(rss) / 1024).toFixed(0)} MB` : '?'} | ${r.code === 0 ? 'switched' : `exit ${r.code}`} |`);
  if (r.code !== 0) console.error(r.stderr || r.stdout);
}

const articles = syntheticArticles(N);
const fake = await startFakeExport(articles);
try {
  console.log(`Import benchmark: ${N} synthetic articles from the fake export (Node ${process.version})`);
  console.log('');
  console.log('| import | wall time | peak memory | result |');
  console.log('| --- | --- | --- | --- |');
  await timedImport(`first, all ${N}`, fake.url);
  for (const a of articles.slice(0, Math.ceil(N / 100))) fake.articles.set(a.id, { ...a, lastUpdated: '2026-12-05T12:00:00' });
  await timedImport(`again, ${Math.ceil(N / 100)} changed`, fake.url);
  const requests = fake.requests.filter((r) => r.op === 'GetArticlesByIDs');
  console.log('');
  console.log(`GetArticlesByIDs requests: ${requests.length} (${requests.reduce((s, r) => s + r.ids.length, 0)} ids asked for in both imports)`);
  const bench = await run(process.execPath, ['--import', 'tsx', 'src/bench/run.ts'], { BENCH_IMPORTED: join(out, 'current') });
  console.log(bench.stdout);
  if (bench.code !== 0) console.error(bench.stderr);
} finally {
  await fake.close();
  rmSync(out, { recursive: true, force: true });
}
