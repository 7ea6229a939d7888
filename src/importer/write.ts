/**
 * Where an import lands, and how it replaces the last one without ever losing it:
 *
 *   <out>/releases/<stamp>/      one complete import (manifest.json, articles/<id>.json)
 *   <out>/current -> releases/<stamp>   what everyone reads
 *   <out>/.staging-<stamp>/      an import in progress
 *   <out>/reports/<stamp>.json   what each import added, changed, removed and failed
 *
 * An import writes into staging, validates it with src/content, renames it into releases/, and
 * then points `current` at it by renaming a new symlink over the old one: rename(2) is atomic, so
 * a reader sees the old release or the new one, never a mix. Killed at any moment, the import
 * leaves `current` as it was; the next one clears the abandoned staging folder.
 */
import { mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT } from '../content/imported.js';
import { type ContentError, formatContentError } from '../model/content-bundle.js';
import type { ImportedArticle, ImportManifest } from '../model/imported-article.js';

/** Releases kept besides the current one, so an editor can compare or go back by hand. */
const KEEP_RELEASES = 3;

export class Stage {
  readonly dir: string;

  constructor(
    readonly out: string,
    readonly stamp: string,
  ) {
    mkdirSync(out, { recursive: true });
    // An abandoned staging folder is an interrupted import: nothing in it was ever in use.
    for (const name of readdirSync(out)) if (name.startsWith('.staging-')) rmSync(join(out, name), { recursive: true, force: true });
    this.dir = join(out, `.staging-${stamp}`);
    mkdirSync(join(this.dir, 'articles'), { recursive: true });
  }

  writeArticle(article: ImportedArticle): void {
    writeFileSync(join(this.dir, 'articles', `${article.source.articleId}.json`), `${JSON.stringify(article)}\n`);
  }

  writeManifest(manifest: ImportManifest): void {
    writeFileSync(join(this.dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  }

  /** Drops the staged import (a failed one): `current` was never touched. */
  discard(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Makes the staged import the current one, in one atomic step, and prunes old releases. */
  promote(): string {
    const releases = join(this.out, 'releases');
    mkdirSync(releases, { recursive: true });
    const release = join(releases, this.stamp);
    renameSync(this.dir, release);
    const next = join(this.out, `${CURRENT}.next`);
    rmSync(next, { force: true });
    symlinkSync(join('releases', this.stamp), next);
    renameSync(next, join(this.out, CURRENT));
    const inUse = currentTarget(this.out);
    const old = readdirSync(releases)
      .sort()
      .filter((r) => join('releases', r) !== inUse);
    for (const r of old.slice(0, Math.max(0, old.length - KEEP_RELEASES))) rmSync(join(releases, r), { recursive: true, force: true });
    return release;
  }
}

function currentTarget(out: string): string | undefined {
  try {
    return readlinkSync(join(out, CURRENT));
  } catch {
    return undefined;
  }
}

export function writeReport(out: string, stamp: string, report: unknown): string {
  const dir = join(out, 'reports');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 1)}\n`);
  return file;
}

/** A UTC time usable as a file name that sorts in time order. */
export function stampOf(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export function formatErrors(errors: ContentError[]): string {
  return errors.map(formatContentError).join('\n');
}
