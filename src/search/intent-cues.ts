/**
 * Which inquiry type a question is: the learned model's reading of how the question is put
 * (intent-model.ts) together with cue words in Danish and English ("status", "hvad koster",
 * "søg"). Both only pick among the matched topic's own intents, and the topic's article may
 * give a word its own meaning (for passports, "mistet" is first information: report, then book).
 */
import type { IntentCues } from '../model/content-schema.js';
import type { Topic } from '../model/content-bundle.js';
import { type ContentLang, INTENTS, type Intent, LANGS } from '../model/vocabulary.js';
import { keyOf } from './analyze.js';
import { fold, limitText, words } from './normalize.js';
import type { SearchIndex } from './search-index.js';
import { getOrCreate } from './get-or-create.js';
import { editDistance } from './fuzzy.js';
import { type IntentModel, shippedIntentModel } from './intent-model.js';
import { onlyNamesService } from './service-name.js';

/** A topic's own cue outweighs a general one. */
const TOPIC_CUE_WEIGHT = 2;

/**
 * What a cue's weight (above) adds to the model's score. A topic's own cues carry meanings the
 * model cannot know ("mistet" for passports), so each counts 4, a general cue word 1. Chosen on
 * the tuning sets (dev, own, formal): own cues counted 2 lost 5 formal questions; general cues at
 * 0.5 or 1.5 changed nothing there.
 */
const OWN_CUES_IN_LOG_ODDS = 2;
const GENERAL_CUES_IN_LOG_ODDS = 1;

/**
 * A posting this heavy is the topic's title word or a term of its own (search-index.ts): such a
 * word names the topic and says nothing of the inquiry type, so the model does not read it.
 */
const TOPIC_WORD_WEIGHT = 0.8;

/** Marks the start of the question in cue keys and haystacks: a cue written "^is" matches only there. */
const START = '^';

function phraseKeys(phrase: string): string {
  const keys = words(phrase).map(keyOf).join(' ');
  return phrase.startsWith(START) && keys ? `${START} ${keys}` : keys;
}

/**
 * The query as keys with spaces around, so a cue matches whole words only, after a start mark:
 * a question that opens with "is", "do" or "må" asks whether ("is a mattress bulky waste"),
 * where the same words inside a sentence say nothing.
 */
function haystack(text: string, spell: (key: string) => string = (key) => key): string {
  return ` ${START} ${words(limitText(text)).map(keyOf).map(spell).join(' ')} `;
}

/**
 * A long cue word typed with one slip ("indkomstgrense", "ansøgnng") is that cue: such words are
 * specific enough that one letter does not make another word of the same length.
 */
const MISSPELT_CUE_LENGTH = 7;
const isLong = (key: string): boolean => key.length >= MISSPELT_CUE_LENGTH;

/**
 * Each language's cues are read only for questions in that language, as in the widget, which
 * carries the cues of its own language alone: the product that is measured is the one that ships.
 */
export class IntentDetector {
  private readonly general: Record<ContentLang, Array<{ intent: Intent; key: string; length: number }>>;
  /** Stem keys of every single cue word, per language: search counts them as saying little about the topic. */
  readonly cueKeys: Record<ContentLang, Set<string>>;
  /** The cue words long enough to be read through one slip (MISSPELT_CUE_LENGTH), per language. */
  private readonly longCueKeys: Record<ContentLang, string[]>;

  /** `model`: the learned reading of the question (the shipped one unless a test or the training gives another). */
  constructor(
    cues: IntentCues,
    private readonly model: IntentModel = shippedIntentModel(),
  ) {
    this.general = { da: [], en: [] };
    this.cueKeys = { da: new Set(), en: new Set() };
    for (const intent of INTENTS)
      for (const lang of LANGS)
        for (const phrase of cues[intent]?.[lang] ?? []) {
          const key = phraseKeys(phrase);
          if (!key) continue;
          const length = key.split(' ').filter((w) => w !== START).length;
          this.general[lang].push({ intent, key, length });
          if (!key.includes(' ')) this.cueKeys[lang].add(key);
          else for (const w of key.split(' ')) if (w.length > 2 && w !== START) this.cueKeys[lang].add(w);
        }
    this.longCueKeys = { da: [...this.cueKeys.da].filter(isLong), en: [...this.cueKeys.en].filter(isLong) };
  }

  /**
   * Which of a question's words name the topic in `index`: a word the topic has in its title or
   * as a term of its own (TOPIC_WORD_WEIGHT), unless it is a cue word.
   */
  topicWords(index: SearchIndex, topicId: string, lang: ContentLang): (word: string) => boolean {
    const doc = index.ids.indexOf(topicId);
    return (word) => {
      const key = keyOf(word);
      if (this.cueKeys[lang].has(key)) return false;
      const weights = index.postings.get(key) ?? index.postings.get(fold(word));
      return (weights?.get(doc) ?? 0) >= TOPIC_WORD_WEIGHT;
    };
  }

  /** The cue word `key` is one slip from, among the language's and the topic's own long cue words (`own`); else `key`. */
  private misspeltCue(key: string, lang: ContentLang, own: ReadonlySet<string>): string {
    if (!isLong(key) || this.cueKeys[lang].has(key) || own.has(key)) return key;
    const near = (cue: string) => isLong(cue) && editDistance(key, cue, 1) <= 1;
    return this.longCueKeys[lang].find(near) ?? [...own].find(near) ?? key;
  }

  /** Each of the topic's intents the text has cues for, with the cues' weight: general cues and the topic's own apart. */
  cueScores(text: string, topic: Topic, lang: ContentLang): { general: Map<Intent, number>; own: Map<Intent, number> } {
    // The topic's own cues, as keys once: matched below, and read through a slip in the haystack.
    const ownCues = Object.entries(topic.articles[lang].intents).flatMap(([intent, entry]) =>
      (entry?.cues ?? []).map((phrase) => ({ intent: intent as Intent, key: phraseKeys(phrase) })).filter((c) => c.key),
    );
    const ownWords = new Set(ownCues.flatMap((c) => c.key.split(' ')));
    const hay = haystack(text, (key) => this.misspeltCue(key, lang, ownWords));
    // intent → cue key → weight: a word that is both a general and a topic cue counts once, as the topic's.
    const found = { general: new Map<Intent, Map<string, number>>(), own: new Map<Intent, Map<string, number>>() };
    const bump = (kind: 'general' | 'own', intent: Intent, key: string, weight: number) => {
      if (!topic.intents.includes(intent)) return;
      const keys = getOrCreate(found[kind], intent, () => new Map<string, number>());
      keys.set(key, Math.max(keys.get(key) ?? 0, weight));
    };
    for (const { intent, key } of ownCues) if (hay.includes(` ${key} `)) bump('own', intent, key, TOPIC_CUE_WEIGHT * key.split(' ').length);
    for (const cue of this.general[lang]) if (hay.includes(` ${cue.key} `) && !found.own.get(cue.intent)?.has(cue.key)) bump('general', cue.intent, cue.key, cue.length);
    const sum = (m: Map<Intent, Map<string, number>>) => new Map([...m].map(([intent, keys]) => [intent, [...keys.values()].reduce((x, y) => x + y, 0)]));
    return { general: sum(found.general), own: sum(found.own) };
  }

  /**
   * The topic's intent the question points to: the model's log-odds plus the cues' weight, each
   * intent of the topic against the others; another intent than the topic's default must win by
   * the model's margin. Null for a question without words. `isTopicWord` (see `topicWords`)
   * keeps the words that name the topic out of the model's reading. A question that only names
   * the service of a topic whose default is the meeting starts from information instead
   * (service-name.ts).
   */
  detect(text: string, topic: Topic, lang: ContentLang, isTopicWord?: (word: string) => boolean): Intent | null {
    const scores = this.model.scores(text, isTopicWord);
    if (!scores) return null;
    const { general, own } = this.cueScores(text, topic, lang);
    const total = (intent: Intent) => scores.get(intent)! + OWN_CUES_IN_LOG_ODDS * (own.get(intent) ?? 0) + GENERAL_CUES_IN_LOG_ODDS * (general.get(intent) ?? 0);
    const named = topic.defaultIntent === 'relation' && topic.intents.includes('information') && onlyNamesService(text, lang);
    let best: Intent = named ? 'information' : topic.defaultIntent;
    let bestScore = total(best) + this.model.packed.margin;
    for (const intent of topic.intents) {
      const s = total(intent);
      if (s > bestScore) [best, bestScore] = [intent, s];
    }
    return best;
  }
}
