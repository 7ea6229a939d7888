/**
 * `npm run build`: validates content/ and writes it as one JSON file per language for programs
 * that must not parse YAML (the widget ships no YAML parser). Exits 1 on invalid content.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGS } from '../domain/vocabulary.js';
import { readContent } from './read.js';
import type { ContentBundle } from './types.js';

const out = resolve(process.argv[2] ?? 'dist/content');
const { bundle, errors } = readContent(resolve('content'));
if (!bundle) {
  for (const e of errors) console.error(`${e.file}: ${e.field}: ${e.message}`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'bundle.json'), JSON.stringify(bundle satisfies ContentBundle));
for (const lang of LANGS) {
  const articles = Object.fromEntries(Object.values(bundle.topics).map((t) => [t.id, t.articles[lang]]));
  writeFileSync(join(out, `articles.${lang}.json`), JSON.stringify(articles));
}
console.log(`content compiled to ${out}`);
