/** `npm run eval`: search, danger and routing quality on the evaluation sets. SHOW_MISSES=1 lists misses. */
import { loadContent } from '../content/load.js';
import { ChannelRouter } from '../routing/channel-router.js';
import { EVAL_DIR, OWN_DIR, type QueryCase, type RouteCase, readJsonl, type UrgentCase } from './eval-sets.js';
import { type Ratio, scoreQueries, scoreRoutes, scoreUrgent } from './scores.js';

const pct = (r: Ratio) => (r.of ? `${((100 * r.hit) / r.of).toFixed(1)} %` : '-');
const cell = (r: Ratio) => `${pct(r)} (${r.hit}/${r.of})`;
const row = (name: string, dev: Ratio, own: Ratio, target: string) => `| ${name} | ${cell(dev)} | ${cell(own)} | ${target} |`;

const router = new ChannelRouter(loadContent());
const queries = scoreQueries(router, readJsonl<QueryCase>('queries-dev.jsonl'));
const urgent = scoreUrgent(readJsonl<UrgentCase>('urgent-dev.jsonl'));
const routeCases = readJsonl<RouteCase>('routes-dev.jsonl');
// Our own phrasings, written without looking at the content: a check on how search generalises.
const own = scoreQueries(router, readJsonl<QueryCase>('phrasings.jsonl', OWN_DIR));
const ownUrgent = scoreUrgent(readJsonl<UrgentCase>('danger-phrasings.jsonl', OWN_DIR));
const asWritten = scoreRoutes(router, routeCases, false);
const routingOnly = scoreRoutes(router, routeCases, true);

const lines = [
  `Evaluation sets: ${EVAL_DIR}`,
  '',
  '| search and danger | dev sets | own phrasings (tests/sets/own) | target |',
  '| --- | --- | --- | --- |',
  row('topic top-1, in-scope', queries.top1, own.top1, '≥ 90 %'),
  row('topic in top 3', queries.top3, own.top3, '≥ 97 %'),
  row('out-of-scope refused', queries.refusedOutOfScope, own.refusedOutOfScope, '≥ 90 %'),
  row('in-scope wrongly refused', queries.wronglyRefused, own.wronglyRefused, '≤ 3 %'),
  row('intent, where labelled', queries.intent, own.intent, '≥ 85 %'),
  row('danger signals caught', urgent.caught, ownUrgent.caught, 'all'),
  row('false alarms on near-misses', urgent.falseAlarms, ownUrgent.falseAlarms, '≤ 1 of 15'),
  '',
  '| routing (routes-dev) | as written (search decides) | topic given (routing alone) |',
  '| --- | --- | --- |',
  `| primary channel accepted | ${pct(asWritten.accepted)} (${asWritten.accepted.hit}/${asWritten.accepted.of}) | ${pct(routingOnly.accepted)} (${routingOnly.accepted.hit}/${routingOnly.accepted.of}) |`,
  `| unwanted channel offered | ${asWritten.unwantedOffered.hit} | ${routingOnly.unwantedOffered.hit} |`,
  `| topic agrees | ${pct(asWritten.topic)} (${asWritten.topic.hit}/${asWritten.topic.of}) | ${pct(routingOnly.topic)} (${routingOnly.topic.hit}/${routingOnly.topic.of}) |`,
  `| authority agrees | ${pct(asWritten.authority)} (${asWritten.authority.hit}/${asWritten.authority.of}) | ${pct(routingOnly.authority)} (${routingOnly.authority.hit}/${routingOnly.authority.of}) |`,
];
console.log(lines.join('\n'));
if (process.env.SHOW_MISSES) {
  console.log('\nMisses:');
  for (const m of [...queries.misses, ...urgent.misses]) console.log(`  ${m}`);
  for (const m of [...own.misses, ...ownUrgent.misses]) console.log(`  own phrasings: ${m}`);
  for (const m of asWritten.misses) console.log(`  route (as written) ${m}`);
  for (const m of routingOnly.misses) console.log(`  route (topic given) ${m}`);
}
