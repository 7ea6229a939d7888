/**
 * Keystrokes in the console (issue 17's target): for the ten topics most routed in the seeded
 * demo year (src/server/demo-year.ts decides the mix), the fewest keys from focus in the search
 * field to the recommendation. Counted from the type-ahead itself and the real machine in
 * assisted mode:
 *   the shortest prefix of the topic's title or of one of its search terms that puts the topic
 *   first in the type-ahead (its letters) + Enter (picks the first option: the topic with its
 *   usual intent) + ArrowDown per option to another intent + Enter on the MitID question's
 *   first answer, which has focus, when the machine asks it (it asks only when the answer
 *   changes the channel).
 * Prints the table; asserts every topic is reachable within the budget, so a change to the
 * ranking or the flow that costs the staff keys fails here.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { conversationMachine } from '../../src/machine/conversation-machine.js';
import type { Intent } from '../../src/model/vocabulary.js';
import { demoYear } from '../../src/server/demo-year.js';
import { TopicTypeahead } from '../../src/staff/console/topic-typeahead.js';
import { typeaheadTopics } from '../../src/widget-data/build/typeahead-pack.js';
import { shippedContent } from '../support/content.js';

/** The demo year as `npm start` seeds it on this day (the mix depends on the date only through the calendar). */
const DEMO_TODAY = '2026-12-06';
/** A Tuesday in office hours: the answering phone is open, as at the desk. */
const AT = '2026-12-01T10:30:00+01:00';
/** The most keys any of the ten may take: measured at most 4 (the printed table), one key of slack for content changes. */
const BUDGET = 5;

const content = shippedContent();
const typeahead = new TopicTypeahead(typeaheadTopics(content, 'da'));

function topTen(): Array<{ topic: string; routed: number }> {
  const counts = new Map<string, number>();
  for (const e of demoYear(content, DEMO_TODAY)) if (e.type === 'routed') counts.set(e.topic, (counts.get(e.topic) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 10)
    .map(([topic, routed]) => ({ topic, routed }));
}

/** The shortest prefix of the title or a term that the type-ahead ranks first for `topic`. */
function shortestQuery(topic: string): string | null {
  const article = content.topics[topic]!.articles.da;
  let best: string | null = null;
  for (const phrase of [article.title, ...article.terms].map((p) => p.toLowerCase())) {
    for (let n = 1; n <= phrase.length && (best === null || n < best.length); n++) {
      const q = phrase.slice(0, n);
      if (q.trim().length === n && typeahead.suggest(q)[0]?.topic === topic) {
        best = q;
        break;
      }
    }
  }
  return best;
}

/** The intents in the order the console lists them: the topic's usual one first. */
function intentsOf(topic: string): Intent[] {
  const t = content.topics[topic]!;
  return [t.defaultIntent, ...(['transaction', 'interaction', 'information', 'relation'] as const).filter((i) => i !== t.defaultIntent && t.intents.includes(i))];
}

/** 1 when the machine in assisted mode asks about MitID after this pick, else 0. */
function mitIdKeys(topic: string, intent: Intent): number {
  const actor = createActor(conversationMachine, { input: { content, municipality: 'demo', lang: 'da', assisted: true } }).start();
  actor.send({ type: 'citizen.chooseTopic', topic, intent, now: AT });
  const state = actor.getSnapshot().value;
  actor.stop();
  if (state === 'askingDigital') return 1;
  expect(state).toBe('recommending');
  return 0;
}

describe('keystrokes from the search field to the recommendation', () => {
  it('for the ten topics most routed in the demo year, within the budget; the table is printed', () => {
    const rows = topTen().map(({ topic, routed }) => {
      const query = shortestQuery(topic);
      const intents = intentsOf(topic);
      const keysFor = (index: number) => (query === null ? Infinity : query.length + index + 1 + mitIdKeys(topic, intents[index]!));
      return { topic, routed, query, intent: intents[0]!, mitId: mitIdKeys(topic, intents[0]!), keys: keysFor(0), others: intents.slice(1).map((i, n) => `${i} ${keysFor(n + 1)}`) };
    });
    const table = [
      `demo year to ${DEMO_TODAY}; decisions at ${AT}`,
      '| # | topic | routed | query | keys typed | Enter | MitID | total (usual intent) | other intents |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map((r, i) => `| ${i + 1} | ${r.topic} | ${r.routed} | "${r.query}" | ${r.query?.length} | 1 (${r.intent}) | ${r.mitId} | ${r.keys} | ${r.others.join('; ') || '–'} |`),
    ].join('\n');
    console.log(table);
    for (const r of rows) expect([r.topic, r.keys <= BUDGET]).toEqual([r.topic, true]);
  });
});
