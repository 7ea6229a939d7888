/**
 * Imported content as src/content reads it: the mapping file against the catalog, and a release
 * folder that was tampered with after the import (the build refuses it, naming file and field).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMapping, readRelease, topicsByArticle } from '../../src/content/imported.js';
import type { ContentError } from '../../src/model/content-bundle.js';
import { convertArticle } from '../../src/importer/article.js';
import { HAVEAFFALD } from '../importer/support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'kanalguide-imported-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const catalog = new Set(['flytning', 'pas']);

function folder(files: Record<string, string>): string {
  const d = mkdtempSync(join(dir, 'x-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(d, path, '..'), { recursive: true });
    writeFileSync(join(d, path), text);
  }
  return d;
}

describe('the borger.dk mapping', () => {
  it('ties catalog topics to article ids, per language', () => {
    const errors: ContentError[] = [];
    const mapping = readMapping(folder({ 'borgerdk-mapping.yaml': 'flytning: {da: 12, en: 34}\npas: {da: 56}\n' }), catalog, errors);
    expect(errors).toEqual([]);
    expect([...topicsByArticle(mapping, 'da')]).toEqual([[12, 'flytning'], [56, 'pas']]);
    expect([...topicsByArticle(mapping, 'en')]).toEqual([[34, 'flytning']]);
  });

  it('names an unknown topic and an article serving two topics', () => {
    const errors: ContentError[] = [];
    readMapping(folder({ 'borgerdk-mapping.yaml': 'flytning: {da: 12}\npas: {da: 12}\nhundeskat: {da: 7}\n' }), catalog, errors);
    expect(errors).toEqual([
      { file: 'borgerdk-mapping.yaml', field: 'pas.da', message: 'article 12 already serves "flytning"; an article serves one topic' },
      { file: 'borgerdk-mapping.yaml', field: 'hundeskat', message: '"hundeskat" is not a catalog topic' },
    ]);
  });

  it('names an id that is not a number', () => {
    const errors: ContentError[] = [];
    expect(readMapping(folder({ 'borgerdk-mapping.yaml': 'pas: {da: "x"}\n' }), catalog, errors)).toEqual({});
    expect(errors).toEqual([expect.objectContaining({ file: 'borgerdk-mapping.yaml', field: 'pas.da', message: 'da must be a borger.dk article id (a number)' })]);
  });
});

describe('an imported release', () => {
  const article = convertArticle({ ...HAVEAFFALD, taskNames: [] }, { lang: 'da', municipalityCode: 751, topic: undefined });
  const manifest = { municipality: 'aarhus', municipalityCode: 751, lang: 'da', importedAt: '2026-12-06T05:00:00.000Z', articles: { '1001': article.updated } };

  it('reads back what the importer wrote', () => {
    const check = readRelease(folder({ 'manifest.json': JSON.stringify(manifest), 'articles/1001.json': JSON.stringify(article) }), catalog);
    expect(check.errors).toEqual([]);
    expect(check.release?.articles).toEqual([article]);
  });

  it('refuses a tampered article: a script URL, a file under another id, a manifest that lists a missing article', () => {
    const bad = { ...article, actions: [{ ...article.actions[0]!, href: 'javascript:alert(1)' }] };
    const check = readRelease(
      folder({
        'manifest.json': JSON.stringify({ ...manifest, articles: { ...manifest.articles, '1002': article.updated } }),
        'articles/1001.json': JSON.stringify(bad),
        'articles/999.json': JSON.stringify(article),
      }),
      catalog,
    );
    expect(check.release).toBeUndefined();
    expect(check.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'articles/1001.json', field: 'actions.0.href' }),
        expect.objectContaining({ file: 'articles/999.json', field: 'source.articleId' }),
        { file: 'manifest.json', field: 'articles.1002', message: 'the manifest lists an article the release does not hold' },
      ]),
    );
  });
});
