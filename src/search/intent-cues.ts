/**
 * Which inquiry type a question is: cue words in Danish and English ("status", "hvad koster",
 * "søg"). A cue only picks among the matched topic's own intents, and the topic's article may
 * give a word its own meaning (for passports, "mistet" is first information: report, then book).
 */
import type { IntentCues } from '../model/content-schema.js';
import type { Topic } from '../model/content-bundle.js';
import { INTENTS, type Intent, LANGS } from '../model/vocabulary.js';
import { keyOf } from './analyze.js';
import { limitText, words } from './normalize.js';
import { getOrCreate } from './get-or-create.js';

/** A topic's own cue outweighs a general one. */
const TOPIC_CUE_WEIGHT = 2;

function phraseKeys(phrase: string): string {
  return words(phrase).map(keyOf).join(' ');
}

/** The query as keys with spaces around, so a cue matches whole words only. */
function haystack(text: string): string {
  return ` ${words(limitText(text)).map(keyOf).join(' ')} `;
}

export class IntentDetector {
  private readonly general: Array<{ intent: Intent; key: string; length: number }>;
  /** Stem keys of every single cue word: search counts them as saying little about the topic. */
  readonly cueKeys: Set<string>;

  constructor(cues: IntentCues) {
    this.general = [];
    this.cueKeys = new Set();
    for (const intent of INTENTS)
      for (const lang of LANGS)
        for (const phrase of cues[intent]?.[lang] ?? []) {
          const key = phraseKeys(phrase);
          if (!key) continue;
          this.general.push({ intent, key, length: key.split(' ').length });
          if (!key.includes(' ')) this.cueKeys.add(key);
          else for (const w of key.split(' ')) if (w.length > 2) this.cueKeys.add(w);
        }
  }

  /** The topic's intent the text points to, or null when it carries no cue for any of them. */
  detect(text: string, topic: Topic): Intent | null {
    const hay = haystack(text);
    // intent → cue key → weight: a word that is both a general and a topic cue counts once.
    const found = new Map<Intent, Map<string, number>>();
    const bump = (intent: Intent, key: string, weight: number) => {
      if (!topic.intents.includes(intent)) return;
      const keys = getOrCreate(found, intent, () => new Map<string, number>());
      keys.set(key, Math.max(keys.get(key) ?? 0, weight));
    };
    for (const cue of this.general) if (hay.includes(` ${cue.key} `)) bump(cue.intent, cue.key, cue.length);
    for (const lang of LANGS)
      for (const [intent, entry] of Object.entries(topic.articles[lang].intents))
        for (const phrase of entry?.cues ?? []) {
          const key = phraseKeys(phrase);
          if (key && hay.includes(` ${key} `)) bump(intent as Intent, key, TOPIC_CUE_WEIGHT * key.split(' ').length);
        }
    let best: Intent | null = null;
    let bestScore = 0;
    for (const [intent, keys] of found) {
      const s = [...keys.values()].reduce((a, b) => a + b, 0);
      if (s > bestScore || (s === bestScore && intent === topic.defaultIntent)) {
        best = intent;
        bestScore = s;
      }
    }
    return best;
  }
}
