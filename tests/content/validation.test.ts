/** content:check on the shipped content and on deliberately broken copies of it. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../src/content/load.js';
import { readContent } from '../../src/content/read.js';
import type { ContentError } from '../../src/model/content-bundle.js';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the shipped content with `edits` applied: file → new text (null deletes it). */
function broken(edits: Record<string, (text: string) => string | null>): ContentError[] {
  const dir = mkdtempSync(join(tmpdir(), 'kanalguide-content-'));
  dirs.push(dir);
  cpSync(CONTENT_DIR, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const next = edit(readFileSync(path, 'utf8'));
    if (next === null) unlinkSync(path);
    else writeFileSync(path, next);
  }
  const { bundle, errors } = readContent(dir);
  expect(bundle).toBeUndefined();
  return errors;
}

const has = (errors: ContentError[], file: string, field: RegExp | string, message: RegExp) =>
  expect(errors.some((e) => e.file === file && (typeof field === 'string' ? e.field === field : field.test(e.field)) && message.test(e.message)), JSON.stringify(errors, null, 1)).toBe(true);

describe('the shipped content', () => {
  it('passes, with all 62 catalog topics in Danish and English', () => {
    const { bundle, errors } = readContent(CONTENT_DIR);
    expect(errors).toEqual([]);
    expect(Object.keys(bundle!.topics)).toHaveLength(62);
    for (const t of Object.values(bundle!.topics)) {
      expect(t.articles.da.title).not.toBe('');
      expect(t.articles.en.title).not.toBe('');
    }
  });

  it('links only to https: addresses and tel: numbers', () => {
    const urls: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') {
        if (/^[a-z][a-z0-9+.-]*:\S*$/i.test(value)) urls.push(value);
      } else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
    };
    walk(readContent(CONTENT_DIR).bundle);
    expect(urls.length).toBeGreaterThan(100);
    for (const url of urls) expect(url).toMatch(/^(https:\/\/|tel:)/);
  });
});

describe('content:check finds', () => {
  it('a missing language', () => {
    has(broken({ 'topics/pas.en.md': () => null }), 'topics/pas.en.md', '(file)', /missing/);
  });

  it('an unknown channel in the channel table', () => {
    has(broken({ 'channel-table.yaml': (t) => t.replace('primary: [web]', 'primary: [fax]') }), 'channel-table.yaml', 'information.primary.0', /channel must be one of/);
  });

  it('an unwanted channel as primary', () => {
    has(broken({ 'channel-table.yaml': (t) => t.replace('primary: [selfservice]', 'primary: [selfservice, letter]') }), 'channel-table.yaml', 'transaction.primary', /never be a primary/);
    has(
      broken({ 'municipalities/aarhus.yaml': (t) => `${t}\nchannelTable:\n  information: {primary: [phone], unwanted: [phone]}\n` }),
      'municipalities/aarhus.yaml',
      'channelTable.information.primary',
      /both a primary and an unwanted/,
    );
  });

  it('a link that is not https:, including a javascript: link from a municipality', () => {
    has(broken({ 'topics/flytning.yaml': (t) => t.replace('https://www.borger.dk/bolig-og-flytning/flytning"', 'http://www.borger.dk/flytning"') }), 'topics/flytning.yaml', /^channels\.web/, /https/);
    has(
      broken({ 'municipalities/demo.yaml': (t) => t.replace('booking: https://kanalby.example/borgerservice/bestil-tid', 'booking: "javascript:alert(1)"') }),
      'municipalities/demo.yaml',
      /^borgerservice\.booking/,
      /https/,
    );
  });

  it('an unknown topic id', () => {
    has(broken({ 'topics/pas.yaml': (t) => t.replace('related: [id-kort, borgerservice]', 'related: [id-kort, passport-office]') }), 'topics/pas.yaml', 'related', /not a known topic/);
    has(broken({ 'municipalities/demo.yaml': (t) => `${t}\ntopics:\n  storskrald-typo: {selfservice: https://kanalby.example/storskrald}\n` }), 'municipalities/demo.yaml', 'topics.storskrald-typo', /not a known topic/);
  });

  it('malformed YAML, with the line', () => {
    has(broken({ 'topics/affald.yaml': (t) => `${t}\nchannels: [unclosed\n` }), 'topics/affald.yaml', /^(line \d+|\(file\))$/, /not valid YAML/);
    has(broken({ 'topics/affald.da.md': (t) => t.replace('---\n', '---\ntitle: [oops\n') }), 'topics/affald.da.md', /^line \d+$/, /not valid YAML/);
  });

  it('a misspelt field name and a catalog topic without content', () => {
    const errors = broken({ 'topics/rotter.da.md': (t) => t.replace('summary:', 'sumary:'), 'topics/valg.yaml': () => null });
    has(errors, 'topics/rotter.da.md', 'sumary', /unknown field/);
    has(errors, 'topics/valg.yaml', '(file)', /catalog topic "valg" has no content/);
  });

  it('a neighbouring service (unlike) that is also one of the topic\'s own terms', () => {
    const errors = broken({ 'topics/folkepension.da.md': (t) => t.replace('unlike:\n', 'unlike:\n  - folkepension\n') });
    has(errors, 'topics/folkepension.da.md', 'unlike', /"folkepension" is also one of the topic's terms/);
  });

  it('a case-status topic that does not exist or has no inquiry about one\'s own case', () => {
    has(broken({ 'stopwords.yaml': (t) => t.replace('topic: sagsstatus', 'topic: rotter') }), 'stopwords.yaml', 'caseStatus.topic', /interaction intent/);
    has(broken({ 'stopwords.yaml': (t) => t.replace('topic: sagsstatus', 'topic: nothing-here') }), 'stopwords.yaml', 'caseStatus.topic', /known topic/);
  });

  it('a word listed twice in stopwords.yaml, or as both a stop word and a generic word', () => {
    has(broken({ 'stopwords.yaml': (t) => t.replace('generic:\n  da: [hjælp,', 'generic:\n  da: [hjælp, hjælp,') }), 'stopwords.yaml', 'generic.da', /"hjælp" is listed twice/);
    has(broken({ 'stopwords.yaml': (t) => t.replace('generic:\n  da: [hjælp,', 'generic:\n  da: [og, hjælp,') }), 'stopwords.yaml', 'generic.da', /"og" is a stop word already/);
  });

  it('learned topic words for a topic that does not exist', () => {
    has(broken({ 'topic-words.json': (t) => t.replace('{', '{"nothing-here": {"da": [], "en": []},') }), 'topic-words.json', 'nothing-here', /is no topic of the catalog: run npm run train:words/);
  });

  it('a Danish summary in heavy language (LIX above 35)', () => {
    const heavy = 'summary: Ansøgningsprocedurerne vedrørende pasudstedelse forudsætter personligt fremmøde kombineret med biometrisk registrering.';
    has(broken({ 'topics/pas.da.md': (t) => t.replace(/^summary: .*$/m, heavy) }), 'topics/pas.da.md', 'summary', /LIX \d+ is above 35/);
  });

  it('an origin with a path, or over http:', () => {
    const errors = broken({ 'municipalities/demo.yaml': (t) => t.replace('origins: ["https://kanalby.example"]', 'origins: ["https://kanalby.example/", "http://kanalby.example"]') });
    has(errors, 'municipalities/demo.yaml', 'origins.0', /no path or slash at the end/);
    has(errors, 'municipalities/demo.yaml', 'origins.1', /must be https:\/\//);
  });

    it('a theme colour too light for white text', () => {
    has(broken({ 'municipalities/demo.yaml': (t) => t.replace('theme: {primary: "#44831E"}', 'theme: {primary: "#7FBF3F"}') }), 'municipalities/demo.yaml', 'theme.primary', /contrast .*4\.5:1/);
  });

  it('every problem at once, not just the first', () => {
    const errors = broken({
      'topics/pas.en.md': () => null,
      'channel-table.yaml': (t) => t.replace('primary: [web]', 'primary: [fax]'),
      'topics/rotter.yaml': (t) => t.replace('authority: kommune', 'authority: kommunen'),
    });
    expect(new Set(errors.map((e) => e.file))).toEqual(new Set(['topics/pas.en.md', 'channel-table.yaml', 'topics/rotter.yaml']));
  });
});

describe('content:check on hostile content', () => {
  it('a YAML alias bomb is listed as an error while the rest is still checked', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]'].join('\n');
    const errors = broken({ 'stopwords.yaml': () => bomb, 'topics/rotter.da.md': (t) => t.replace('summary:', 'sumary:') });
    has(errors, 'stopwords.yaml', '(file)', /not valid YAML: .*alias/i);
    has(errors, 'topics/rotter.da.md', 'sumary', /unknown field/);
  });

  it('a link with a user name before the host, or with quote characters', () => {
    has(
      broken({ 'municipalities/demo.yaml': (t) => t.replace('booking: https://kanalby.example/borgerservice/bestil-tid', 'booking: https://kanalby.example@evil.example/bestil-tid') }),
      'municipalities/demo.yaml',
      /^borgerservice\.booking/,
      /user name or password/,
    );
    has(
      broken({ 'municipalities/demo.yaml': (t) => t.replace('booking: https://kanalby.example/borgerservice/bestil-tid', `booking: 'https://kanalby.example/"onmouseover="x'`) }),
      'municipalities/demo.yaml',
      /^borgerservice\.booking/,
      /quotes/,
    );
  });

  it('names every object has ("toString", "constructor") are no known topic ids', () => {
    has(broken({ 'municipalities/demo.yaml': (t) => `${t}\ntopics:\n  toString: {selfservice: https://kanalby.example/x}\n` }), 'municipalities/demo.yaml', 'topics.toString', /not a known topic/);
    has(broken({ 'topics/pas.yaml': (t) => t.replace('related: [id-kort, borgerservice]', 'related: [id-kort, constructor]') }), 'topics/pas.yaml', 'related', /"constructor" is not a known topic/);
  });
});

describe('npm run content:check', () => {
  it('exits 1 and prints file: field: message for broken content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kanalguide-content-'));
    dirs.push(dir);
    cpSync(CONTENT_DIR, dir, { recursive: true });
    unlinkSync(join(dir, 'topics/pas.da.md'));
    let out = '';
    let code = 0;
    try {
      execFileSync('npx', ['tsx', 'src/content/check.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      code = err.status;
      out = err.stderr;
    }
    expect(code).toBe(1);
    expect(out).toMatch(/topics\/pas\.da\.md: \(file\): the file is missing/);
  });
});
