/**
 * Staff guidance is shown only in the staff console (issue 17): no file of the built citizen
 * widget (its scripts and its data) carries a line of it, nor a `staff` field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedContent } from '../support/content.js';

const DIST = 'dist/widget';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Every sentence of the shipped guidance, in every language written. The `have` items are left
 * out: they are short phrases ("MitID") the citizen's own article lists under what you need.
 */
function guidanceLines(): string[] {
  return Object.values(shippedContent().topics).flatMap((topic) =>
    Object.values(topic.articles).flatMap((article) => Object.values(article.staff ?? {}).flatMap((g) => [...g.steps, ...g.pitfalls, g.meeting, g.proxy])),
  );
}

describe("the citizen widget's built files", () => {
  it('are built', () => {
    expect(existsSync(join(DIST, 'data/core.da.json')), 'run npm run build (npm test does)').toBe(true);
  });

  it('carry no line of the staff guidance', () => {
    const lines = guidanceLines();
    // Guidance exists to look for: without it this test would prove nothing.
    expect(lines.length).toBeGreaterThan(20);
    const files = filesUnder(DIST);
    expect(files.some((f) => f.includes('/articles/da/pas.json'))).toBe(true);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const line of lines) {
        // The JSON form too: a line with a quote or backslash is escaped in the data files.
        const json = JSON.stringify(line).slice(1, -1);
        expect(text.includes(line) || text.includes(json), `${file} contains the guidance line "${line}"`).toBe(false);
      }
    }
  });

  it('give each article what the card shows, and no staff field', () => {
    for (const lang of ['da', 'en'] as const) {
      const article = JSON.parse(readFileSync(join(DIST, `data/articles/${lang}/pas.json`), 'utf8')) as Record<string, unknown>;
      expect(article.summary).toBe(shippedContent().topics.pas!.articles[lang].summary);
      expect(article).not.toHaveProperty('staff');
    }
  });
});
