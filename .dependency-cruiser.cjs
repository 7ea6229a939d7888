// The house's import rules (ARCHITECTURE.md, "What may import what"), checked on every `npm test`
// by `npm run deps`. Each part names what it may import; anything else is a forbidden edge.
// The allowed edges form no loop, so with them in force no two parts can import each other;
// `no-circular` also catches a loop between modules of one folder. Type-only imports count:
// they fix the direction of knowledge as much as run-time ones.

/**
 * The parts: where each lives, and which other parts it may import. A part is a folder of src/,
 * a root entry (widget/, staff/), or the build side of the widget data, which runs in Node and
 * may read content while its browser side may not.
 */
const PARTS = {
  model: { path: '^src/model/', may: [] },
  domain: { path: '^src/domain/', may: ['model'] },
  search: { path: '^src/search/', may: ['model'] },
  i18n: { path: '^src/i18n/', may: ['model'] },
  telemetry: { path: '^src/telemetry/', may: ['model'] },
  routing: { path: '^src/routing/', may: ['model', 'domain', 'search'] },
  machine: { path: '^src/machine/', may: ['model', 'domain', 'routing'] },
  content: { path: '^src/content/', may: ['model'] },
  'widget-data': { path: '^src/widget-data/(?!build/)', may: ['model', 'search'] },
  'widget-data-build': { path: '^src/widget-data/build/', may: ['model', 'search', 'content', 'widget-data'] },
  ui: { path: '^src/ui/', may: ['model', 'domain', 'machine', 'routing', 'widget-data', 'i18n'] },
  server: { path: '^src/server/', may: ['model', 'domain', 'content'] },
  importer: { path: '^src/importer/', may: ['model', 'content'] },
  cli: { path: '^src/cli/', may: ['model', 'domain', 'search', 'routing', 'machine', 'content', 'widget-data', 'widget-data-build', 'eval', 'bench'] },
  eval: { path: '^src/eval/', may: ['model', 'domain', 'search', 'routing', 'machine', 'content', 'widget-data', 'widget-data-build', 'bench'] },
  bench: { path: '^src/bench/', may: ['model', 'domain', 'search', 'routing', 'machine', 'content', 'widget-data', 'widget-data-build', 'eval'] },
  // Node: trains the models search ships as data.
  training: { path: '^src/training/', may: ['model', 'search', 'content'] },
  // The citizen's script tag.
  'widget-entry': { path: '^widget/', may: ['ui', 'i18n', 'telemetry', 'widget-data', 'model'] },
  // The staff pages talk to the server over HTTP only; the console may reuse the citizen parts.
  staff: { path: '^(staff|src/staff)/', may: ['model', 'domain', 'i18n', 'telemetry', 'ui', 'machine', 'routing', 'widget-data'] },
};

/** Code that runs in a browser: no Node built-ins, no Node-only folder. */
const BROWSER = '^(src/(model|domain|search|i18n|telemetry|routing|machine|ui|staff)/|src/widget-data/(?!build/)|widget/|staff/)';

const partRules = Object.entries(PARTS).map(([name, part]) => ({
  name: `${name}-imports`,
  severity: 'error',
  comment: `${name} may import ${part.may.length ? part.may.join(', ') : 'no other part'} (ARCHITECTURE.md)`,
  from: { path: part.path },
  to: { path: '^(src|widget|staff)/', pathNot: [name, ...part.may].map((p) => PARTS[p].path) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other cannot be understood, tested or moved one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file.',
      from: {},
      to: { couldNotResolve: true },
    },
    ...partRules,
    {
      name: 'browser-not-to-node',
      severity: 'error',
      comment: 'Browser code must not import Node built-ins.',
      from: { path: BROWSER },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'model-only-valibot',
      severity: 'error',
      comment: 'src/model is the leaf every part agrees on: it imports valibot and nothing else.',
      from: { path: '^src/model/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core'], pathNot: '^node_modules/valibot/' },
    },
    {
      name: 'database-drivers-only-in-storage',
      severity: 'error',
      comment: 'Storage sits behind one interface: only the adapters in src/server/storage/ import better-sqlite3 or pg (ARCHITECTURE.md).',
      from: { path: '^(src|widget|staff)/', pathNot: '^src/server/storage/' },
      to: { path: '^node_modules/(better-sqlite3|pg|pg-[^/]+|@types/(better-sqlite3|pg))/' },
    },
    {
      name: 'no-dev-dependency-in-product',
      severity: 'error',
      comment: 'What ships (src/, widget/, staff/) may not need a devDependency; the benchmarks may (MiniSearch, autocannon).',
      from: { path: '^(src|widget|staff)/', pathNot: '^src/bench/|^src/server/cli/bench-' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules is not followed but must not be excluded: excluding it drops the edges into it,
    // and with them every rule about packages (model-only-valibot, the drivers, dev dependencies).
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
