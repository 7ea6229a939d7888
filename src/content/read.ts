/**
 * Reads content/ from disk, validates every file and the links between them, and returns the
 * bundle together with every problem found. It never stops at the first problem: an editor fixes
 * a whole batch at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { parseDocument } from 'yaml';
import { LANGS } from '../model/vocabulary.js';
import {
  ArticleMetaSchema,
  AuthoritiesSchema,
  CatalogSchema,
  ChannelTableSchema,
  EmergencySchema,
  type Example,
  ExampleSchema,
  IntentCuesSchema,
  MunicipalitySchema,
  StopwordsSchema,
  TopicWordsSchema,
  TextsSchema,
  TopicDataSchema,
} from '../model/content-schema.js';
import type { Article, ContentBundle, ContentError, Topic } from '../model/content-bundle.js';
import { hasOwn } from '../model/own-key.js';
import { crossCheck } from './cross-check.js';

type Errors = ContentError[];

function readText(dir: string, file: string, errors: Errors): string | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) {
    errors.push({ file, field: '(file)', message: 'the file is missing' });
    return undefined;
  }
  return readFileSync(path, 'utf8');
}

function parseYaml(source: string, file: string, errors: Errors, lineOffset = 0): unknown {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = (e.linePos?.[0]?.line ?? 0) + lineOffset;
      errors.push({ file, field: line ? `line ${line}` : '(file)', message: `not valid YAML: ${e.message.split('\n')[0]}` });
    }
    return undefined;
  }
  try {
    // Aliases are never needed in content; a few are allowed, a "billion laughs" is refused.
    return doc.toJS({ maxAliasCount: 20 });
  } catch (e) {
    errors.push({ file, field: '(file)', message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

function validate<S extends v.GenericSchema>(schema: S, data: unknown, file: string, errors: Errors, prefix = ''): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  for (const issue of result.issues) {
    const path = v.getDotPath(issue);
    const field = [prefix, path].filter(Boolean).join('.') || '(top level)';
    const message =
      // A strict object reports an unknown key (expected "never") and a missing one under the same type.
      issue.type === 'strict_object' && issue.kind === 'schema' && issue.expected === 'never'
        ? `unknown field "${String(issue.input)}" (check the spelling)`
        : issue.received === 'undefined'
          ? 'is missing'
          : issue.message;
    errors.push({ file, field, message });
  }
  return undefined;
}

export function readYamlFile<S extends v.GenericSchema>(dir: string, file: string, schema: S, errors: Errors): v.InferOutput<S> | undefined {
  const source = readText(dir, file, errors);
  if (source === undefined) return undefined;
  const data = parseYaml(source, file, errors);
  if (data === undefined) return undefined;
  return validate(schema, data, file, errors);
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function readArticle(dir: string, file: string, errors: Errors): Article | undefined {
  const source = readText(dir, file, errors);
  if (source === undefined) return undefined;
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    errors.push({ file, field: '(front matter)', message: 'the article must start with a front matter block between two --- lines' });
    return undefined;
  }
  const data = parseYaml(match[1]!, file, errors, 1);
  if (data === undefined) return undefined;
  const meta = validate(ArticleMetaSchema, data, file, errors);
  const body = match[2]!.trim();
  if (!body) errors.push({ file, field: '(body)', message: 'the article text after the front matter is empty' });
  return meta && { ...meta, body };
}

function readTopics(dir: string, errors: Errors): Record<string, Topic> {
  const topicsDir = join(dir, 'topics');
  const files = existsSync(topicsDir) ? readdirSync(topicsDir).sort() : [];
  const topics: Record<string, Topic> = {};
  for (const file of files) {
    const rel = `topics/${file}`;
    if (/\.(da|en)\.md$/.test(file)) {
      const id = file.replace(/\.(da|en)\.md$/, '');
      if (!files.includes(`${id}.yaml`)) errors.push({ file: rel, field: '(file)', message: `there is no topics/${id}.yaml for this article` });
      continue;
    }
    if (!file.endsWith('.yaml')) {
      errors.push({ file: rel, field: '(file)', message: 'topics/ holds only <id>.yaml, <id>.da.md and <id>.en.md files' });
      continue;
    }
    const id = basename(file, '.yaml');
    const data = readYamlFile(dir, rel, TopicDataSchema, errors);
    const articles: Partial<Record<(typeof LANGS)[number], Article>> = {};
    for (const lang of LANGS) {
      const article = readArticle(dir, `topics/${id}.${lang}.md`, errors);
      if (article) articles[lang] = article;
    }
    if (data && data.id !== id) errors.push({ file: rel, field: 'id', message: `the id "${data.id}" must match the file name "${id}"` });
    // Only a topic whose id matches its file name enters: a file named "__proto__.yaml" must not reach the object's prototype.
    if (data && data.id === id && articles.da && articles.en) topics[id] = { ...data, articles: { da: articles.da, en: articles.en } } as Topic;
  }
  return topics;
}

function readMunicipalities(dir: string, errors: Errors): ContentBundle['municipalities'] {
  const mdir = join(dir, 'municipalities');
  const out: ContentBundle['municipalities'] = {};
  for (const file of existsSync(mdir) ? readdirSync(mdir).sort() : []) {
    const rel = `municipalities/${file}`;
    if (!file.endsWith('.yaml')) {
      errors.push({ file: rel, field: '(file)', message: 'municipalities/ holds only <slug>.yaml files' });
      continue;
    }
    const m = readYamlFile(dir, rel, MunicipalitySchema, errors);
    const slug = basename(file, '.yaml');
    if (m && m.slug !== slug) errors.push({ file: rel, field: 'slug', message: `the slug "${m.slug}" must match the file name "${slug}"` });
    if (m && m.slug === slug) out[slug] = m;
  }
  if (!hasOwn(out, 'demo')) errors.push({ file: 'municipalities/demo.yaml', field: '(file)', message: 'the demo municipality is required (it is the default)' });
  return out;
}

/** Example conversations, checked with the rest: the Node replay, the browser test and the docs read them from here. */
export function readExamples(dir: string, errors: Errors): Record<string, Example> {
  const edir = join(dir, 'examples');
  const out: Record<string, Example> = {};
  for (const file of existsSync(edir) ? readdirSync(edir).sort() : []) {
    if (!file.endsWith('.yaml')) continue;
    const example = readYamlFile(dir, `examples/${file}`, ExampleSchema, errors);
    if (example) out[basename(file, '.yaml')] = example;
  }
  return out;
}

export interface ReadResult {
  bundle: ContentBundle | undefined;
  errors: ContentError[];
  /** The example conversations, by file name; not part of the bundle (the widget never ships them). */
  examples: Record<string, Example>;
}

/** Reads and checks a content directory. `bundle` is set only when there are no errors. */
export function readContent(dir: string): ReadResult {
  const errors: Errors = [];
  const channelTable = readYamlFile(dir, 'channel-table.yaml', ChannelTableSchema, errors);
  const authorities = readYamlFile(dir, 'authorities.yaml', AuthoritiesSchema, errors);
  const catalog = readYamlFile(dir, 'catalog.yaml', CatalogSchema, errors);
  const intentCues = readYamlFile(dir, 'intent-cues.yaml', IntentCuesSchema, errors);
  const stopwords = readYamlFile(dir, 'stopwords.yaml', StopwordsSchema, errors);
  const topicWords = readYamlFile(dir, 'topic-words.json', TopicWordsSchema, errors);
  const reasons = readYamlFile(dir, 'reasons.yaml', TextsSchema, errors);
  const actionLabels = readYamlFile(dir, 'action-labels.yaml', TextsSchema, errors);
  const emergency = readYamlFile(dir, 'emergency.yaml', EmergencySchema, errors);
  const municipalities = readMunicipalities(dir, errors);
  const topics = readTopics(dir, errors);
  const examples = readExamples(dir, errors);

  if (channelTable && catalog && reasons && actionLabels) crossCheck({ channelTable, catalog, municipalities, topics, reasons, actionLabels, stopwords }, errors);
  // Against the catalog, not the topics read: a topic whose own files have errors is reported there.
  for (const id of Object.keys(topicWords ?? {}))
    if (catalog && !hasOwn(catalog, id)) errors.push({ file: 'topic-words.json', field: id, message: `"${id}" is no topic of the catalog: run npm run train:words` });

  const complete = channelTable && authorities && intentCues && stopwords && topicWords && reasons && actionLabels && emergency;
  const bundle =
    errors.length === 0 && complete
      ? { channelTable, authorities, municipalities, topics, intentCues, stopwords, topicWords, reasons, actionLabels, emergency }
      : undefined;
  return { bundle, errors, examples };
}
