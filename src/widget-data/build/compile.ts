/**
 * `npm run build` (content step): validates content/ and writes the widget's data, which ships
 * no YAML parser: per content language the core (topics, rules, texts and the prebuilt search
 * index), one file per municipality, and one file per topic article. Exits 1 on invalid content.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { currentRelease } from '../../content/imported.js';
import { readContent } from '../../content/read.js';
import { formatContentError } from '../../model/content-bundle.js';
import type { ContentLang } from '../../model/vocabulary.js';
import { LANGS } from '../../model/vocabulary.js';
import { allStopwords } from '../../search/topic-docs.js';
import type { WidgetMunicipality } from '../imported.js';
import { importedIndexFile, widgetImportedArticle } from './imported.js';
import { widgetArticle, widgetCore } from './pack.js';

const out = resolve(process.argv[2] ?? 'dist');
const contentDir = resolve('content');
const { bundle, errors } = readContent(contentDir);
if (!bundle) {
  for (const e of errors) console.error(formatContentError(e));
  process.exit(1);
}

function write(path: string, data: unknown): void {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(data));
}

// The build starts here: clear the widget's output so no stale chunk from an earlier build ships.
rmSync(join(out, 'widget'), { recursive: true, force: true });
for (const lang of LANGS) {
  write(`widget/data/core.${lang}.json`, widgetCore(bundle, lang));
  for (const t of Object.values(bundle.topics)) write(`widget/data/articles/${lang}/${t.id}.json`, widgetArticle(t, lang));
}
// A municipality's imported borger.dk articles (content/borgerdk/<slug>/<lang>/current, switched
// there only after the importer validated them): their own index and one file per article.
const catalogIds = new Set(Object.keys(bundle.topics));
let imported = 0;
for (const m of Object.values(bundle.municipalities)) {
  const langs: ContentLang[] = [];
  for (const lang of LANGS) {
    const check = currentRelease(contentDir, m.slug, lang, catalogIds);
    if (!check) continue;
    if (!check.release) {
      for (const e of check.errors) console.error(formatContentError({ ...e, file: `borgerdk/${m.slug}/${lang}/current/${e.file}` }));
      process.exit(1);
    }
    langs.push(lang);
    write(`widget/data/imported/${m.slug}/${lang}/index.json`, importedIndexFile(check.release.articles, allStopwords(bundle)));
    for (const a of check.release.articles) write(`widget/data/imported/${m.slug}/${lang}/${a.id}.json`, widgetImportedArticle(a));
    imported += check.release.articles.length;
  }
  const file: WidgetMunicipality = langs.length ? { ...m, imported: langs } : m;
  write(`widget/data/municipalities/${m.slug}.json`, file);
}
if (imported) console.log(`${imported} imported borger.dk articles compiled`);
console.log(`content compiled to ${out}`);
