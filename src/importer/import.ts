/**
 * One import of borger.dk articles for a municipality and a language: decide what to fetch (only
 * what changed since the last import), fetch it with a bounded number of requests in flight,
 * convert and stage it, validate the staged release with src/content, and switch to it only when
 * nothing failed. Everything that went wrong is named by article id in the report.
 */
import { join } from 'node:path';
import { CURRENT, readRelease } from '../content/imported.js';
import type { ImportedArticle, ImportManifest } from '../model/imported-article.js';
import type { ContentLang } from '../model/vocabulary.js';
import { getAllArticles, getArticleById, getArticlesByIds, type RawArticle, type Read } from './article-export.js';
import { convertArticle } from './article.js';
import { eachLimited } from './pool.js';
import type { CallOptions } from './soap.js';
import { formatErrors, Stage, stampOf, writeReport } from './write.js';

export interface ImportOptions {
  municipality: { slug: string; code: number };
  lang: ContentLang;
  /** Article ids to import, or every article the service lists. */
  ids: number[] | 'all';
  endpoint: string;
  out: string;
  /** Catalog topic ids (for validating the mapping's topics) and article id → catalog topic. */
  catalogIds: ReadonlySet<string>;
  mapped: ReadonlyMap<number, string>;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  maxMessageBytes?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Article ids per GetArticlesByIDs request. */
  batchSize?: number;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
}

export interface Failure {
  /** The article's id, where the failure is one article's. */
  id?: number;
  message: string;
}

export interface ImportReport {
  municipality: string;
  municipalityCode: number;
  lang: ContentLang;
  endpoint: string;
  startedAt: string;
  finishedAt: string;
  /** Whether this import became the current content. */
  switched: boolean;
  added: { id: number; title: string }[];
  changed: { id: number; title: string; before: string; after: string }[];
  removed: { id: number; title: string }[];
  unchanged: number;
  /** Ids that were asked for (or listed by the service) and did not come back. */
  missing: number[];
  failed: Failure[];
  /** Danish articles above the plain-language target: borger.dk's text, exempt from our LIX rule. */
  lixExempt: { id: string; lix: number }[];
  total: number;
}

export interface ImportResult {
  report: ImportReport;
  reportFile: string;
}

/** The release an import compares against: the current one, if it is readable and for the same municipality code. */
function previousRelease(out: string, code: number, catalogIds: ReadonlySet<string>): { manifest: ImportManifest; articles: Map<number, ImportedArticle> } | undefined {
  const check = readRelease(join(out, CURRENT), catalogIds);
  if (!check.release || check.release.manifest.municipalityCode !== code) return undefined;
  return { manifest: check.release.manifest, articles: new Map(check.release.articles.map((a) => [a.source.articleId, a])) };
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const started = options.now ?? new Date();
  const stamp = stampOf(started);
  const call: CallOptions = {
    endpoint: options.endpoint,
    timeoutMs: options.timeoutMs ?? 60_000,
    retries: options.retries ?? 3,
    backoffMs: options.backoffMs ?? 1000,
    ...(options.maxMessageBytes ? { maxMessageBytes: options.maxMessageBytes } : {}),
  };
  const concurrency = options.concurrency ?? 4;
  const batchSize = options.batchSize ?? 25;
  const code = options.municipality.code;
  const failed: Failure[] = [];
  const missing: number[] = [];
  const previous = previousRelease(options.out, code, options.catalogIds);
  const stage = new Stage(options.out, stamp);

  // What the import should hold, and for each id the update time the service lists (when it lists one).
  const listed = new Map<number, string | undefined>();
  const titles = new Map<number, string>();
  let serviceDown = false;
  if (options.ids === 'all') {
    try {
      for (const d of await getAllArticles(call)) {
        if ('ok' in d) {
          listed.set(d.ok.id, d.ok.lastUpdated);
          titles.set(d.ok.id, d.ok.title);
        } else failed.push({ ...(d.id ? { id: d.id } : {}), message: d.error });
      }
    } catch (e) {
      serviceDown = true;
      failed.push({ message: `the article list could not be fetched: ${(e as Error).message}` });
    }
  } else for (const id of options.ids) listed.set(id, undefined);

  // Fetch only what is new or whose listed update time differs; ids asked for by hand that the last
  // import has are asked with updatedAfter, so the service sends only those that changed.
  const fresh: number[] = [];
  const known: number[] = [];
  for (const [id, updated] of listed) {
    const before = previous?.manifest.articles[String(id)];
    if (!before) fresh.push(id);
    else if (updated === undefined) known.push(id);
    else if (updated !== before) fresh.push(id);
  }
  const articles = new Map<number, ImportedArticle>();
  const refetch = new Set(fresh);
  for (const id of listed.keys()) {
    const kept = previous?.articles.get(id);
    if (!kept || refetch.has(id)) continue;
    // Carried over as it was, with its topic as the mapping says now (an editor may have mapped it since).
    const { topic: _was, ...rest } = kept;
    const topic = options.mapped.get(id);
    articles.set(id, topic ? { ...rest, topic } : rest);
  }

  const total = fresh.length + known.length;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };
  options.onProgress?.(0, total);

  const accept = (raw: RawArticle) => {
    try {
      articles.set(raw.id, convertArticle(raw, { lang: options.lang, municipalityCode: code, topic: options.mapped.get(raw.id) }));
    } catch (e) {
      failed.push({ id: raw.id, message: (e as Error).message });
    }
  };
  const take = (asked: number[], answers: Read<RawArticle>[], requireAll: boolean) => {
    const got = new Set<number>();
    for (const a of answers) {
      if ('ok' in a) {
        if (!asked.includes(a.ok.id)) continue;
        got.add(a.ok.id);
        accept(a.ok);
      } else failed.push({ ...(a.id ? { id: a.id } : {}), message: a.error });
    }
    if (requireAll) for (const id of asked) if (!got.has(id) && !failed.some((f) => f.id === id)) missing.push(id);
  };
  // One article at a time, after a batch was refused: a fault then names the article, and the rest still come.
  const one = async (id: number) => {
    try {
      take([id], [await getArticleById(id, code, call)], true);
    } catch (e) {
      failed.push({ id, message: `article ${id}: ${(e as Error).message}` });
    }
    progress(1);
  };
  const batch = async (ids: number[], updatedAfter: string | null) => {
    let answers: Read<RawArticle>[];
    try {
      answers = await getArticlesByIds(ids, code, updatedAfter, call);
    } catch {
      if (updatedAfter === null) {
        for (const id of ids) await one(id);
        return;
      }
      // An incremental batch refused: fetch its articles whole, one by one.
      for (const id of ids) {
        articles.delete(id);
        await one(id);
      }
      return;
    }
    take(ids, answers, updatedAfter === null);
    progress(ids.length);
  };

  if (!serviceDown) {
    const since = known.length ? known.map((id) => previous!.manifest.articles[String(id)]!).sort()[0]! : null;
    const work: [number[], string | null][] = [
      ...chunks(fresh, batchSize).map((c): [number[], string | null] => [c, null]),
      ...chunks(known, batchSize).map((c): [number[], string | null] => [c, since]),
    ];
    await eachLimited(work, concurrency, ([ids, after]) => batch(ids, after));
  }

  // Stage, validate, and switch only a complete import.
  const manifest: ImportManifest = {
    municipality: options.municipality.slug,
    municipalityCode: code,
    lang: options.lang,
    importedAt: started.toISOString(),
    articles: Object.fromEntries([...articles].sort(([a], [b]) => a - b).map(([id, a]) => [String(id), a.updated])),
  };
  for (const a of articles.values()) stage.writeArticle(a);
  stage.writeManifest(manifest);
  const check = readRelease(stage.dir, options.catalogIds);
  if (check.errors.length) failed.push({ message: `the staged import is not valid content:\n${formatErrors(check.errors)}` });

  const titleOf = (id: number) => articles.get(id)?.title ?? previous?.articles.get(id)?.title ?? titles.get(id) ?? '';
  const before = previous?.manifest.articles ?? {};
  const added: ImportReport['added'] = [];
  const changed: ImportReport['changed'] = [];
  let unchanged = 0;
  for (const [id, a] of articles) {
    const was = before[String(id)];
    if (!was) added.push({ id, title: a.title });
    else if (was !== a.updated || JSON.stringify(previous!.articles.get(id)) !== JSON.stringify(a)) changed.push({ id, title: a.title, before: was, after: a.updated });
    else unchanged++;
  }
  const removed = Object.keys(before)
    .map(Number)
    .filter((id) => !articles.has(id) && !listed.has(id))
    .map((id) => ({ id, title: titleOf(id) }));

  const switched = failed.length === 0 && missing.length === 0;
  if (switched) stage.promote();
  else stage.discard();
  const report: ImportReport = {
    municipality: options.municipality.slug,
    municipalityCode: code,
    lang: options.lang,
    endpoint: options.endpoint,
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    switched,
    added,
    changed,
    removed,
    unchanged,
    missing: missing.sort((a, b) => a - b),
    failed,
    lixExempt: check.lixExempt,
    total: articles.size,
  };
  return { report, reportFile: writeReport(options.out, stamp, report) };
}
