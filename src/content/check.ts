/** `npm run content:check`: validates content/ and lists every problem, file and field first. */
import { resolve } from 'node:path';
import { readContent } from './read.js';

const dir = resolve(process.argv[2] ?? 'content');
const { bundle, errors } = readContent(dir);
if (errors.length > 0) {
  for (const e of errors) console.error(`${e.file}: ${e.field}: ${e.message}`);
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
const topics = Object.keys(bundle!.topics).length;
const municipalities = Object.keys(bundle!.municipalities).length;
console.log(`content OK: ${topics} topics in Danish and English, ${municipalities} municipalities`);
