/**
 * `npm run --silent route -- --jsonl` answers one JSON line per input line (the route contract);
 * `npm run route -- --explain "jeg har mistet mit pas"` prints the whole decision for a person;
 * without a question it asks for one question after another (`npm start`).
 * Options for --explain: --municipality aarhus, --now 2026-12-01T10:30:00+01:00, --lang en,
 * --no-digital, --assisted, --topic pas, --intent information.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadContent } from '../content/load.js';
import { parseRouteRequest } from '../routing/route-request.js';
import { answerLine } from './answer-line.js';
import { ChannelRouter } from '../routing/channel-router.js';
import { explain } from './explain.js';

const USAGE = `usage:
  route --jsonl < lines.jsonl
  route --explain ["what the citizen wrote"] [--municipality demo] [--now ISO] [--lang da|en]
        [--no-digital | --digital] [--assisted] [--topic id] [--intent type]
  (--explain without a question asks for questions one by one)`;

async function jsonl(router: ChannelRouter): Promise<number> {
  let n = 0;
  let failed = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const answer = answerLine(router, line, n);
    if ('error' in answer) failed++;
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  }
  if (failed) process.stderr.write(`${failed} of ${n} line(s) had errors\n`);
  return failed ? 1 : 0;
}

/** `npm start`: ask questions one after another, as a citizen would, and see each decision. */
async function interactive(router: ChannelRouter, args: ReturnType<typeof parse>): Promise<number> {
  const prompt = 'Hvad har du brug for? / What do you need? (empty line ends)\n> ';
  const lines = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  process.stdout.write(prompt);
  for await (const line of lines) {
    if (!line.trim()) break;
    explainCommand(router, args, line);
    process.stdout.write(`\n${prompt}`);
  }
  lines.close();
  return 0;
}

function explainCommand(router: ChannelRouter, args: ReturnType<typeof parse>, q = args.positionals.join(' ')): number {
  const { values } = args;
  const parsed = parseRouteRequest(
    {
      q,
      lang: values.lang,
      municipality: values.municipality,
      now: values.now,
      canUseDigital: values['no-digital'] ? false : values.digital ? true : null,
      assisted: values.assisted ?? false,
      topic: values.topic ?? null,
      intent: values.intent ?? null,
    },
    router.content,
  );
  if (!parsed.ok) {
    console.error(parsed.error);
    return 2;
  }
  console.log(explain(router, parsed.request));
  return 0;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean' },
      explain: { type: 'boolean' },
      municipality: { type: 'string' },
      now: { type: 'string' },
      lang: { type: 'string' },
      digital: { type: 'boolean' },
      'no-digital': { type: 'boolean' },
      assisted: { type: 'boolean' },
      topic: { type: 'string' },
      intent: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help || (!args.values.jsonl && !args.values.explain)) {
    console.log(USAGE);
    return args.values.help ? 0 : 2;
  }
  const router = new ChannelRouter(loadContent());
  if (args.values.jsonl) return jsonl(router);
  return args.positionals.length ? explainCommand(router, args) : interactive(router, args);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    console.error(e.message);
    process.exitCode = 1;
  },
);
