/** Every interface message is said somewhere: a key no component asks for is dead weight in every locale. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { da } from '../../src/i18n/locales/da.js';

const SOURCES = ['src/ui', 'src/ui/components', 'widget'];
const code = SOURCES.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8')),
).join('\n');

const keys = Object.entries(da).flatMap(([k, v]) => (typeof v === 'string' ? [k] : Object.keys(v).map((sub) => `${k}.${sub}`)));

describe('the interface messages', () => {
  it.each(keys)('"%s" is asked for by the code', (key) => {
    // Literally ('card.done'), or by a template over its group (`intent.${i}`).
    const used = code.includes(`'${key}'`) || code.includes(`\`${key.split('.')[0]}.\${`);
    expect(used).toBe(true);
  });
});
