/** The validated content for Node programs (CLI, evaluation, tests); it refuses invalid content. */
import { fileURLToPath } from 'node:url';
import { readContent } from './read.js';
import type { ContentBundle } from '../model/content-bundle.js';

export const CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));

export function loadContent(dir: string = CONTENT_DIR): ContentBundle {
  const { bundle, errors } = readContent(dir);
  if (!bundle) {
    const list = errors.map((e) => `  ${e.file}: ${e.field}: ${e.message}`).join('\n');
    throw new Error(`the content in ${dir} has ${errors.length} problem(s); run npm run content:check\n${list}`);
  }
  return bundle;
}
