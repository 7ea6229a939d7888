/**
 * Imported borger.dk articles as content: the mapping file (content/borgerdk-mapping.yaml) and a
 * release of imported articles (content/borgerdk/<slug>/<lang>/current/). The importer validates a
 * staged release here before switching to it, and the build, the collector and the search read
 * the switched one through the same functions. Every problem is listed, naming file and field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import type { ContentError } from '../model/content-bundle.js';
import {
  type BorgerdkMapping,
  BorgerdkMappingSchema,
  type ImportedArticle,
  ImportedArticleSchema,
  type ImportManifest,
  ImportManifestSchema,
} from '../model/imported-article.js';
import type { ContentLang } from '../model/vocabulary.js';
import { lix } from './lix.js';
import { readYamlFile } from './read.js';

export const MAPPING_FILE = 'borgerdk-mapping.yaml';
/** Where the importer writes, under content/: generated, never edited, never committed. */
export const IMPORT_DIR = 'borgerdk';
/** The link to the release in use, swapped by rename. */
export const CURRENT = 'current';

function issues(result: v.SafeParseResult<v.GenericSchema>, file: string, errors: ContentError[]): void {
  if (result.success) return;
  for (const issue of result.issues) errors.push({ file, field: v.getDotPath(issue) ?? '(top level)', message: issue.message });
}

/** The mapping, checked against the catalog: known topics, each article id serving one topic. */
export function readMapping(contentDir: string, catalogIds: ReadonlySet<string>, errors: ContentError[]): BorgerdkMapping {
  if (!existsSync(join(contentDir, MAPPING_FILE))) return {};
  const mapping = readYamlFile(contentDir, MAPPING_FILE, BorgerdkMappingSchema, errors) ?? {};
  const seen = new Map<string, string>();
  for (const [topic, ids] of Object.entries(mapping)) {
    if (!catalogIds.has(topic)) errors.push({ file: MAPPING_FILE, field: topic, message: `"${topic}" is not a catalog topic` });
    for (const [lang, id] of Object.entries(ids)) {
      const key = `${lang}:${id}`;
      const other = seen.get(key);
      if (other) errors.push({ file: MAPPING_FILE, field: `${topic}.${lang}`, message: `article ${id} already serves "${other}"; an article serves one topic` });
      seen.set(key, topic);
    }
  }
  return mapping;
}

/** The mapping turned around for one language: article id → catalog topic. */
export function topicsByArticle(mapping: BorgerdkMapping, lang: ContentLang): Map<number, string> {
  const out = new Map<number, string>();
  for (const [topic, ids] of Object.entries(mapping)) {
    const id = ids[lang];
    if (id !== undefined) out.set(id, topic);
  }
  return out;
}

export interface ImportedRelease {
  manifest: ImportManifest;
  articles: ImportedArticle[];
}

export interface ReleaseCheck {
  release: ImportedRelease | undefined;
  errors: ContentError[];
  /** Danish bodies above the plain-language target: borger.dk's text, reported, never refused (we do not edit it). */
  lixExempt: { id: string; lix: number }[];
}

const IMPORTED_BODY_REPORT_LIX = 40;

function readJson(path: string, file: string, errors: ContentError[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    errors.push({ file, field: '(file)', message: `not readable JSON: ${(e as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

/** Plain text of an article's body, for the readability report. */
export function bodyText(article: ImportedArticle): string {
  return article.sections
    .flatMap((s) => [s.title, ...s.blocks.map((b) => (b.type === 'heading' ? b.text : b.type === 'paragraph' ? b.parts.map((p) => p.text).join('') : b.items.map((i) => i.map((p) => p.text).join('')).join('\n')))])
    .join('\n');
}

/**
 * Reads and checks one release folder (manifest.json and articles/<article id>.json): each article
 * valid, in the manifest's language, named by its id, listed in the manifest with its update time,
 * and mapped (if at all) to a catalog topic.
 */
export function readRelease(dir: string, catalogIds: ReadonlySet<string>): ReleaseCheck {
  const errors: ContentError[] = [];
  const lixExempt: ReleaseCheck['lixExempt'] = [];
  const raw = existsSync(join(dir, 'manifest.json')) ? readJson(join(dir, 'manifest.json'), 'manifest.json', errors) : undefined;
  if (raw === undefined && errors.length === 0) errors.push({ file: 'manifest.json', field: '(file)', message: 'the file is missing' });
  const parsed = raw === undefined ? undefined : v.safeParse(ImportManifestSchema, raw);
  if (parsed) issues(parsed, 'manifest.json', errors);
  const manifest = parsed?.success ? parsed.output : undefined;
  const articles: ImportedArticle[] = [];
  const files = existsSync(join(dir, 'articles')) ? readdirSync(join(dir, 'articles')).sort() : [];
  for (const name of files) {
    const file = `articles/${name}`;
    const m = /^(\d+)\.json$/.exec(name);
    if (!m) {
      errors.push({ file, field: '(file)', message: 'articles/ holds only <article id>.json files' });
      continue;
    }
    const data = readJson(join(dir, file), file, errors);
    if (data === undefined) continue;
    const result = v.safeParse(ImportedArticleSchema, data);
    issues(result, file, errors);
    if (!result.success) continue;
    const article = result.output;
    if (String(article.source.articleId) !== m[1]) errors.push({ file, field: 'source.articleId', message: `the article id ${article.source.articleId} must match the file name` });
    if (manifest && article.lang !== manifest.lang) errors.push({ file, field: 'lang', message: `the release is ${manifest.lang}, the article ${article.lang}` });
    if (manifest && manifest.articles[m[1]!] !== article.updated) errors.push({ file, field: 'updated', message: 'the manifest does not list the article with this update time' });
    if (article.topic && !catalogIds.has(article.topic)) errors.push({ file, field: 'topic', message: `"${article.topic}" is not a catalog topic` });
    if (article.lang === 'da') {
      const score = lix(bodyText(article));
      if (score > IMPORTED_BODY_REPORT_LIX) lixExempt.push({ id: article.id, lix: Math.round(score) });
    }
    articles.push(article);
  }
  if (manifest)
    for (const id of Object.keys(manifest.articles))
      if (!files.includes(`${id}.json`)) errors.push({ file: 'manifest.json', field: `articles.${id}`, message: 'the manifest lists an article the release does not hold' });
  return { release: errors.length === 0 && manifest ? { manifest, articles } : undefined, errors, lixExempt };
}

/** The release in use for one municipality and language, or undefined where none was imported. */
export function currentRelease(contentDir: string, slug: string, lang: ContentLang, catalogIds: ReadonlySet<string>): ReleaseCheck | undefined {
  const dir = join(contentDir, IMPORT_DIR, slug, lang, CURRENT);
  return existsSync(dir) ? readRelease(dir, catalogIds) : undefined;
}

/**
 * Every topic id the switched imports know, across municipalities and languages: the collector
 * accepts these beside the catalog's, from the manifests alone (cheap at thousands of articles).
 */
export function importedTopicIds(contentDir: string): Set<string> {
  const ids = new Set<string>();
  const root = join(contentDir, IMPORT_DIR);
  if (!existsSync(root)) return ids;
  for (const slug of readdirSync(root))
    for (const lang of ['da', 'en'])
      try {
        const manifest = v.parse(ImportManifestSchema, JSON.parse(readFileSync(join(root, slug, lang, CURRENT, 'manifest.json'), 'utf8')));
        for (const id of Object.keys(manifest.articles)) ids.add(`borgerdk-${id}`);
      } catch {
        // No import for this language, or an unreadable one: the collector simply does not know its ids.
      }
  return ids;
}
