/** The validated content for Node programs (CLI, evaluation, tests); it refuses invalid content. */
import { fileURLToPath } from 'node:url';
import { readContent, readYamlFile } from './read.js';
import { type ContentBundle, type ContentError, formatContentError } from '../model/content-bundle.js';
import { CatalogSchema, type Catalog, type Example } from '../model/content-schema.js';

export const CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));

export function loadContent(dir: string = CONTENT_DIR): ContentBundle {
  const { bundle, errors } = readContent(dir);
  if (!bundle) {
    const list = errors.map((e) => `  ${formatContentError(e)}`).join('\n');
    throw new Error(`the content in ${dir} has ${errors.length} problem(s); run npm run content:check\n${list}`);
  }
  return bundle;
}

/**
 * The topic catalog (catalog.yaml): the server's export needs each topic's service area, which
 * the widget never does, so it is read here beside the bundle rather than shipped in it.
 */
export function loadCatalog(dir: string = CONTENT_DIR): Catalog {
  const errors: ContentError[] = [];
  const catalog = readYamlFile(dir, 'catalog.yaml', CatalogSchema, errors);
  if (!catalog) throw new Error(errors.map((e) => formatContentError({ ...e, file: `${dir}/${e.file}` })).join('; '));
  return catalog;
}

/** The example conversations (content/examples/), for the tests that play them; it refuses invalid content. */
export function loadExamples(dir: string = CONTENT_DIR): Record<string, Example> {
  const { errors, examples } = readContent(dir);
  if (errors.length) throw new Error(`content in ${dir} is invalid:\n${errors.map((e) => `  ${formatContentError(e)}`).join('\n')}`);
  return examples;
}
