/** What both trainers share: reading their sentence files, and writing or checking the model they ship. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { featureHash } from '../search/text-features.js';

/**
 * Every line of every `.jsonl` file in `dir` (in file-name order), parsed and checked by `check`,
 * which returns the sentence or what is wrong with it. All problems are gathered, each named by
 * file and line, before one error says them.
 */
export function readTrainingSentences<T>(dir: string, check: (value: Record<string, unknown>, file: string) => T | string): T[] {
  const out: T[] = [];
  const problems: string[] = [];
  const folder = `training/${basename(dir)}`;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const where = `${folder}/${file}:${i + 1}`;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          problems.push(`${where}: not JSON`);
          return;
        }
        const checked = value && typeof value === 'object' ? check(value as Record<string, unknown>, file) : 'not a JSON object';
        if (typeof checked === 'string') problems.push(`${where}: ${checked}`);
        else out.push(checked);
      });
  }
  if (problems.length) throw new Error(`the sentences in ${folder} have ${problems.length} problem(s):\n${problems.join('\n')}`);
  return out;
}

/**
 * Writes the trained model, or with `--check` only says whether the shipped file is the one the
 * shipped sentences train (and exits 1 when it is not), so a test can hold the two together.
 * `source`: the sentences' folder, when it is not named after the command (`train:danger` →
 * training/danger).
 */
export function writeOrCheckModel(out: string, json: string, command: string, source = command.replace('npm run train:', 'training/')): void {
  const shipped = relative(process.cwd(), out);
  if (process.argv.includes('--check')) {
    const same = existsSync(out) && readFileSync(out, 'utf8') === `${json}\n`;
    console.log(same ? `${shipped} is what ${source} trains` : `${shipped} is stale: run ${command}`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(out, `${json}\n`);
}

/**
 * The fifth of the sentences held out to choose thresholds and to report on, by a hash of each
 * sentence's text rather than by its place in a shuffle: adding or removing sentences (the ones
 * a new evaluation set holds word for word) leaves every other sentence on its side, so the
 * thresholds move only as much as the data does. By position, removing 27 of 10,000 sentences
 * moved the danger model's caution threshold from 0.29 to 0.47.
 */
export function splitHeldOut<T extends { q: string }>(sentences: readonly T[]): { train: T[]; held: T[] } {
  const train: T[] = [];
  const held: T[] = [];
  for (const s of sentences) (featureHash(`held:${s.q}`, 16) % 5 === 0 ? held : train).push(s);
  return { train, held };
}
