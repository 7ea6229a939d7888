/** What both trainers share: reading their sentence files, and writing or checking the model they ship. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

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
 */
export function writeOrCheckModel(out: string, json: string, command: string): void {
  const shipped = `src/search/${basename(out)}`;
  if (process.argv.includes('--check')) {
    const same = readFileSync(out, 'utf8') === `${json}\n`;
    console.log(same ? `${shipped} is what ${command.replace('npm run train:', 'training/')} trains` : `${shipped} is stale: run ${command}`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(out, `${json}\n`);
}
