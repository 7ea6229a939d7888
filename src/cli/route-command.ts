/**
 * The route command, runnable in-process (its tests call it with their own streams; route.ts
 * gives it the process's). `--jsonl` answers one JSON line per input line (the route contract);
 * `--explain "jeg har mistet mit pas"` prints the whole decision for a person; without a question
 * it asks for one question after another. Options for --explain: --municipality aarhus,
 * --now 2026-12-01T10:30:00+01:00, --lang en, --no-digital, --assisted, --topic pas, --intent information.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadContent } from '../content/load.js';
import { parseRouteRequest } from '../routing/route-request.js';
import { answerLine } from './answer-line.js';
import { ChannelRouter } from '../routing/channel-router.js';
import { explain } from './explain.js';

/** Where the command reads and writes: the process's streams, or a test's. */
export interface RouteIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `usage:
  route --jsonl < lines.jsonl
  route --explain ["what the citizen wrote"] [--municipality demo] [--now ISO] [--lang da|en]
        [--no-digital | --digital] [--assisted] [--topic id] [--intent type]
  (--explain without a question asks for questions one by one)`;

async function jsonl(router: ChannelRouter, io: RouteIo): Promise<number> {
  let n = 0;
  let failed = 0;
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const answer = answerLine(router, line, n);
    if ('error' in answer) failed++;
    io.stdout.write(`${JSON.stringify(answer)}\n`);
  }
  if (failed) io.stderr.write(`${failed} of ${n} line(s) had errors\n`);
  return failed ? 1 : 0;
}

/** `npm start`: ask questions one after another, as a citizen would, and see each decision. */
async function interactive(router: ChannelRouter, args: Args, io: RouteIo): Promise<number> {
  const prompt = 'Hvad har du brug for? / What do you need? (empty line ends)\n> ';
  const lines = createInterface({ input: io.stdin, output: io.stdout, terminal: io.stdin.isTTY === true });
  io.stdout.write(prompt);
  for await (const line of lines) {
    if (!line.trim()) break;
    explainCommand(router, args, io, line);
    io.stdout.write(`\n${prompt}`);
  }
  lines.close();
  return 0;
}

function explainCommand(router: ChannelRouter, args: Args, io: RouteIo, q = args.positionals.join(' ')): number {
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
    io.stderr.write(`${parsed.error}\n`);
    return 2;
  }
  io.stdout.write(`${explain(router, parsed.request)}\n`);
  return 0;
}

type Args = ReturnType<typeof parse>;

function parse(args: string[]) {
  return parseArgs({
    args,
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

/**
 * Runs the command; resolves to its exit code. `router` is made only once the arguments are
 * good (reading the content takes a moment); tests pass the one they already have.
 */
export async function runRoute(argv: string[], io: RouteIo, router: () => ChannelRouter = () => new ChannelRouter(loadContent())): Promise<number> {
  let args: Args;
  try {
    args = parse(argv);
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help || (!args.values.jsonl && !args.values.explain)) {
    io.stdout.write(`${USAGE}\n`);
    return args.values.help ? 0 : 2;
  }
  if (args.values.jsonl) return jsonl(router(), io);
  return args.positionals.length ? explainCommand(router(), args, io) : interactive(router(), args, io);
}
