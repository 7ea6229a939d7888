/**
 * `npm run import:borgerdk -- --municipality <slug> [--lang da|en] [--ids 1,2,3 | --all]
 *   [--endpoint <url>] [--out <dir>] [--concurrency n] [--timeout seconds] [--retries n]
 *   [--max-message-mb n]`
 *
 * Imports borger.dk's articles for the municipality (its official code is read from
 * content/municipalities/<slug>.yaml) into content/borgerdk/<slug>/<lang>/. Exit 0: the import
 * is complete and current; 1: something failed (named in the report) and the last good content
 * stayed in place; 2: the command or the content was wrong, nothing was fetched.
 */
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { IMPORT_DIR, readMapping, topicsByArticle } from '../content/imported.js';
import { CONTENT_DIR } from '../content/load.js';
import { readYamlFile } from '../content/read.js';
import type { ContentError } from '../model/content-bundle.js';
import { CatalogSchema, MunicipalitySchema } from '../model/content-schema.js';
import type { ContentLang } from '../model/vocabulary.js';
import { DEFAULT_ENDPOINTS } from './article-export.js';
import { type ImportReport, runImport } from './import.js';
import { progressBar } from './progress.js';
import { formatErrors } from './write.js';

class UsageError extends Error {}

interface Args {
  slug: string;
  lang: ContentLang;
  ids: number[] | 'all';
  endpoint: string;
  out: string;
  concurrency: number;
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  maxMessageBytes: number;
}

function positiveNumber(value: string | undefined, name: string, fallback: number, integer = true): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new UsageError(`--${name} must be a positive ${integer ? 'whole ' : ''}number, not "${value}"`);
  return n;
}

function parse(argv: string[]): Args {
  const { values } = parseArgs({
    args: argv,
    options: {
      municipality: { type: 'string' },
      lang: { type: 'string', default: 'da' },
      ids: { type: 'string' },
      all: { type: 'boolean', default: false },
      endpoint: { type: 'string' },
      out: { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      'backoff-ms': { type: 'string' },
      'max-message-mb': { type: 'string' },
    },
    strict: true,
  });
  const slug = values.municipality;
  if (!slug) throw new UsageError('--municipality <slug> is required (a file in content/municipalities/)');
  if (!/^[a-z0-9-]+$/.test(slug)) throw new UsageError(`--municipality must be a slug like "aarhus", not "${slug}"`);
  if (values.lang !== 'da' && values.lang !== 'en') throw new UsageError(`--lang must be da or en, not "${values.lang}"`);
  if (values.all === Boolean(values.ids)) throw new UsageError('give either --ids 1,2,3 or --all');
  let ids: number[] | 'all' = 'all';
  if (values.ids) {
    const parts = values.ids.split(/[\s,]+/).filter(Boolean);
    const bad = parts.filter((p) => !/^[1-9]\d{0,9}$/.test(p));
    if (bad.length || parts.length === 0) throw new UsageError(`--ids must be article ids (whole numbers) separated by commas; not ids: ${bad.join(', ') || '(none given)'}`);
    ids = [...new Set(parts.map(Number))];
  }
  const endpoint = values.endpoint ?? DEFAULT_ENDPOINTS[values.lang];
  if (!/^https?:\/\//.test(endpoint)) throw new UsageError(`--endpoint must be an http(s) address, not "${endpoint}"`);
  // Plain http: only to this machine, where a test's fake service listens; the real service is https:.
  if (endpoint.startsWith('http:') && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(endpoint))
    throw new UsageError('--endpoint must be https: (plain http: only for a service on this machine)');
  return {
    slug,
    lang: values.lang,
    ids,
    endpoint,
    out: resolve(values.out ?? join(CONTENT_DIR, IMPORT_DIR, slug, values.lang)),
    concurrency: positiveNumber(values.concurrency, 'concurrency', 4),
    timeoutMs: positiveNumber(values.timeout, 'timeout', 600, false) * 1000,
    retries: values.retries === '0' ? 0 : positiveNumber(values.retries, 'retries', 3),
    backoffMs: positiveNumber(values['backoff-ms'], 'backoff-ms', 1000),
    maxMessageBytes: positiveNumber(values['max-message-mb'], 'max-message-mb', 1, false) * 1024 * 1024,
  };
}

function summary(report: ImportReport, file: string): string {
  const lines = [
    `${report.switched ? 'imported' : 'NOT switched'}: ${report.total} articles for ${report.municipality} (${report.lang}, municipality code ${report.municipalityCode})`,
    `  added ${report.added.length}, changed ${report.changed.length}, removed ${report.removed.length}, unchanged ${report.unchanged}`,
  ];
  if (report.missing.length) lines.push(`  asked for and not returned: ${report.missing.join(', ')}`);
  for (const f of report.failed) lines.push(`  failed${f.id ? ` (article ${f.id})` : ''}: ${f.message}`);
  if (report.lixExempt.length) lines.push(`  plain language: ${report.lixExempt.length} Danish articles above LIX 40 (borger.dk's text, exempt from our rule; listed in the report)`);
  if (!report.switched) lines.push('  the last good content stays in place');
  lines.push(`  report: ${file}`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parse(argv);
  } catch (e) {
    console.error(`import:borgerdk: ${(e as Error).message}`);
    return 2;
  }
  const errors: ContentError[] = [];
  const municipality = readYamlFile(CONTENT_DIR, `municipalities/${args.slug}.yaml`, MunicipalitySchema, errors);
  const catalog = readYamlFile(CONTENT_DIR, 'catalog.yaml', CatalogSchema, errors);
  const catalogIds = new Set(Object.keys(catalog ?? {}));
  const mapping = readMapping(CONTENT_DIR, catalogIds, errors);
  if (!municipality || !catalog || errors.length) {
    console.error(`import:borgerdk: the content must be fixed first:\n${formatErrors(errors)}`);
    return 2;
  }
  const bar = progressBar(process.stdout, `borger.dk ${args.lang}`);
  const { report, reportFile } = await runImport({
    municipality: { slug: municipality.slug, code: municipality.code },
    lang: args.lang,
    ids: args.ids,
    endpoint: args.endpoint,
    out: args.out,
    catalogIds,
    mapped: topicsByArticle(mapping, args.lang),
    concurrency: args.concurrency,
    timeoutMs: args.timeoutMs,
    retries: args.retries,
    backoffMs: args.backoffMs,
    maxMessageBytes: args.maxMessageBytes,
    onProgress: bar,
  });
  bar.end();
  (report.switched ? console.log : console.error)(summary(report, reportFile));
  return report.switched ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
