/**
 * Staff guidance in content (issue 17): the shipped guidance, and content:check on copies of the
 * content whose guidance a test writes itself (so these tests hold whoever writes the shipped
 * text), under both settings of MISSING_STAFF_GUIDANCE.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Severity } from '../../src/content/cross-check.js';
import { guidanceLix } from '../../src/content/lix.js';
import { CONTENT_DIR } from '../../src/content/load.js';
import { readContent, type ReadResult } from '../../src/content/read.js';
import type { ContentError } from '../../src/model/content-bundle.js';

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
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return readContent(dir, { missingStaffGuidance });
}

const found = (list: ContentError[], file: string, field: string, message: RegExp) =>
  expect(list.some((e) => e.file === file && e.field === field && message.test(e.message)), JSON.stringify(list, null, 1)).toBe(true);

/** An entry of guidance as a test writes it; `lines` replace or add fields. */
const entry = (intent: string, lines: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    steps: '\n      - Bed borgeren bestille tid.\n      - Gennemgå det, borgeren skal have med.',
    have: '\n      - billedlegitimation',
    pitfalls: '\n      - Borgeren tror, at det kan gøres digitalt.',
    meeting: ' Book et møde i Borgerservice.',
    proxy: ' Det kan ikke gøres med fuldmagt.',
    verify: ' false',
    ...lines,
  };
  return `\n  ${intent}:${Object.entries(fields).map(([k, v]) => `\n    ${k}:${v}`).join('')}`;
};

/** The article's front matter with its `staff:` block (if any) replaced by `block` ('' for none). */
const withStaff = (block: string) => (text: string) => {
  const end = text.indexOf('\n---\n', 4);
  const head = text.slice(0, end).replace(/\nstaff:\n[\s\S]*$/, '');
  return `${head}${block ? `\nstaff:${block}` : ''}${text.slice(end)}`;
};

/** pas has the intents transaction and information. */
const PAS_DA = 'topics/pas.da.md';
const bothEntries = entry('transaction') + entry('information');

describe('the shipped staff guidance', () => {
  const { bundle, errors } = readContent(CONTENT_DIR);

  it.each(['flytning', 'pas', 'sygedagpenge'])('%s has Danish guidance for every intent of the topic, in plain Danish (LIX 40 or below)', (id) => {
    expect(errors).toEqual([]);
    const topic = bundle!.topics[id]!;
    expect(Object.keys(topic.articles.da.staff ?? {}).sort()).toEqual([...topic.intents].sort());
    for (const [intent, e] of Object.entries(topic.articles.da.staff!)) expect(guidanceLix(e), `${id}.${intent}`).toBeLessThanOrEqual(40);
  });
});

describe('a topic without Danish guidance', () => {
  it("is a warning naming its file and the staff field while MISSING_STAFF_GUIDANCE is 'warning'", () => {
    const { bundle, errors, warnings } = read({ [PAS_DA]: withStaff('') });
    expect(errors).toEqual([]);
    expect(bundle).toBeDefined();
    found(warnings, PAS_DA, 'staff', /no staff guidance.*transaction, information/);
  });

  it("is refused once it is 'error'", () => {
    const result = read({ [PAS_DA]: withStaff('') }, 'error');
    expect(result.bundle).toBeUndefined();
    found(result.errors, PAS_DA, 'staff', /no staff guidance/);
  });
});

describe('content:check finds in staff guidance', () => {
  it('nothing wrong in guidance for each intent, in Danish and in English', () => {
    const { errors, bundle } = read({ [PAS_DA]: withStaff(bothEntries), 'topics/pas.en.md': withStaff(bothEntries) });
    expect(errors).toEqual([]);
    expect(Object.keys(bundle!.topics.pas!.articles.en.staff!)).toEqual(['transaction', 'information']);
    expect(bundle!.topics.pas!.articles.da.staff!.information!.verify).toBe(false);
  });

  it("a Danish entry missing for one of the topic's intents: a warning now, an error once the flag is flipped", () => {
    const edit = { [PAS_DA]: withStaff(entry('transaction')) };
    const lenient = read(edit);
    expect(lenient.errors).toEqual([]);
    found(lenient.warnings, PAS_DA, 'staff.information', /has the information intent/);
    found(read(edit, 'error').errors, PAS_DA, 'staff.information', /has the information intent/);
  });

  it('an entry for an intent the topic does not have, whatever the flag says', () => {
    const { errors } = read({ [PAS_DA]: withStaff(bothEntries + entry('relation')) });
    found(errors, PAS_DA, 'staff.relation', /has no relation intent/);
  });

  it('English guidance that leaves out an intent the Danish has', () => {
    const { errors } = read({ [PAS_DA]: withStaff(bothEntries), 'topics/pas.en.md': withStaff(entry('transaction')) });
    found(errors, 'topics/pas.en.md', 'staff.information', /needs an entry/);
  });

  it.each<{ case: string; lines: Record<string, string>; field: string; message: RegExp }>([
    { case: 'a line over 200 characters', lines: { meeting: ` Book et møde. ${'Meget lang. '.repeat(16)}` }, field: 'staff.information.meeting', message: /at most 200 characters/ },
    { case: 'HTML in a line', lines: { steps: '\n      - Vis borgeren <b>siden</b>.\n      - Tjek svaret.' }, field: 'staff.information.steps.0', message: /plain text/ },
    { case: 'a Markdown link in a line', lines: { steps: '\n      - Tjek svaret.\n      - Vis [siden](https://www.borger.dk).' }, field: 'staff.information.steps.1', message: /plain text/ },
    { case: 'a single step', lines: { steps: '\n      - Bed borgeren bestille tid.' }, field: 'staff.information.steps', message: /at least 2/ },
    { case: 'seven steps', lines: { steps: '\n      - Gør det.'.repeat(7) }, field: 'staff.information.steps', message: /at most 6/ },
    { case: 'no pitfalls', lines: { pitfalls: ' []' }, field: 'staff.information.pitfalls', message: /at least 1/ },
    { case: 'six things to have at hand', lines: { have: '\n      - MitID'.repeat(6) }, field: 'staff.information.have', message: /at most 5/ },
    { case: 'an empty proxy', lines: { proxy: ' ""' }, field: 'staff.information.proxy', message: /must not be empty/ },
    { case: 'a misspelt field', lines: { pitfals: '\n      - Borgeren tror noget.' }, field: 'staff.information.pitfals', message: /unknown field "pitfals"/ },
    { case: 'verify that is not true or false', lines: { verify: ' maybe' }, field: 'staff.information.verify', message: /true or false/ },
  ])('$case', ({ lines, field, message }) => {
    const { errors } = read({ [PAS_DA]: withStaff(entry('transaction') + entry('information', lines)) });
    found(errors, PAS_DA, field, message);
  });

  it('a missing field is named as missing', () => {
    const block = entry('transaction') + entry('information').replace(/\n {4}proxy:[^\n]*/, '');
    found(read({ [PAS_DA]: withStaff(block) }).errors, PAS_DA, 'staff.information.proxy', /^is missing$/);
  });
});
