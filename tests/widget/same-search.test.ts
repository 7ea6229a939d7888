/**
 * The widget searches the content packed for it (one language, shorter word lists); the server
 * searches the content as written. Both must read every question alike: same topics, same
 * suggestions, same inquiry type.
 */
import { describe, expect, it } from 'vitest';
import { EVAL_DIR, FORMAL_DIR, OWN_DIR, type QueryCase, readJsonl } from '../../src/eval/eval-sets.js';
import { ChannelRouter } from '../../src/routing/channel-router.js';
import { widgetArticle, widgetCore } from '../../src/widget-data/build/pack.js';
import { addArticle, unpackCore } from '../../src/widget-data/unpack.js';
import { LANGS } from '../../src/model/vocabulary.js';
import { shippedContent, shippedRouter } from '../support/content.js';

// The widget knows its own municipality's places; the server, every municipality's. Compared on
// the demo municipality's, with the server's own indexes.
const demoOnly = new ChannelRouter({ ...shippedContent(), municipalities: { demo: shippedContent().municipalities.demo! } }, shippedRouter().indexes);
const questions = [...readJsonl<QueryCase>('queries-dev.jsonl', EVAL_DIR), ...readJsonl<QueryCase>('phrasings.jsonl', OWN_DIR), ...readJsonl<QueryCase>('queries.jsonl', FORMAL_DIR)];

describe.each(LANGS)('the widget core in %s', (lang) => {
  const { bundle, index } = unpackCore(widgetCore(shippedContent(), lang), shippedContent().municipalities.demo!);
  // Every article loaded, as the widget has each one once a question has found its topic.
  for (const topic of Object.values(shippedContent().topics)) addArticle(bundle, topic.id, lang, widgetArticle(topic, lang));
  const widget = new ChannelRouter(bundle, { [lang]: index });
  const own = questions.filter((q) => q.lang === lang);

  it(`reads the ${own.length} tuning questions in its language as the server does`, () => {
    expect(own.length).toBeGreaterThan(100);
    const differ = own.filter(({ q }) => {
      const [a, b] = [widget, demoOnly].map((r) => {
        const found = r.search(q, lang);
        return JSON.stringify([found, r.suggest(q, lang), found[0] ? r.cueFor(q, found[0].id, lang) : null]);
      });
      return a !== b;
    });
    expect(differ.map((c) => c.q)).toEqual([]);
  });
});
