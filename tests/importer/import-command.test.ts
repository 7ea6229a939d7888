/**
 * `npm run import:borgerdk` end to end: the real command, as a process, against our fake export
 * on loopback, writing into a scratch folder. What a municipality's editor sees: the content,
 * the report, the exit code, and that a bad day never costs the last good import.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readRelease } from '../../src/content/imported.js';
import type { ImportReport } from '../../src/importer/import.js';
import type { ImportedArticle } from '../../src/model/imported-article.js';
import { type Behaviour, type FakeArticle, type FakeExport, startFakeExport } from './support/fake-export.js';
import { HAVEAFFALD, HOSTILE, MALFORMED, syntheticArticles } from './support/fixtures.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** One process (node with tsx's loader), so that killing it kills the import, not a wrapper. */
const NODE = [process.execPath, '--import', 'tsx', 'src/importer/cli.ts'] as const;
const scratch = mkdtempSync(join(tmpdir(), 'kanalguide-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let fake: FakeExport | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function serve(articles: FakeArticle[], behaviour: Behaviour = {}): Promise<FakeExport> {
  fake = await startFakeExport(articles, behaviour);
  return fake;
}

let outs = 0;
const newOut = () => join(scratch, `out-${++outs}`);

interface Run {
  code: number;
  out: string;
  err: string;
}

/** One run of the command (asynchronous: the fake answers from this same process). */
function importer(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(NODE[0], [...NODE.slice(1), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, out: stdout, err: stderr });
    });
  });
}

const run = (out: string, ...args: string[]) => importer(['--municipality', 'aarhus', '--endpoint', fake!.url, '--out', out, '--backoff-ms', '10', ...args]);

function article(out: string, id: number): ImportedArticle {
  return JSON.parse(readFileSync(join(out, 'current', 'articles', `${id}.json`), 'utf8')) as ImportedArticle;
}

function lastReport(out: string): ImportReport {
  const files = readdirSync(join(out, 'reports')).sort();
  return JSON.parse(readFileSync(join(out, 'reports', files[files.length - 1]!), 'utf8')) as ImportReport;
}

const current = (out: string) => readlinkSync(join(out, 'current'));

describe('importing borger.dk articles for a municipality', () => {
  it('imports every article: summary, sections, self-service actions, source and the municipality’s own addition', async () => {
    await serve([HAVEAFFALD]);
    const out = newOut();
    const result = await run(out, '--all');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('imported: 1 articles for aarhus (da, municipality code 751)');
    const a = article(out, 1001);
    expect(a).toMatchObject({
      id: 'borgerdk-1001',
      lang: 'da',
      title: 'Tilmeld haveaffald',
      summary: 'Du kan få hentet haveaffald ved dit hus. Du tilmelder dig hos kommunen.',
      keywords: ['Affald', 'Haveaffald'],
      authorityName: 'Kommunernes Landsforening',
      updated: '2026-10-01T09:30:00',
      source: { articleId: 1001, url: 'https://www.borger.dk/bolig-og-flytning/haveaffald', domain: 'www.borger.dk', municipalityCode: 751 },
      actions: [
        { selfserviceId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', label: 'Tilmeld haveaffald', href: expect.stringMatching(/^https:\/\/www\.borger\.dk\/handlingsside\?selfserviceId=1b4e28ba/) },
      ],
    });
    expect(a.sections.map((s) => s.title)).toEqual(['Lokal information', 'Hvornår bliver det hentet', 'Hvad koster det']);
    expect(a.sections[1]!.blocks).toEqual([
      { type: 'paragraph', parts: [{ text: 'Haveaffald hentes hver anden uge fra april til november.' }] },
      { type: 'heading', text: 'Sådan gør du' },
      { type: 'list', ordered: false, items: [[{ text: 'Læg affaldet i en sæk.' }], [{ text: 'Stil sækken ved vejen.' }]] },
    ]);
    expect(a.sections[2]!.blocks[0]).toEqual({ type: 'paragraph', parts: [{ text: 'Prisen står på ' }, { text: 'kommunens side', href: 'https://kommune.example/affald' }, { text: '.' }] });
    expect(fake!.requests.map((r) => r.op)).toEqual(['GetAllArticles', 'GetArticlesByIDs']);
    expect(fake!.requests[1]).toMatchObject({ ids: [1001], municipalityCode: 751 });
    expect(lastReport(out)).toMatchObject({ switched: true, added: [{ id: 1001, title: 'Tilmeld haveaffald' }], changed: [], removed: [], missing: [], failed: [] });
  });

  it('cuts hostile HTML to text and https: links: no script, handler, frame, javascript:, data: or credentials survive', async () => {
    await serve([HOSTILE]);
    const out = newOut();
    expect((await run(out, '--ids', '1002')).code).toBe(0);
    const a = article(out, 1002);
    const json = JSON.stringify(a);
    for (const bad of [
      '<script',
      'script>',
      'steal',
      'onclick',
      'onerror',
      'onmouseover',
      'javascript',
      'data:',
      'evil.example',
      'iframe',
      'Ramme-tekst',
      'display: none',
      'color:red',
      'user:pw',
      '\u00a0',
      'http://',
      '&#',
    ])
      expect(json, bad).not.toContain(bad);
    expect(a.title).toBe('Fællesbørn & samvær');
    expect(a.summary).toBe('Sådan aftaler I samvær om jeres barn.');
    expect(a.source.url).toBe('https://www.borger.dk/familie/samvaer');
    // The http: self-service link is upgraded; the javascript: one is dropped.
    expect(a.actions).toEqual([
      { selfserviceId: '2c4e28ba-2fa1-11d2-883f-0016d3cca427', label: 'Søg om samvær', href: 'https://www.borger.dk/handlingsside?selfserviceId=2c4e28ba-2fa1-11d2-883f-0016d3cca427' },
    ]);
    const section = a.sections.find((s) => s.title === 'Aftal samvær')!;
    expect(section.blocks).toEqual([
      { type: 'paragraph', parts: [{ text: 'I kan aftale samvær selv. Læs mere her.' }] },
      { type: 'paragraph', parts: [{ text: 'Se ' }, { text: 'Familieretshuset', href: 'https://familieretshuset.example/samvaer' }, { text: ' og denne side.' }] },
      { type: 'paragraph', parts: [{ text: 'snydelink protokol-løs' }] },
      // Entities decoded to the characters they stand for: text, never markup.
      { type: 'paragraph', parts: [{ text: 'Tegn: <b> er ikke fed & "citat"' }] },
    ]);
    expect(a.sections.map((s) => s.title)).toContain('Hvad siger loven');
  });

  it('names a refused article, fetches the rest, exits 1 and keeps the last good content', async () => {
    await serve([HAVEAFFALD, HOSTILE]);
    const out = newOut();
    expect((await run(out, '--all')).code).toBe(0);
    const good = current(out);
    fake!.articles.set(1001, { ...HAVEAFFALD, title: 'Tilmeld haveaffald nu', lastUpdated: '2026-11-01T08:00:00' });
    fake!.articles.set(1002, { ...HOSTILE, lastUpdated: '2026-11-02T08:00:00' });
    fake!.behaviour.faultIds = new Set([1002]);
    const result = await run(out, '--all');
    expect(result.code).toBe(1);
    expect(result.err).toContain('NOT switched');
    expect(result.err).toContain('failed (article 1002): article 1002: SOAP fault s:Client: Artiklen 1002 kan ikke eksporteres');
    expect(result.err).toContain('the last good content stays in place');
    expect(current(out)).toBe(good);
    expect(article(out, 1001).title).toBe('Tilmeld haveaffald');
    // The batch was refused whole; each article was then asked for alone, so 1001 still came.
    expect(
      fake!.requests
        .filter((r) => r.op === 'GetArticleByID')
        .map((r) => r.ids[0])
        .sort(),
    ).toEqual([1001, 1002]);
    expect(lastReport(out)).toMatchObject({ switched: false, changed: [{ id: 1001, title: 'Tilmeld haveaffald nu' }] });
    expect(readdirSync(out).filter((n) => n.startsWith('.staging'))).toEqual([]);
  });

  it('names a malformed article and does not switch', async () => {
    await serve([HAVEAFFALD, MALFORMED]);
    const out = newOut();
    const result = await run(out, '--all');
    expect(result.code).toBe(1);
    expect(result.err).toContain('LastUpdated "i går" is not a date and time');
    expect(lastReport(out).failed).toEqual(expect.arrayContaining([expect.objectContaining({ id: 1003 })]));
    expect(existsSync(join(out, 'current'))).toBe(false);
  });

  it('reports ids asked for that did not come back, by id', async () => {
    await serve([HAVEAFFALD]);
    const out = newOut();
    const result = await run(out, '--ids', '1001,4242');
    expect(result.code).toBe(1);
    expect(result.err).toContain('asked for and not returned: 4242');
    expect(lastReport(out).missing).toEqual([4242]);
  });

  it('tries a busy service again with growing waits, and imports', async () => {
    await serve([HAVEAFFALD], { unavailable: 2 });
    const out = newOut();
    expect((await run(out, '--all', '--retries', '3')).code).toBe(0);
    expect(fake!.requests.map((r) => r.op)).toEqual(['GetAllArticles', 'GetAllArticles', 'GetAllArticles', 'GetArticlesByIDs']);
  });

  it('gives up on a service that does not answer, within its timeout, and loses nothing', async () => {
    await serve([HAVEAFFALD, HOSTILE]);
    const out = newOut();
    expect((await run(out, '--all')).code).toBe(0);
    const good = current(out);
    fake!.articles.set(1002, { ...HOSTILE, lastUpdated: '2026-12-01T08:00:00' });
    fake!.behaviour.hangIds = new Set([1002]);
    const result = await run(out, '--all', '--timeout', '0.3', '--retries', '1');
    expect(result.code).toBe(1);
    expect(result.err).toContain('failed (article 1002): article 1002: GetArticleByID: no answer within 0.3 s');
    expect(current(out)).toBe(good);
    expect(article(out, 1002).updated).toBe('2026-10-02T10:00:00');
  });

  it('says so when the service cannot be reached at all', async () => {
    await serve([]);
    const url = fake!.url;
    await fake!.close();
    fake = undefined;
    const out = newOut();
    const result = await importer(['--municipality', 'aarhus', '--all', '--endpoint', url, '--out', out, '--retries', '1', '--backoff-ms', '10']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/the article list could not be fetched: GetAllArticles: the service could not be reached \(ECONNREFUSED\)/);
  });

  it('refuses an answer over the message cap, by name, and loses nothing', async () => {
    await serve([HAVEAFFALD]);
    const out = newOut();
    const result = await run(out, '--all', '--max-message-mb', '0.001');
    expect(result.code).toBe(1);
    // The list fits in 1 KB; the article does not, and is named.
    expect(result.err).toMatch(/failed \(article 1001\): article 1001: GetArticleByID: the answer is \d+ bytes, over the 1 KB cap \(--max-message-mb\)/);
    expect(existsSync(join(out, 'current'))).toBe(false);
  });

  it('re-imports incrementally: fetches only what changed and reports added, changed and removed', async () => {
    const [a, b, c] = syntheticArticles(3, 7);
    await serve([a!, b!, c!]);
    const out = newOut();
    expect((await run(out, '--all')).code).toBe(0);
    const first = current(out);
    const d = syntheticArticles(1, 8, 900_000)[0]!;
    fake!.articles.set(b!.id, { ...b!, title: `${b!.title} (ny)`, lastUpdated: '2026-12-01T12:00:00' });
    fake!.articles.delete(c!.id);
    fake!.articles.set(d.id, d);
    fake!.requests.length = 0;
    const result = await run(out, '--all');
    expect(result.code).toBe(0);
    expect(result.out).toContain('added 1, changed 1, removed 1, unchanged 1');
    expect(fake!.requests).toEqual([
      { op: 'GetAllArticles', ids: [] },
      { op: 'GetArticlesByIDs', ids: [b!.id, d.id], municipalityCode: 751 },
    ]);
    expect(current(out)).not.toBe(first);
    expect(lastReport(out)).toMatchObject({
      added: [{ id: d.id }],
      changed: [{ id: b!.id, before: b!.lastUpdated, after: '2026-12-01T12:00:00' }],
      removed: [{ id: c!.id, title: c!.title }],
      unchanged: 1,
    });
    expect(existsSync(join(out, 'current', 'articles', `${c!.id}.json`))).toBe(false);
    expect(article(out, a!.id).title).toBe(a!.title);
  });

  it('asks for hand-picked ids again with updatedAfter, so only changed articles travel', async () => {
    await serve([HAVEAFFALD, HOSTILE]);
    const out = newOut();
    expect((await run(out, '--ids', '1001,1002')).code).toBe(0);
    fake!.articles.set(1002, { ...HOSTILE, lastUpdated: '2026-12-03T07:00:00' });
    fake!.requests.length = 0;
    const result = await run(out, '--ids', '1001,1002');
    expect(result.code).toBe(0);
    expect(fake!.requests).toEqual([{ op: 'GetArticlesByIDs', ids: [1001, 1002], updatedAfter: '2026-10-01T09:30:00', municipalityCode: 751 }]);
    expect(lastReport(out)).toMatchObject({ changed: [{ id: 1002, after: '2026-12-03T07:00:00' }], unchanged: 1 });
  });

  it('survives being killed mid-import: the current content stays, the next import clears the leftovers', async () => {
    await serve(syntheticArticles(40, 3), { delayMs: 400 });
    const out = newOut();
    expect((await run(out, '--all', '--concurrency', '8')).code).toBe(0);
    const good = current(out);
    for (const x of fake!.articles.values()) fake!.articles.set(x.id, { ...x, lastUpdated: '2026-12-04T00:00:00' });
    fake!.requests.length = 0;
    const child: ChildProcess = spawn(NODE[0], [...NODE.slice(1), '--municipality', 'aarhus', '--all', '--endpoint', fake!.url, '--out', out, '--concurrency', '1'], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise((r) => child.on('exit', r));
    // Killed once it is fetching articles: its staging folder is there and `current` has not moved.
    for (let i = 0; i < 200 && !fake!.requests.some((r) => r.op === 'GetArticlesByIDs'); i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await exited;
    expect(readdirSync(out).some((n) => n.startsWith('.staging-'))).toBe(true);
    expect(current(out)).toBe(good);
    expect(readRelease(join(out, 'current'), new Set()).errors).toEqual([]);
    fake!.behaviour.delayMs = 0;
    expect((await run(out, '--all')).code).toBe(0);
    expect(readdirSync(out).some((n) => n.startsWith('.staging-'))).toBe(false);
    expect(lastReport(out).changed).toHaveLength(40);
  });

  it('refuses a wrong command before fetching anything', async () => {
    expect(await importer(['--all'])).toMatchObject({ code: 2, err: expect.stringContaining('--municipality <slug> is required') });
    expect(await importer(['--municipality', 'aarhus'])).toMatchObject({ code: 2, err: expect.stringContaining('give either --ids 1,2,3 or --all') });
    expect(await importer(['--municipality', 'aarhus', '--ids', '12,abc'])).toMatchObject({ code: 2, err: expect.stringContaining('not ids: abc') });
    expect(await importer(['--municipality', 'aarhus', '--all', '--lang', 'de'])).toMatchObject({ code: 2, err: expect.stringContaining('--lang must be da or en') });
    expect(await importer(['--municipality', 'aarhus', '--all', '--endpoint', 'http://borger.example/svc'])).toMatchObject({ code: 2, err: expect.stringContaining('must be https:') });
    expect(await importer(['--municipality', 'gotham', '--all', '--out', newOut()])).toMatchObject({
      code: 2,
      err: expect.stringContaining('municipalities/gotham.yaml: (file): the file is missing'),
    });
  });
});
