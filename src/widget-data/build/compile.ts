/**
 * `npm run build` (content step): validates content/ and writes the widget's data, which ships
 * no YAML parser: per content language the core (topics, rules, texts and the prebuilt search
 * index), one file per municipality, and one file per topic article. Exits 1 on invalid content.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readContent } from '../../content/read.js';
import { formatContentError } from '../../model/content-bundle.js';
import { LANGS } from '../../model/vocabulary.js';
import { widgetArticle, widgetCore } from './pack.js';

const out = resolve(process.argv[2] ?? 'dist');
const { bundle, errors } = readContent(resolve('content'));
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
for (const m of Object.values(bundle.municipalities)) write(`widget/data/municipalities/${m.slug}.json`, m);
console.log(`content compiled to ${out}`);
