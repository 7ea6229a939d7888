/** `npm run content:check`: validates content/ and lists every problem, file and field first. */
import { resolve } from 'node:path';
import { BODY_TARGET_LIX, guidanceLix, lix } from './lix.js';
import { readContent } from './read.js';

const dir = resolve(process.argv[2] ?? 'content');
const { bundle, errors, warnings } = readContent(dir);
if (errors.length > 0) {
  for (const e of errors) console.error(`${e.file}: ${e.field}: ${e.message}`);
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
const topics = Object.values(bundle!.topics);
const municipalities = Object.keys(bundle!.municipalities).length;
console.log(`content OK: ${topics.length} topics in Danish and English, ${municipalities} municipalities`);
// The bodies are reported, not refused: a long article may need its terms.
const bodies = topics.map((t) => ({ id: t.id, lix: lix(t.articles.da.body) })).sort((a, b) => a.lix - b.lix);
const over = bodies.filter((b) => b.lix > BODY_TARGET_LIX);
console.log(
  `plain language: Danish bodies median LIX ${bodies[Math.floor(bodies.length / 2)]!.lix.toFixed(0)}, ${over.length} above ${BODY_TARGET_LIX}${over.length ? ` (${over.map((b) => `${b.id} ${b.lix.toFixed(0)}`).join(', ')})` : ''}`,
);
// Reported, not refused, while MISSING_STAFF_GUIDANCE (src/content/cross-check.ts) says 'warning'.
if (warnings.length > 0) {
  const topicsWithout = new Set(warnings.map((w) => w.file));
  console.log(
    `staff guidance: ${warnings.length} warning${warnings.length === 1 ? '' : 's'}, Danish guidance missing in ${topicsWithout.size} topic${topicsWithout.size === 1 ? '' : 's'} (an error once MISSING_STAFF_GUIDANCE is 'error'): ${[...topicsWithout].map((f) => f.replace(/^topics\/|\.da\.md$/g, '')).join(', ')}`,
  );
}
const entries = topics.flatMap((t) => Object.entries(t.articles.da.staff ?? {}).map(([intent, g]) => ({ id: `${t.id}.${intent}`, lix: guidanceLix(g) })));
if (entries.length > 0) {
  const hard = entries.filter((e) => e.lix > BODY_TARGET_LIX);
  const median = [...entries].sort((a, b) => a.lix - b.lix)[Math.floor(entries.length / 2)]!.lix;
  console.log(
    `staff guidance in Danish: ${entries.length} entries, median LIX ${median.toFixed(0)}, ${hard.length} above ${BODY_TARGET_LIX}${hard.length ? ` (${hard.map((e) => `${e.id} ${e.lix.toFixed(0)}`).join(', ')})` : ''}`,
  );
}
