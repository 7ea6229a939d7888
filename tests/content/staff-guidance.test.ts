/**
 * Staff guidance in content (issue 17): the shipped guidance, and content:check on copies of the
 * content with broken guidance, under both settings of MISSING_STAFF_GUIDANCE.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Severity } from '../../src/content/cross-check.js';
import { CONTENT_DIR } from '../../src/content/load.js';
import { readContent, type ReadResult } from '../../src/content/read.js';
import type { ContentError } from '../../src/model/content-bundle.js';
import { guidanceLix } from '../../src/content/lix.js';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the shipped content with `edits` applied (file → new text), read with the given severity. */
function read(edits: Record<string, (text: string) => string>, missingStaffGuidance: Severity = 'warning'): ReadResult {
  const dir = mkdtempSync(join(tmpdir(), 'kanalguide-guidance-'));
  dirs.push(dir);
  cpSync(CONTENT_DIR, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
    writeFileSync(path, after);
  }
  return readContent(dir, { missingStaffGuidance });
}

const found = (list: ContentError[], file: string, field: string, message: RegExp) =>
  expect(list.some((e) => e.file === file && e.field === field && message.test(e.message)), JSON.stringify(list, null, 1)).toBe(true);

/** The front matter's `staff:` block without the entry for `intent`. */
function withoutEntry(text: string, intent: string): string {
  const start = text.indexOf(`\n  ${intent}:\n`, text.indexOf('\nstaff:\n'));
  const rest = text.slice(start + 1);
  const next = rest.search(/\n(?: {2}[a-z]+:\n|---\n)/);
  return text.slice(0, start) + (next < 0 ? '' : rest.slice(next));
}

/** The Danish staff block of a topic, written into its English file (as if translated). */
function staffBlockOf(topic: string): string {
  const da = readFileSync(join(CONTENT_DIR, 'topics', `${topic}.da.md`), 'utf8');
  const start = da.indexOf('\nstaff:\n');
  return da.slice(start, da.indexOf('\n---\n', start));
}
const withEnglishGuidance = (topic: string, block = staffBlockOf(topic)) => (en: string) => en.replace(/\n---\n/, `${block}\n---\n`);

describe('the shipped staff guidance', () => {
  const { bundle, errors, warnings } = readContent(CONTENT_DIR);

  it.each(['flytning', 'pas', 'sygedagpenge'])('%s has Danish guidance for every intent of the topic', (id) => {
    expect(errors).toEqual([]);
    const topic = bundle!.topics[id]!;
    expect(Object.keys(topic.articles.da.staff ?? {}).sort()).toEqual([...topic.intents].sort());
    for (const entry of Object.values(topic.articles.da.staff!)) {
      expect(entry.steps.length).toBeGreaterThanOrEqual(2);
      expect(entry.pitfalls.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('is written in plain Danish: each entry at LIX 40 or below', () => {
    for (const id of ['flytning', 'pas', 'sygedagpenge'])
      for (const [intent, e] of Object.entries(bundle!.topics[id]!.articles.da.staff!)) {
        expect(guidanceLix(e), `${id}.${intent}`).toBeLessThanOrEqual(40);
      }
  });

  it('a topic without Danish guidance is reported as a warning naming its file and the staff field, not refused', () => {
    found(warnings, 'topics/affald.da.md', 'staff', /no staff guidance.*intents/);
    expect(warnings.some((w) => w.file === 'topics/pas.da.md')).toBe(false);
  });

  it("with MISSING_STAFF_GUIDANCE at 'error', the same topic is refused", () => {
    const result = readContent(CONTENT_DIR, { missingStaffGuidance: 'error' });
    expect(result.bundle).toBeUndefined();
    found(result.errors, 'topics/affald.da.md', 'staff', /no staff guidance/);
    expect(result.warnings).toEqual([]);
  });
});

describe('content:check finds in staff guidance', () => {
  it('a Danish entry missing for one of the topic\'s intents: a warning now, an error once the flag is flipped', () => {
    const edit = { 'topics/pas.da.md': (t: string) => withoutEntry(t, 'information') };
    const lenient = read(edit);
    expect(lenient.errors).toEqual([]);
    found(lenient.warnings, 'topics/pas.da.md', 'staff.information', /has the information intent/);
    const strict = read(edit, 'error');
    found(strict.errors, 'topics/pas.da.md', 'staff.information', /has the information intent/);
  });

  it('an entry for an intent the topic does not have, whatever the flag says', () => {
    const { errors } = read({ 'topics/pas.da.md': (t) => t.replace('\n  information:\n    steps:', '\n  relation:\n    steps:') });
    found(errors, 'topics/pas.da.md', 'staff.relation', /has no relation intent/);
  });

  it('English guidance that leaves out an intent the Danish has', () => {
    const { errors } = read({ 'topics/pas.en.md': withEnglishGuidance('pas', withoutEntry(staffBlockOf('pas'), 'information')) });
    found(errors, 'topics/pas.en.md', 'staff.information', /needs an entry/);
  });

  it('nothing when the English guidance covers the same intents', () => {
    const { errors, bundle } = read({ 'topics/pas.en.md': withEnglishGuidance('pas') });
    expect(errors).toEqual([]);
    expect(Object.keys(bundle!.topics.pas!.articles.en.staff!)).toEqual(['transaction', 'information']);
  });

  it.each([
    { case: 'a line over 200 characters', edit: (t: string) => t.replace('Book tiden sammen med borgeren.', `Book tiden sammen med borgeren. ${'Meget lang. '.repeat(16)}`), field: 'staff.transaction.meeting', message: /at most 200 characters/ },
    { case: 'HTML in a line', edit: (t: string) => t.replace('Vis borgeren siden om pas på borger.dk.', 'Vis borgeren <b>siden</b> om pas.'), field: 'staff.information.steps.0', message: /plain text/ },
    { case: 'a Markdown link in a line', edit: (t: string) => t.replace('Vis borgeren siden om pas på borger.dk.', 'Vis [siden](https://www.borger.dk).'), field: 'staff.information.steps.0', message: /plain text/ },
    { case: 'a single step', edit: (t: string) => t.replace(/\n {6}- Skal borgeren rejse meget snart[^\n]*\n {6}- Er passet mistet[^\n]*|\n {6}- Er passet mistet[^\n]*\n {6}- Skal borgeren rejse meget snart[^\n]*\n {6}- Oplys kommunens[^\n]*/, ''), field: 'staff.information.steps', message: /at least 2/ },
    { case: 'no pitfalls', edit: (t: string) => t.replace(/\n {4}pitfalls:\n {6}- Borgeren tror, at et pas[^\n]*\n {6}- Borgeren regner[^\n]*/, '\n    pitfalls: []'), field: 'staff.information.pitfalls', message: /at least 1/ },
    { case: 'a missing proxy', edit: (t: string) => t.replace(/\n {4}proxy: Pas kan ikke[^\n]*/, ''), field: 'staff.transaction.proxy', message: /is missing/ },
    { case: 'a misspelt field', edit: (t: string) => t.replace('    pitfalls:\n      - Borgeren tror, at pas', '    pitfals:\n      - Borgeren tror, at pas'), field: 'staff.transaction.pitfals', message: /unknown field "pitfals"/ },
    { case: 'verify that is not true or false', edit: (t: string) => t.replace('    verify: true\n  information:', '    verify: maybe\n  information:'), field: 'staff.transaction.verify', message: /true or false/ },
  ])('$case', ({ edit, field, message }) => {
    const { errors } = read({ 'topics/pas.da.md': edit });
    found(errors, 'topics/pas.da.md', field, message);
  });
});
