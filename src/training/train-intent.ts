/**
 * `npm run train:intent`: trains the inquiry-type model on training/intent/*.jsonl and writes
 * src/search/intent-model.json. A fifth of the sentences is held out first to report how the
 * model does on sentences it has not seen, at the shipped margin and at others; then the model is
 * trained again on all of them.
 * Deterministic: the same data gives the same file, and `--check` says whether the shipped file
 * is the one the shipped data trains (without writing it).
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../content/load.js';
import type { Topic } from '../model/content-bundle.js';
import { type ContentLang, contentLangOf, INTENTS, type Intent, LANGS } from '../model/vocabulary.js';
import { IntentDetector } from '../search/intent-cues.js';
import { SearchIndex } from '../search/search-index.js';
import { allStopwords, topicDocs } from '../search/topic-docs.js';
import { INTENT_FEATURE_BITS, intentFeatures, IntentModel, type PackedIntentModel } from '../search/intent-model.js';
import { unpackNumbers } from '../search/linear-scorer.js';
import { type Example, type FtrlOptions, trainFtrl } from './ftrl.js';
import { packScorer } from './pack-scorer.js';
import { readTrainingSentences, splitHeldOut, writeOrCheckModel } from './training-files.js';

const DATA_DIR = fileURLToPath(new URL('../../training/intent', import.meta.url));
const OUT = fileURLToPath(new URL('../search/intent-model.json', import.meta.url));

interface Sentence {
  q: string;
  topic: string;
  intent: Intent;
  lang: string;
}

const OPTIONS: FtrlOptions = { alpha: 0.1, beta: 1, l1: 2, l2: 1, epochs: 10 };
/**
 * The largest weights kept per intent: the model ships in the citizen's download (2.5 KB gzip at
 * 300). At 200 it is 1.8 KB, but the model alone read 2.6 points fewer held-out sentences right,
 * and the tuning sets lost three questions (the spent blind pairs four routing scenarios).
 */
const WEIGHTS_PER_INTENT = 300;
/** The margins the held-out fifth is read at, for the report (MARGIN among them). */
const MARGINS = Array.from({ length: 21 }, (_, i) => i * 0.25);
/**
 * How much surer than the topic's default another intent must be. Every training sentence says
 * its intent; many citizens' questions say nothing of it, and then the topic's default is the
 * better answer. It used to be chosen on the held-out fifth (the largest margin within 1 % of the
 * best there), but that choice sits on the edge of a plateau and moved with the data: leaving out
 * the 16 sentences blind pair M holds moved it from 1.5 to 1.25, and 5 routing scenarios of the
 * spent blind pairs A–L with it (route misses 75 against 80; 1.75: 76, 2.0: 80; intent on the
 * tuning and spent question sets 88.3 % at both 1.25 and 1.5). A fixed margin keeps a retrain from
 * changing answers that the data did not change. Earlier measurements: 1.5 against the held-out
 * optimum 0.5 accepted three more routing scenarios and moved 37 fewer bare topic names off the
 * topic's default; 3 accepted 1–3 fewer scenarios on each of the spent pairs C–H.
 */
const MARGIN = 1.5;

const content = loadContent();

function readSentences(): Sentence[] {
  return readTrainingSentences(DATA_DIR, (s): Sentence | string => {
    if (typeof s.q !== 'string' || !s.q.trim()) return '"q" must be a non-empty string';
    if (!INTENTS.includes(s.intent as Intent)) return `"intent" must be one of ${INTENTS.join(', ')}, not ${JSON.stringify(s.intent)}`;
    if (typeof s.topic !== 'string' || !content.topics[s.topic]) return `"topic" ${JSON.stringify(s.topic)} is no topic of the content`;
    return s as unknown as Sentence;
  });
}

/**
 * Each sentence also carries its topic as a feature, outside the hash space and free of L1, that
 * is trained and then left out of what ships: it takes up how often the writers gave each topic
 * each intent, so that words several topics share do not learn one topic's mix. The bias ships as zero: with one topic
 * feature on every sentence the two share one degree of freedom, and at run time the topic's
 * default and the margin stand for both. The topic's own words are left out of what the model
 * reads altogether (intent-model.ts).
 */
const TOPIC_FEATURES = 1 << INTENT_FEATURE_BITS;

/** One scorer per intent: that intent against the others, among sentences whose topic offers it. */
function trainModel(sentences: Sentence[], margin: number): PackedIntentModel {
  const topicIds = Object.keys(content.topics);
  const featured = sentences.map((s) => ({ s, features: [...intentFeatures(s.q, topicWordsOf(s)), TOPIC_FEATURES + topicIds.indexOf(s.topic)] }));
  const scorers = Object.fromEntries(
    INTENTS.map((intent) => {
      const examples = featured.filter(({ s }) => topicOf(s).intents.includes(intent)).map(({ s, features }): Example => ({ features, target: s.intent === intent ? 1 : 0 }));
      const { weights } = trainFtrl(examples, { ...OPTIONS, freeFrom: TOPIC_FEATURES });
      const words = new Map([...weights].filter(([id]) => id < TOPIC_FEATURES));
      return [intent, packScorer({ bias: 0, weights: words }, WEIGHTS_PER_INTENT)];
    }),
  ) as PackedIntentModel['scorers'];
  return { version: 1, scorers, margin };
}

const topicOf = (s: Sentence): Topic => content.topics[s.topic]!;

/** The search indexes the router builds: they say which words of a sentence name its topic. */
const indexes = Object.fromEntries(LANGS.map((l) => [l, SearchIndex.build(topicDocs(content, l), allStopwords(content))])) as Record<ContentLang, SearchIndex>;
/** A model that reads nothing: the cue words alone, and no dependence on the model being trained. */
const silent = { bias: 0, scale: 1, ids: '', weights: '' };
const CUES_ONLY = new IntentModel({ version: 1, scorers: { information: silent, interaction: silent, transaction: silent, relation: silent }, margin: 0 });
const cueWords = new IntentDetector(content.intentCues, CUES_ONLY);
const topicWordsOf = (s: Sentence) => cueWords.topicWords(indexes[contentLangOf(s.lang)], s.topic, contentLangOf(s.lang));

/** The share of sentences whose intent the detector (cues and a model) finds among the topic's own. */
function accuracy(model: IntentModel, sentences: Sentence[]): number {
  const detector = new IntentDetector(content.intentCues, model);
  return sentences.filter((s) => detector.detect(s.q, topicOf(s), contentLangOf(s.lang), topicWordsOf(s)) === s.intent).length / sentences.length;
}

/** The share of sentences whose intent is the model's best among the topic's own, without cues or margin. */
function modelAlone(model: IntentModel, sentences: Sentence[]): number {
  return (
    sentences.filter((s) => {
      const scores = model.scores(s.q, topicWordsOf(s))!;
      return topicOf(s).intents.reduce((a, b) => (scores.get(b)! > scores.get(a)! ? b : a)) === s.intent;
    }).length / sentences.length
  );
}

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

const sentences = readSentences();
const { train, held } = splitHeldOut(sentences);

const trial = trainModel(train, 0);
const byMargin = MARGINS.map((margin) => ({ margin, hit: accuracy(new IntentModel({ ...trial, margin }), held) }));
const top = Math.max(...byMargin.map((m) => m.hit));
const atMargin = byMargin.find((m) => m.margin === MARGIN)!.hit;
const cuesAlone = accuracy(CUES_ONLY, held);
const defaultHit = held.filter((s) => topicOf(s).defaultIntent === s.intent).length / held.length;

const packed = trainModel(sentences, MARGIN);
const json = JSON.stringify(packed);
writeOrCheckModel(OUT, json, 'npm run train:intent');

const count = (pick: (s: Sentence) => string) => {
  const n = new Map<string, number>();
  for (const s of sentences) n.set(pick(s), (n.get(pick(s)) ?? 0) + 1);
  return [...n].map(([k, v]) => `${k} ${v}`).join(', ');
};
const weights = (intent: Intent) => unpackNumbers(packed.scorers[intent].weights).length;
console.log(
  [
    `sentences: ${sentences.length} (${count((s) => s.intent)}; ${count((s) => s.lang)})`,
    `held out (${held.length}), intent among the topic's own: cues and model ${percent(atMargin)} at margin ${MARGIN} (best ${percent(top)} at ${byMargin.find((m) => m.hit === top)!.margin}, ${percent(byMargin[0]!.hit)} at 0), model alone ${percent(modelAlone(new IntentModel(trial), held))}, cues alone ${percent(cuesAlone)}, the topic's default ${percent(defaultHit)}`,
    `weights kept: ${INTENTS.map((i) => `${i} ${weights(i)}`).join(', ')}`,
    `src/search/intent-model.json: ${(json.length / 1024).toFixed(1)} KB, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
  ].join('\n'),
);
