/**
 * The operations of borger.dk's article export that the import uses, with their answers read into
 * plain types. Field names follow the service's (`ArticleID`, `LastUpdated`); a field that is
 * missing or malformed makes the article unreadable, named by its id, never a silent default.
 */
import { call, type CallOptions, many, textOf } from './soap.js';

/** The real service, per content language (the spec's endpoints). */
export const DEFAULT_ENDPOINTS = {
  da: 'https://www.borger.dk/_vti_bin/borger/ArticleExport.svc',
  en: 'https://lifeindenmark.borger.dk/_vti_bin/borger/ArticleExport.svc',
} as const;

export interface ArticleDescription {
  id: number;
  title: string;
  url: string;
  /** Danish local time, no offset, as `2026-11-03T10:15:00`. */
  lastUpdated: string;
  /** KL's form service areas, task areas and tasks: their names. */
  taskNames: string[];
}

export interface RawArticle extends ArticleDescription {
  header: string;
  content: string;
}

export class MalformedArticle extends Error {}

type Xml = Record<string, unknown>;

function field(x: Xml, name: string, what: string): string {
  const value = textOf(x[name]);
  if (value === undefined) throw new MalformedArticle(`${what}: ${name} is missing`);
  return value;
}

/** WCF writes times as `2026-11-03T10:15:00` and sometimes with fractions: kept to the second. */
function localTime(value: string, what: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?$/.exec(value.trim());
  if (!m) throw new MalformedArticle(`${what}: LastUpdated "${value}" is not a date and time`);
  return m[1]!;
}

function names(x: unknown): string[] {
  return many(x).flatMap((group) =>
    typeof group === 'object' && group !== null
      ? Object.values(group as Xml)
          .flatMap((items) => many(items))
          .flatMap((item) => {
            const name = typeof item === 'object' && item !== null ? textOf((item as Xml).Name) : undefined;
            return name ? [name.trim()] : [];
          })
      : [],
  );
}

function description(x: unknown): ArticleDescription {
  if (typeof x !== 'object' || x === null) throw new MalformedArticle('an article description is empty');
  const xml = x as Xml;
  const rawId = textOf(xml.ArticleID);
  const id = Number(rawId);
  if (!rawId || !Number.isInteger(id) || id <= 0) throw new MalformedArticle(`an article has no valid ArticleID ("${rawId ?? ''}")`);
  const what = `article ${id}`;
  return {
    id,
    title: field(xml, 'ArticleTitle', what),
    url: field(xml, 'ArticleUrl', what),
    lastUpdated: localTime(field(xml, 'LastUpdated', what), what),
    taskNames: [...new Set([...names(xml.FormServiceAreas), ...names(xml.FormTaskAreas), ...names(xml.FormTasks)])],
  };
}

function article(x: unknown): RawArticle {
  const d = description(x);
  const xml = x as Xml;
  return { ...d, header: textOf(xml.ArticleHeader) ?? '', content: field(xml, 'Content', `article ${d.id}`) };
}

/** A result list's items (`<GetAllArticlesResult><a:ArticleDescription/>…`), whatever the item's name. */
function items(result: unknown): unknown[] {
  if (typeof result !== 'object' || result === null) return [];
  return Object.entries(result as Xml)
    .filter(([k]) => !k.startsWith('@'))
    .flatMap(([, v]) => many(v));
}

/** One result item, read or reported: a malformed article is named and the rest go on. */
export type Read<T> = { ok: T } | { error: string; id?: number };

function readEach<T>(list: unknown[], read: (x: unknown) => T): Read<T>[] {
  return list.map((x) => {
    try {
      return { ok: read(x) };
    } catch (e) {
      const id = Number(textOf((x as Xml | null)?.ArticleID));
      return { error: (e as Error).message, ...(Number.isInteger(id) && id > 0 ? { id } : {}) };
    }
  });
}

export async function getAllArticles(options: CallOptions): Promise<Read<ArticleDescription>[]> {
  return readEach(items(await call('GetAllArticles', [], options)), description);
}

export async function getArticlesByIds(ids: number[], municipalityCode: number, updatedAfter: string | null, options: CallOptions): Promise<Read<RawArticle>[]> {
  const result = await call(
    'GetArticlesByIDs',
    [
      ['articleIDs', ids],
      ['municipalityCode', municipalityCode],
      ['updatedAfter', updatedAfter],
    ],
    options,
  );
  return readEach(items(result), article);
}

export async function getArticleById(id: number, municipalityCode: number, options: CallOptions): Promise<Read<RawArticle>> {
  const result = await call(
    'GetArticleByID',
    [
      ['articleID', id],
      ['municipalityCode', municipalityCode],
    ],
    options,
  );
  return readEach([result], article)[0]!;
}
