/**
 * The house's import rules catch what they are for: `npm run deps` passes on the real tree, so
 * here a small tree that breaks each rule once must fail, naming the rule and the edge, and the
 * same tree with only allowed edges must pass.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const made: string[] = [];

/** A project folder with the repository's rules and the given source files. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kanalguide-deps-'));
  made.push(dir);
  copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', type: 'module' }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function cruise(dir: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'src', 'widget', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const allowed = {
  'src/model/vocabulary.ts': "export const LANGS = ['da', 'en'] as const;\n",
  'src/domain/recommend.ts': "import { LANGS } from '../model/vocabulary.js';\nexport const recommend = () => LANGS[0];\n",
  'src/search/index.ts': "import { LANGS } from '../model/vocabulary.js';\nexport const search = () => LANGS[1];\n",
  'src/routing/decide.ts': "import { recommend } from '../domain/recommend.js';\nimport { search } from '../search/index.js';\nexport const decide = () => recommend() + search();\n",
  'src/machine/machine.ts': "import { decide } from '../routing/decide.js';\nexport const machine = () => decide();\n",
  'src/ui/panel.ts': "import { machine } from '../machine/machine.js';\nexport const panel = () => machine();\n",
  'widget/app.ts': "import { panel } from '../src/ui/panel.js';\nexport const app = () => panel();\n",
};

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the import rules', () => {
  it('pass a tree whose imports all point down the table', () => {
    const { status, output } = cruise(tree(allowed));
    expect(output).toContain('no dependency violations');
    expect(status).toBe(0);
  });

  it('fail on every kind of forbidden edge, naming rule and edge', () => {
    const { status, output } = cruise(
      tree({
        ...allowed,
        // domain reaching into routing, type-only: the direction of knowledge counts too.
        'src/domain/hours.ts': "import type { decide } from '../routing/decide.js';\nexport type D = typeof decide;\n",
        // the leaf importing a part
        'src/model/schema.ts': "import { recommend } from '../domain/recommend.js';\nexport const r = recommend;\n",
        // the widget's UI skipping routing to reach search
        'src/ui/search-box.ts': "import { search } from '../search/index.js';\nexport const s = search;\n",
        // a Node built-in in browser code
        'src/search/read.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
        // two modules of one folder importing each other
        'src/search/a.ts': "import { b } from './b.js';\nexport const a = () => b();\n",
        'src/search/b.ts': "import { a } from './a.js';\nexport const b = (): unknown => a;\n",
        // the citizen's entry reaching the machine directly
        'widget/loader.ts': "import { machine } from '../src/machine/machine.js';\nexport const l = machine;\n",
        // a server module talking to the database past the storage interface
        'src/server/stats.ts': "import pg from 'pg';\nexport const p = pg;\n",
        // the leaf importing a package other than valibot (caught only while node_modules is not excluded)
        'src/model/db.ts': "import pg from 'pg';\nexport const p = pg;\n",
        'node_modules/pg/package.json': JSON.stringify({ name: 'pg', main: 'index.js' }),
        'node_modules/pg/index.js': 'module.exports = {};\n',
      }),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/domain-imports: src\/domain\/hours\.ts → src\/routing\/decide\.ts/);
    expect(output).toMatch(/model-imports: src\/model\/schema\.ts → src\/domain\/recommend\.ts/);
    expect(output).toMatch(/ui-imports: src\/ui\/search-box\.ts → src\/search\/index\.ts/);
    expect(output).toMatch(/browser-not-to-node: src\/search\/read\.ts → (node:)?fs/);
    expect(output).toMatch(/no-circular: src\/search\/[ab]\.ts/);
    expect(output).toMatch(/widget-entry-imports: widget\/loader\.ts → src\/machine\/machine\.ts/);
    expect(output).toMatch(/model-only-valibot: src\/model\/db\.ts → node_modules\/pg\//);
    expect(output).toMatch(/database-drivers-only-in-storage: src\/server\/stats\.ts → node_modules\/pg\//);
  });
});
