/** `npm run eval`: search, danger and routing quality on the evaluation sets. SHOW_MISSES=1 lists misses. */
import { join } from 'node:path';
import { loadContent } from '../content/load.js';
import { ChannelRouter } from '../routing/channel-router.js';
import { BLIND_DIR, blindPairs, BORDERS_DIR, EVAL_DIR, FORMAL_DIR, OWN_DIR, type QueryCase, WRAPPED_DIR, type RouteCase, readJsonl, type UrgentCase } from './eval-sets.js';
import { type Ratio, type RouteScores, type SearchScores, scoreQueries, scoreRoutes, scoreUrgent, type UrgentScores } from './scores.js';

const pct = (r: Ratio) => (r.of ? `${((100 * r.hit) / r.of).toFixed(1)} %` : '-');
const cell = (r: Ratio) => `${pct(r)} (${r.hit}/${r.of})`;

interface Column {
  name: string;
  queries: SearchScores;
  urgent: UrgentScores;
}

const router = new ChannelRouter(loadContent());
const routeCases = readJsonl<RouteCase>('routes-dev.jsonl');
const columns: Column[] = [
  { name: 'dev sets', queries: scoreQueries(router, readJsonl<QueryCase>('queries-dev.jsonl')), urgent: scoreUrgent(readJsonl<UrgentCase>('urgent-dev.jsonl')) },
  // Our own phrasings, written without looking at the content: a check on how search generalises.
  {
    name: 'own phrasings (tests/sets/own)',
    queries: scoreQueries(router, readJsonl<QueryCase>('phrasings.jsonl', OWN_DIR)),
    urgent: scoreUrgent(readJsonl<UrgentCase>('danger-phrasings.jsonl', OWN_DIR)),
  },
];
// The formal and wrapped tuning sets have no danger lines; their danger rows read "-".
columns.push({ name: 'formal wording (tests/sets/formal)', queries: scoreQueries(router, readJsonl<QueryCase>('queries.jsonl', FORMAL_DIR)), urgent: scoreUrgent([]) });
columns.push({ name: 'wrapped errands (tests/sets/wrapped)', queries: scoreQueries(router, readJsonl<QueryCase>('queries.jsonl', WRAPPED_DIR)), urgent: scoreUrgent([]) });
// The danger borders have no questions; their search rows read "-".
columns.push({ name: 'danger borders (tests/sets/borders)', queries: scoreQueries(router, []), urgent: scoreUrgent(readJsonl<UrgentCase>('urgent.jsonl', BORDERS_DIR)) });
const routeColumns: Array<{ name: string; scores: RouteScores }> = [
  { name: 'routes-dev as written (search decides)', scores: scoreRoutes(router, routeCases, false) },
  { name: 'routes-dev, topic given (routing alone)', scores: scoreRoutes(router, routeCases, true) },
];
for (const pair of blindPairs()) {
  const dir = join(BLIND_DIR, pair);
  columns.push({ name: `blind ${pair}`, queries: scoreQueries(router, readJsonl<QueryCase>('queries.jsonl', dir)), urgent: scoreUrgent(readJsonl<UrgentCase>('urgent.jsonl', dir)) });
  routeColumns.push({ name: `blind ${pair} as written`, scores: scoreRoutes(router, readJsonl<RouteCase>('routes.jsonl', dir), false) });
}

const searchRow = (name: string, pick: (c: Column) => Ratio, target: string) => `| ${name} | ${columns.map((c) => cell(pick(c))).join(' | ')} | ${target} |`;
const routeRow = (name: string, text: (s: RouteScores) => string) => `| ${name} | ${routeColumns.map((c) => text(c.scores)).join(' | ')} |`;

const lines = [
  `Evaluation sets: ${EVAL_DIR}`,
  '',
  `| search and danger | ${columns.map((c) => c.name).join(' | ')} | target |`,
  `| --- |${' --- |'.repeat(columns.length)} --- |`,
  searchRow('topic top-1, in-scope', (c) => c.queries.top1, '≥ 90 %'),
  searchRow('topic in top 3', (c) => c.queries.top3, '≥ 97 %'),
  searchRow('out-of-scope refused', (c) => c.queries.refusedOutOfScope, '≥ 90 %'),
  searchRow('in-scope wrongly refused', (c) => c.queries.wronglyRefused, '≤ 3 %'),
  searchRow('intent, where labelled', (c) => c.queries.intent, '≥ 85 %'),
  searchRow('danger caught (emergency card or caution line)', (c) => c.urgent.caughtOrCaution, '≥ 95 %'),
  searchRow('danger with the emergency card first', (c) => c.urgent.caught, '≥ 85 %'),
  searchRow('false alarms (emergency card on a near-miss)', (c) => c.urgent.falseAlarms, '≤ 3 %'),
  searchRow('caution line on a near-miss', (c) => c.urgent.cautionOnCalm, '≤ 10 %'),
  searchRow('card or caution line on an errand (the question sets)', (c) => c.queries.dangerOnErrands, '-'),
  '',
  `| routing | ${routeColumns.map((c) => c.name).join(' | ')} |`,
  `| --- |${' --- |'.repeat(routeColumns.length)}`,
  routeRow('primary channel accepted', (s) => cell(s.accepted)),
  routeRow('unwanted channel offered', (s) => String(s.unwantedOffered.hit)),
  routeRow('topic agrees', (s) => cell(s.topic)),
  routeRow('authority agrees', (s) => cell(s.authority)),
];
console.log(lines.join('\n'));
if (process.env.SHOW_MISSES) {
  console.log('\nMisses:');
  for (const c of columns) for (const m of [...c.queries.misses, ...c.urgent.misses]) console.log(`  ${c.name}: ${m}`);
  for (const c of routeColumns) for (const m of c.scores.misses) console.log(`  ${c.name}: ${m}`);
}
