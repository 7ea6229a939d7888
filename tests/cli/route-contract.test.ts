/**
 * The route CLI's --jsonl contract: one line out per line in. The command runs in-process with
 * its own streams (a spawned process costs seconds of the suite each); one smoke test at the end
 * runs the real process, for what only it has: the exit code and the process's own streams.
 */
import { spawnSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runRoute } from '../../src/cli/route-command.js';
import { readJsonl } from '../../src/eval/eval-sets.js';
import { shippedRouter } from '../support/content.js';

/** Runs `route …args` in-process with `input` on stdin; what it wrote, and its exit code. */
async function route(args: string[], input = ''): Promise<{ status: number; stdout: string; stderr: string }> {
  const collect = () => {
    const stream = new PassThrough();
    const chunks: string[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    return { stream, text: () => chunks.join('') };
  };
  const stdout = collect();
  const stderr = collect();
  const status = await runRoute(args, { stdin: Readable.from([input]), stdout: stdout.stream, stderr: stderr.stream }, shippedRouter);
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

async function runJsonl(input: string[]): Promise<{ out: Array<Record<string, unknown>>; status: number; stderr: string }> {
  const r = await route(['--jsonl'], `${input.join('\n')}\n`);
  return { out: lines(r.stdout), status: r.status, stderr: r.stderr };
}

const INTENTS = ['information', 'interaction', 'transaction', 'relation', null];
const CHANNELS = ['web', 'selfservice', 'minside', 'digitalpost', 'phone', 'assisted', 'meeting', 'emergency'];

function checkAnswer(a: Record<string, unknown>) {
  expect(typeof a.q).toBe('string');
  expect(typeof a.urgent).toBe('boolean');
  expect(typeof a.caution).toBe('boolean');
  if (a.urgent) expect(a.caution).toBe(false);
  const topics = a.topics as Array<{ id: string; score: number }>;
  expect(topics.length).toBeLessThanOrEqual(5);
  for (const t of topics) {
    expect(typeof t.id).toBe('string');
    expect(t.score).toBeGreaterThan(0);
    expect(t.score).toBeLessThanOrEqual(1);
  }
  for (let i = 1; i < topics.length; i++) expect(topics[i - 1]!.score).toBeGreaterThanOrEqual(topics[i]!.score);
  expect(INTENTS).toContain(a.intent);
  const r = a.recommendation as Record<string, unknown> | null;
  if (topics.length === 0 && !a.urgent) expect(r).toBeNull();
  if (r) {
    expect(CHANNELS).toContain(r.channel);
    const action = r.action as { kind: string; href: string; label: string };
    expect(action.href).toMatch(/^(https:|tel:)/);
    expect(['link', 'phone', 'booking']).toContain(action.kind);
    expect(Object.keys(r).sort()).toEqual(['action', 'alternatives', 'authority', 'channel', 'intent', 'open', 'opensAt', 'reason', 'topic'].sort());
  }
}

describe('route --jsonl', () => {
  it('answers all the dev queries in one batch run, one line each, in order', async () => {
    const queries = readJsonl<{ q: string; lang: string }>('queries-dev.jsonl');
    const { out, status } = await runJsonl(queries.map((q) => JSON.stringify({ q: q.q, lang: q.lang })));
    expect(status).toBe(0);
    expect(out).toHaveLength(queries.length);
    out.forEach((a, i) => {
      expect(a.q).toBe(queries[i]!.q);
      checkAnswer(a);
    });
  });

  it('answers a bad line with an error at its own position, answers the rest and exits non-zero', async () => {
    const lines = [
      '{"q": "pas"}',
      'this is not json',
      '{"q": 42}',
      '{"q": "pas", "municipality": "atlantis"}',
      '{"q": "pas", "now": "tomorrow morning"}',
      '{"q": "", "topic": "no-such-topic"}',
      '{"q": "", "topic": "pas", "intent": "gossip"}',
      '{"q": "", "topic": "ehic", "intent": "relation"}',
      '{"q": "pas", "canUseDigital": "yes"}',
      '[1, 2, 3]',
      '{"q": "nyt pas", "lang": "da", "municipality": "aarhus", "now": "2026-12-01T10:30:00+01:00"}',
    ];
    const { out, status } = await runJsonl(lines);
    expect(status).not.toBe(0);
    expect(out).toHaveLength(lines.length);
    const errorAt = (n: number) => out[n - 1] as { error?: string; line?: number };
    checkAnswer(out[0]!);
    expect(errorAt(2)).toEqual({ error: expect.stringMatching(/not valid JSON/), line: 2 });
    expect(errorAt(3).error).toMatch(/"q"/);
    expect(errorAt(4).error).toMatch(/"municipality".*atlantis/);
    expect(errorAt(5).error).toMatch(/"now"/);
    expect(errorAt(6).error).toMatch(/"topic".*no-such-topic/);
    expect(errorAt(7).error).toMatch(/"intent"/);
    expect(errorAt(8).error).toMatch(/"intent".*ehic/);
    expect(errorAt(9).error).toMatch(/"canUseDigital"/);
    expect(errorAt(10).error).toMatch(/JSON object/);
    for (let n = 2; n <= 10; n++) expect(errorAt(n).line).toBe(n);
    checkAnswer(out[10]!);
    expect((out[10]!.recommendation as { channel: string }).channel).toBe('meeting');
  });

  it('answers names every object inherits ("constructor", "__proto__", "hasOwnProperty") as unknown, and every line after them', async () => {
    const lines = [
      '{"q":"pas"}',
      '{"q":"x","topic":"constructor","intent":"information"}',
      '{"q":"pas"}',
      '{"q":"hej","municipality":"hasOwnProperty"}',
      '{"q":"","topic":"__proto__"}',
      '{"q":"","topic":"toString"}',
      '{"q":"pas","municipality":"constructor","intent":"information"}',
      '{"q":"pas"}',
    ];
    const { out, status } = await runJsonl(lines);
    expect(out).toHaveLength(lines.length);
    expect(status).toBe(1);
    checkAnswer(out[0]!);
    expect(out[1]).toEqual({ error: expect.stringMatching(/"topic": unknown topic "constructor"/), line: 2 });
    checkAnswer(out[2]!);
    expect(out[3]).toEqual({ error: expect.stringMatching(/"municipality": unknown municipality "hasOwnProperty"/), line: 4 });
    expect(out[4]).toEqual({ error: expect.stringMatching(/"topic": unknown topic "__proto__"/), line: 5 });
    expect(out[5]).toEqual({ error: expect.stringMatching(/"topic": unknown topic "toString"/), line: 6 });
    expect(out[6]).toEqual({ error: expect.stringMatching(/"municipality": unknown municipality "constructor"/), line: 7 });
    checkAnswer(out[7]!);
  });

  it('refuses impossible dates, naming "now", instead of rolling them over', async () => {
    const dates = [
      '2026-02-30T10:00:00+01:00',
      '2027-02-29T10:00:00+01:00',
      '0999-02-01T10:00:00+01:00',
      '2026-13-01T10:00:00+01:00',
      '2026-04-31T10:00:00+02:00',
      '2026-02-01T24:00:00+01:00',
      '2026-02-01T10:00:00+15:00',
    ];
    const { out } = await runJsonl([...dates.map((now) => JSON.stringify({ q: 'pas', now })), JSON.stringify({ q: 'pas', now: '2028-02-29T10:00:00+01:00' })]);
    dates.forEach((now, i) => expect(out[i], now).toEqual({ error: expect.stringMatching(new RegExp(`^"now" is not a real date-time \\(.+\\): ${now.replace(/[+]/g, '\\+')}$`)), line: i + 1 }));
    checkAnswer(out[dates.length]!);
  });

  it('survives anything a citizen can type', async () => {
    const hostile = [
      '',
      'x'.repeat(100_000),
      'pas\u0000\u0007\u001b[31m\u202e',
      'جواز سفر جديد',
      'паспорт',
      '🛂🛂🛂 pas 🙂',
      '<script>alert(1)</script>',
      '"; DROP TABLE topics; --',
      ' '.repeat(5000),
      'ææææøøøøåååå',
    ];
    const { out, status } = await runJsonl(hostile.map((q) => JSON.stringify({ q })));
    expect(status).toBe(0);
    expect(out).toHaveLength(hostile.length);
    out.forEach(checkAnswer);
  });

  it('takes the citizen’s own topic and intent instead of searching, with q empty', async () => {
    const { out } = await runJsonl([JSON.stringify({ q: '', topic: 'sagsstatus', intent: 'interaction', municipality: 'aarhus', now: '2027-01-01T10:00:00+01:00' })]);
    const a = out[0]!;
    expect(a.topics).toEqual([{ id: 'sagsstatus', score: 1 }]);
    expect(a.intent).toBe('interaction');
    expect((a.recommendation as { channel: string }).channel).toBe('minside');
  });

  it('answers danger with 112 first, whatever else the words say', async () => {
    const { out } = await runJsonl([JSON.stringify({ q: 'han slår mig lige nu og jeg skal flytte' })]);
    const r = out[0]!.recommendation as { channel: string; action: { href: string }; alternatives: Array<{ action: { href: string } }> };
    expect(out[0]!.urgent).toBe(true);
    expect(r.channel).toBe('emergency');
    expect(r.action.href).toBe('tel:112');
    expect(r.alternatives.map((a) => a.action.href)).toContain('tel:1888');
  });
});

describe('route --explain', () => {
  it('prints the decision for a person', async () => {
    const r = await route(['--explain', 'jeg har mistet mit pas', '--municipality', 'aarhus', '--now', '2026-12-01T10:30:00+01:00']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Matched topics:\n\s+\d\.\d{3}\s+pas/);
    expect(r.stdout).toMatch(/Reason \(da\):/);
  });

  it('names a bad option', async () => {
    const r = await route(['--explain', 'pas', '--now', 'soon']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/"now"/);
  });

  it('names an option it does not know, with the usage', async () => {
    const r = await route(['--explain', 'pas', '--colour', 'red']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--colour[\s\S]*usage:/);
  });

  it('without --jsonl or --explain prints the usage and fails; --help prints it and succeeds', async () => {
    expect(await route([])).toMatchObject({ status: 2, stdout: expect.stringMatching(/^usage:/) });
    expect(await route(['--help'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^usage:/) });
  });

  it('without a question asks for one question after another, until an empty line', async () => {
    const r = await route(['--explain', '--municipality', 'aarhus', '--now', '2026-12-01T10:30:00+01:00'], 'nyt pas\nflytning\n\nnot read\n');
    expect(r.status).toBe(0);
    expect(r.stdout.match(/Hvad har du brug for\?/g)).toHaveLength(3);
    expect(r.stdout.match(/Matched topics:/g)).toHaveLength(2);
  });
});

describe('the route process (one spawned smoke test)', () => {
  it('reads stdin, writes a line per line, says how many failed on stderr and exits 1', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/route.ts', '--jsonl'], { input: '{"q":"nyt pas"}\nnot json\n', encoding: 'utf8' });
    expect(r.status).toBe(1);
    const out = lines(r.stdout);
    expect(out).toHaveLength(2);
    checkAnswer(out[0]!);
    expect(out[1]).toEqual({ error: expect.stringMatching(/not valid JSON/), line: 2 });
    expect(r.stderr).toBe('1 of 2 line(s) had errors\n');
  });
});
