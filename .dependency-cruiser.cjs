// The house's import rules (ARCHITECTURE.md, "What may import what"), checked on every `npm test`
// by `npm run deps`. Each folder names what it may import; anything else is a forbidden edge.
// The allowed edges form no loop, so with them in force no two folders can import each other;
// `no-circular` also catches a loop between modules of one folder. Type-only imports count:
// they fix the direction of knowledge as much as run-time ones.

/** A folder of src/ (or a root entry) may import only these folders of src/ besides its own. */
const MAY_IMPORT = {
  model: [],
  domain: ['model'],
  search: ['model'],
  i18n: ['model'],
  telemetry: ['model'],
  routing: ['model', 'domain', 'search'],
  machine: ['model', 'domain', 'routing'],
  content: ['model'],
  'widget-data': ['model', 'search'],
  ui: ['model', 'domain', 'machine', 'routing', 'widget-data', 'i18n'],
  server: ['model', 'domain', 'content'],
  importer: ['model', 'content'],
  cli: ['model', 'domain', 'search', 'routing', 'machine', 'content', 'widget-data', 'eval', 'bench'],
  eval: ['model', 'domain', 'search', 'routing', 'machine', 'content', 'widget-data', 'bench'],
  bench: ['model', 'domain', 'search', 'routing', 'machine', 'content', 'widget-data', 'eval'],
  // Node: trains the models search ships as data.
  training: ['model', 'search'],
};

/** Code that runs in a browser: no Node built-ins, no Node-only folder. */
const BROWSER = '^(src/(model|domain|search|i18n|telemetry|routing|machine|ui|staff)/|src/widget-data/(?!build/)|widget/|staff/)';

const folderRules = Object.entries(MAY_IMPORT).map(([folder, allowed]) => ({
  name: `${folder}-imports`,
  severity: 'error',
  comment: `src/${folder} may import ${allowed.length ? allowed.map((f) => `src/${f}`).join(', ') : 'no other folder of src/'} (ARCHITECTURE.md)`,
  // The widget data's build side has its own rule below.
  from: folder === 'widget-data' ? { path: '^src/widget-data/', pathNot: '^src/widget-data/build/' } : { path: `^src/${folder}/` },
  to: { path: '^(src|widget|staff)/', pathNot: `^src/(${[folder, ...allowed].join('|')})/` },
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
    ...folderRules,
    {
      name: 'widget-data-build-side',
      severity: 'error',
      comment: "The widget data's browser side must not reach its build side (which reads content/ in Node).",
      from: { path: '^src/widget-data/(?!build/)' },
      to: { path: '^src/widget-data/build/' },
    },
    {
      name: 'widget-data-build-imports',
      severity: 'error',
      comment: 'The build side of the widget data may also read content (src/content).',
      from: { path: '^src/widget-data/build/' },
      to: { path: '^(src|widget|staff)/', pathNot: '^src/(model|search|content|widget-data)/' },
    },
    {
      name: 'widget-entry-imports',
      severity: 'error',
      comment: 'widget/ (the citizen entry) may import src/ui, i18n, telemetry, widget-data (browser side) and model.',
      from: { path: '^widget/' },
      to: { path: '^(src|staff)/', pathNot: '^src/(ui|i18n|telemetry|model)/|^src/widget-data/(?!build/)' },
    },
    {
      name: 'staff-entry-imports',
      severity: 'error',
      comment: 'The staff pages talk to the server over HTTP only; the console may reuse the citizen parts.',
      from: { path: '^(staff|src/staff)/' },
      to: { path: '^(src|widget)/', pathNot: '^src/(staff|model|domain|i18n|telemetry|ui|machine|routing)/|^src/widget-data/(?!build/)' },
    },
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
      comment: 'What ships (src/, widget/, staff/) may not need a devDependency; the benchmark may (MiniSearch).',
      from: { path: '^(src|widget|staff)/', pathNot: '^src/bench/' },
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
