/**
 * The evaluation sets, read line by line: the development sets kept in the repository
 * (tests/sets/dev, copied from where new sets arrive; EVAL_DIR points elsewhere), our own
 * phrasing sets (tests/sets/own) and the frozen blind pairs (tests/blind).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EVAL_DIR = resolve(process.env.EVAL_DIR ?? fileURLToPath(new URL('../../tests/sets/dev', import.meta.url)));
/** The project's own phrasing sets, written by a helper who had not seen the content. */
export const OWN_DIR = fileURLToPath(new URL('../../tests/sets/own', import.meta.url));
/** Questions in the formal wording of municipal websites, written for tuning (tests/sets/formal). */
export const FORMAL_DIR = fileURLToPath(new URL('../../tests/sets/formal', import.meta.url));
/** Errands wrapped in staff's notes, clock times, places and chatter, written for tuning (tests/sets/wrapped). */
export const WRAPPED_DIR = fileURLToPath(new URL('../../tests/sets/wrapped', import.meta.url));
/** Danger and near-misses that share its words, written for tuning the danger check's borders (tests/sets/borders). */
export const BORDERS_DIR = fileURLToPath(new URL('../../tests/sets/borders', import.meta.url));
/** Frozen blind pairs (tests/blind/<pair>/{queries,urgent,routes}.jsonl): reported, never tuned on. */
export const BLIND_DIR = fileURLToPath(new URL('../../tests/blind', import.meta.url));

/** The blind pairs present, by folder name, oldest first. */
export function blindPairs(): string[] {
  if (!existsSync(BLIND_DIR)) return [];
  return readdirSync(BLIND_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export interface QueryCase {
  q: string;
  topic: string | null;
  intent: string | null;
  lang: string;
}
export interface UrgentCase {
  q: string;
  urgent: boolean;
}
export interface RouteCase {
  q: string;
  [field: string]: unknown;
  expect: { topic: string | null; channel: string[]; never: string[]; authority?: string };
}

export function readJsonl<T>(file: string, dir: string = EVAL_DIR): T[] {
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`evaluation set not found: ${path} (set EVAL_DIR)`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`${path}:${i + 1}: not valid JSON`);
      }
    });
}
