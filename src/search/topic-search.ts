/**
 * Topic search with a calibrated confidence.
 *
 * Each query word gets a mass: how telling it is (its inverse document frequency; a word the
 * index has never seen gets a high mass, because it is probably what the question is about).
 * A topic's confidence is the share of that mass its vocabulary explains, each word counted by
 * how well it matched (exact, compound part, misspelling) and where (title over vocabulary over
 * examples). So "skift farve på væggen" scores low for *Skift læge*: "skift" is one generic word
 * out of three, and the two telling ones are unknown.
 *
 * The confidence is in [0, 1] and monotone: a better match for any word never lowers it, and a
 * word the topic explains fully (its one-word title, a word of its vocabulary standing alone)
 * never lowers it either. 1 means every word of the question is the topic's own. Topics under
 * MIN_CONFIDENCE (LONE_CONFIDENCE for a topic no other comes near) are not returned; between
 * SUGGESTION_FLOOR and it they are offered as "did you mean". A long, formal question that names
 * a topic by a word only that topic owns, and shares at least one more word with it, is answered
 * even where the words around it are unknown.
 */
import type { TopicMatch } from '../model/route-answer.js';
import { keyOf, type Token } from './analyze.js';
import { splitCompound } from './compounds.js';
import { withoutDates } from './dates.js';
import { allowedEdits, editDistance } from './fuzzy.js';
import { fold, limitText, words } from './normalize.js';
import type { SearchIndex } from './search-index.js';

/** The confidence at which a topic is returned at all; below it the question is refused. */
export const MIN_CONFIDENCE = 0.46;
/**
 * A one-word question is the weakest evidence: the word must be the topic's own (its title or a
 * word of its vocabulary on its own), not one word of a longer phrase ("test" in "Danish test").
 */
export const MIN_CONFIDENCE_ONE_WORD = 0.7;
/**
 * A topic that no other comes near (the runner-up under LONE_LEAD of its confidence), in a
 * question of at least LONE_MIN_WORDS telling words, is answered from this lower confidence: the
 * words around an errand that the vocabulary lacks pull its one topic down, while a question no
 * topic explains tends to touch several. Measured in README.md.
 */
const LONE_CONFIDENCE = 0.42;
const LONE_LEAD = 0.8;
/**
 * Fewer telling words than this, and an unknown one is too much of the question to read past
 * ("telefonnummer til dominos").
 */
const LONE_MIN_WORDS = 3;
/**
 * Below the refusal threshold but above this, a topic is a guess worth offering ("Mente du …?"),
 * never an answer.
 */
export const SUGGESTION_FLOOR = 0.35;
const MAX_SUGGESTIONS = 3;
/** Further topics must reach this share of the best one's confidence to be listed. */
const RUNNER_UP_SHARE = 0.6;
const MAX_RESULTS = 5;
/** Mass of a word the index does not know, as a share of the rarest known word's. */
const UNKNOWN_MASS = 1;
/**
 * Words that say what kind of inquiry it is ("hvad koster", "status") or that appear everywhere
 * ("hjælp", "søg") say little about the topic.
 */
const LIGHT_MASS = 0.35;
/**
 * A light word the index does not know (a town of the municipality, a capitalised name, a generic
 * word no topic uses) counts at this share of the rarest word's mass: at the full mass, two town
 * names still outweighed the errand ("flytter fra Nexø til Rønne" was refused).
 */
const UNKNOWN_NAME_SHARE = 0.3;

const QUALITY = { exact: 1, inflection: 0.9, part: 0.85, fuzzy1: 0.85, fuzzy2: 0.7 } as const;

/**
 * Endings the Snowball stemmer leaves on irregular forms ("døde", "gult", "blåt") and on English
 * words ("died", "renewing"): tried off, and on, when a word is unknown. Longest first.
 */
const ENDINGS = ['ende', 'ede', 'ing', 'ene', 'er', 'en', 'et', 'es', 'te', 'ed', 'e', 't', 's', 'r', 'd'];

function inflection(index: SearchIndex, surface: string): string | undefined {
  for (const end of ENDINGS) {
    if (surface.endsWith(end) && surface.length - end.length >= 3) {
      const key = index.known(surface.slice(0, -end.length));
      if (key && index.has(key)) return key;
    }
  }
  if (surface.length >= 3)
    for (const end of ENDINGS) {
      const key = index.known(surface + end);
      if (key && index.has(key)) return key;
    }
  return undefined;
}

interface Candidate {
  key: string;
  quality: number;
}

/** What one query word (or a joined pair) can match. */
interface Slot {
  candidates: Candidate[][];
  mass: number;
  light: boolean;
  /** A generic word ("hjælp", "kommune"): it appears in many topics and names none. */
  generic: boolean;
}

/**
 * A word that one topic alone has as its own (its title or a term standing alone) names that
 * topic, however many words around it the vocabulary lacks: "Frit valg af leverandør af
 * hjemmehjælp" is about home help. Such a topic, if it explains at least NAMED_FLOOR of the
 * question and one more of its words, is answered at STRONG_TERM_CONFIDENCE at least. One word
 * alone is not enough: "telefonnummer til dominos" names Borgerservice's word and is no errand.
 */
export const STRONG_TERM_CONFIDENCE = 0.55;
/** How much of the question a topic named by its own word must explain to be answered. */
const NAMED_FLOOR = 0.35;
/** A posting this heavy is a title word or a vocabulary term on its own, not a word in passing. */
const OWN_WEIGHT = 0.85;
/** Shorter words are too often abbreviations of something else in the world ("SU", "pas" as in "pass"). */
const MIN_STRONG_LENGTH = 5;

/**
 * A question that names a neighbouring service a topic does not cover ("seniorpension" beside
 * *Folkepension*) keeps this share of that topic's confidence: a guess, never an answer.
 */
const UNLIKE_FACTOR = 0.4;

/** True when the question's keys contain one of the document's `unlike` phrases, in order. */
function namesNeighbour(index: SearchIndex, doc: number, keys: string[]): boolean {
  for (const phrase of index.unlike.get(doc) ?? []) for (let i = 0; i + phrase.length <= keys.length; i++) if (phrase.every((k, j) => keys[i + j] === k)) return true;
  return false;
}

/** A topic named by its own word is answered once it explains a fair share of the question. */
function strengthened(score: number, named: boolean): number {
  return named && score >= NAMED_FLOOR ? Math.max(score, STRONG_TERM_CONFIDENCE) : score;
}

const ownersCache = new WeakMap<SearchIndex, Map<string, number>>();

/** How many topics have `key` as their own word. */
function owners(index: SearchIndex, key: string): number {
  let cache = ownersCache.get(index);
  if (!cache) ownersCache.set(index, (cache = new Map()));
  let n = cache.get(key);
  if (n === undefined) {
    n = 0;
    for (const w of index.postings.get(key)?.values() ?? []) if (w >= OWN_WEIGHT) n++;
    cache.set(key, n);
  }
  return n;
}

/**
 * Without a Danish keyboard, æ is often written e ("lege", "tandlege", "egtepar"): folding cannot
 * undo that, since e is a letter of its own. An unknown word of AE_WORD letters is tried with one
 * e read as æ (folded: a), first e first. Four letters are too few: "lege" is also to play ("sjove
 * lege til børn" is no doctor's errand).
 */
const AE_WORD = { min: 5, max: 24 };
function withAeWrittenE(index: SearchIndex, surface: string): string | undefined {
  if (surface.length < AE_WORD.min || surface.length > AE_WORD.max) return undefined;
  for (let i = surface.indexOf('e'); i >= 0; i = surface.indexOf('e', i + 1)) {
    const key = index.known(`${surface.slice(0, i)}a${surface.slice(i + 1)}`);
    if (key && index.has(key)) return key;
  }
  return undefined;
}

/** The key the index has the word under, by its stem or as written (undefined: not as such). */
function exactKey(index: SearchIndex, token: Token): string | undefined {
  return index.has(token.key) ? token.key : index.known(token.surface);
}

/** What one word can match; `exact` (its exactKey) and `spelt` (withAeWrittenE) are looked up once by the caller. */
function candidatesFor(index: SearchIndex, token: Token, exact: string | undefined, spelt: string | undefined): Candidate[][] {
  if (exact) return [[{ key: exact, quality: QUALITY.exact }]];
  if (spelt) return [[{ key: spelt, quality: QUALITY.inflection }]];
  const inflected = inflection(index, token.surface);
  if (inflected) return [[{ key: inflected, quality: QUALITY.inflection }]];
  const parts = splitCompound(token.surface, (p) => index.known(p)) ?? splitCompound(token.key, (p) => index.known(p));
  if (parts) return parts.filter((p) => index.has(p)).map((p) => [{ key: p, quality: QUALITY.part }]);
  const near = index.fuzzy.nearest(token.key);
  if (near.length) return [near.map((n) => ({ key: n.word, quality: n.distance === 1 ? QUALITY.fuzzy1 : QUALITY.fuzzy2 }))];
  return [];
}

/** A key's heaviest posting: how much some topic has the word as its own (0 when no topic has it). */
function bestWeight(index: SearchIndex, key: string): number {
  let best = 0;
  for (const w of index.postings.get(key)?.values() ?? []) if (w > best) best = w;
  return best;
}

/**
 * Adjacent words whose joined form the index knows as one word: "mit id" → mitid, "e boks" →
 * eboks, "sne rydning" → snerydning, "navne ændring" → navneændring (Danish compounds are often
 * written apart). Only where the joined word is some topic's own at least as much as either word
 * alone: "bulky waste" stays two words of *Storskrald*'s terms rather than becoming "bulky-waste"
 * of one of its action labels.
 */
function joinPairs(index: SearchIndex, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (b) {
      const joined = index.known(a.surface + b.surface) ?? index.known(keyOf(a.surface + b.surface));
      if (joined && index.has(joined) && bestWeight(index, joined) >= Math.max(bestWeight(index, a.key), bestWeight(index, b.key))) {
        out.push({ surface: a.surface + b.surface, key: joined });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * How telling a known word is: rare words tell more (idf), and so do words that some topic has as
 * its own (title, vocabulary) rather than only in passing (an example sentence).
 */
function knownMass(index: SearchIndex, key: string): number {
  return (index.idf.get(key) ?? 0) * Math.sqrt(bestWeight(index, key));
}

/**
 * An unknown word one slip from a word search reads past is that word misspelt, not the rare
 * subject of the question: "veret" and "lenge" are "været" and "længe" written without æ, "hjelpen"
 * is "hjælpen". Such a word is dropped when it is near a stop word and counts as light when near a
 * generic word or cue (`lightKeys`); without this, each weighed as the rarest word there is and a
 * wrapped errand ("puha, det har veret en lang uge, nu skal jeg melde flytning") was refused.
 */
function nearPassedWord(word: string, candidates: Iterable<string>, written = word): boolean {
  // One edit at most, and only for a word written long enough to allow one (`written`: as typed, where `word` is its stem).
  const max = Math.min(1, allowedEdits(written.length));
  if (max === 0) return false;
  for (const c of candidates) if (c.length >= 4 && (c[0] === word[0] || (word[0] === 'e' && c[0] === 'a')) && editDistance(word, c, max) <= max) return true;
  return false;
}

/** An unknown two-letter token ("pr", "sd") is more likely noise than the subject. */
function shortWordShare(word: string): number {
  return word.length <= 2 ? 0.3 : word.length === 3 ? 0.6 : 1;
}

interface Ranking {
  /** Every topic that matched anything, best first, with its unrounded confidence. */
  ranked: TopicMatch[];
  /** The confidence this question needs for a topic to count as found. */
  floor: number;
}

/**
 * The words written with a capital inside a sentence ("er lige flyttet til Rønne", "a doctor in
 * Viby"), folded: names of places and people. One the index does not know says where or who,
 * not what the errand is, so it weighs as a generic word instead of as the rarest word there is.
 */
function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const sentence of text.split(/[.!?:;\n]+/)) {
    const raw = sentence.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
    for (let i = 1; i < raw.length; i++) if (/^\p{Lu}\p{Ll}/u.test(raw[i]!)) for (const w of words(raw[i]!)) names.add(fold(w));
  }
  return names;
}

/**
 * "not married", "ikke gift" read as the one word a topic may have for it ("unmarried", "ugift"),
 * where the index knows that word: the negation is a stop word, and without it "married" found
 * the wedding instead of the unmarried father's paternity.
 */
function joinNegations(index: SearchIndex, text: string): string {
  return text.replace(/\b(not|ikke)\s+(\p{L}+)/giu, (phrase, not: string, word: string) => {
    const joined = `${not.toLowerCase() === 'not' ? 'un' : 'u'}${word.toLowerCase()}`;
    return index.known(fold(joined)) ? joined : phrase;
  });
}

/**
 * `lightKeys`: stem keys of intent cues, generic words and place names (see LIGHT_MASS);
 * `genericKeys`: those of the generic words.
 */
function rankTopics(index: SearchIndex, query: string, lightKeys: ReadonlySet<string>, genericKeys: ReadonlySet<string>): Ranking {
  const text = joinNegations(index, withoutDates(limitText(query)));
  const plain = index.tokenize(text);
  const tokens = joinPairs(index, plain);
  if (tokens.length === 0) return { ranked: [], floor: MIN_CONFIDENCE };
  const unknownMass = UNKNOWN_MASS * index.maxIdf;
  const names = namesIn(text);

  const slots: Slot[] = tokens.flatMap((token) => {
    // Checked before compounds and misspellings of the index's words: "veret" is "været", not "ve" + "ret".
    const exact = exactKey(index, token);
    const passed = !exact && !lightKeys.has(token.key);
    if (passed && nearPassedWord(token.surface, index.stopwords)) return [];
    // Unless, with æ written e, it is a topic's own word ("samver" is "samvær", not "samt" misspelt).
    const spelt = exact ? undefined : withAeWrittenE(index, token.surface);
    const slight = passed && !(spelt && bestWeight(index, spelt) >= OWN_WEIGHT) && nearPassedWord(token.key, lightKeys, token.surface);
    const candidates = slight ? [] : candidatesFor(index, token, exact, spelt);
    const keys = candidates.flat();
    const mass = keys.length ? Math.max(...keys.map((c) => knownMass(index, c.key))) : unknownMass * shortWordShare(token.surface);
    // Numbers ("3 uger", "gruppe 2", "January 2nd") qualify a question more than they name its subject.
    const light = slight || lightKeys.has(token.key) || /^\d+(st|nd|rd|th)?$/.test(token.key) || (!keys.length && names.has(token.surface));
    return [{ candidates, mass: light ? mass * LIGHT_MASS * (keys.length ? 1 : UNKNOWN_NAME_SHARE) : mass, light, generic: genericKeys.has(token.key) }];
  });
  const total = slots.reduce((sum, s) => sum + s.mass, 0);
  // One generic word ("hjælp", "tak for hjælpen") names no errand, whichever title happens to hold
  // it; a lone cue word may ("hvor er vi på ventelisten").
  if (total === 0 || (slots.length === 1 && slots[0]!.generic)) return { ranked: [], floor: MIN_CONFIDENCE };

  const queryKeys = plain.map((t) => t.key);
  const scores = new Map<number, number>();
  const named = new Set<number>();
  // How many of the question's words each topic explains (a named topic needs two).
  const matchedWords = new Map<number, number>();
  for (const slot of slots) {
    if (!slot.candidates.length) continue;
    // A whole word (not a part, not a guessed spelling) that one topic alone owns.
    const whole = slot.candidates.length === 1 ? slot.candidates[0]!.filter((c) => c.quality >= QUALITY.inflection) : [];
    for (const c of slot.light ? [] : whole)
      if (c.key.length >= MIN_STRONG_LENGTH && owners(index, c.key) === 1) for (const [doc, w] of index.postings.get(c.key) ?? []) if (w >= OWN_WEIGHT) named.add(doc);
    // A compound's parts share the word's mass; a light part after the first (a cue or generic word:
    // "-ansøgning" in "boligstøtteansøgning") takes a light share, since what kind of application it is
    // names the errand. Each part takes its best match.
    const partWeights = slot.candidates.map((alternatives, part) => (part > 0 && alternatives.every((c) => lightKeys.has(c.key)) ? LIGHT_MASS : 1));
    const partTotal = partWeights.reduce((sum, w) => sum + w, 0);
    const perDoc = new Map<number, number>();
    slot.candidates.forEach((alternatives, part) => {
      const share = (slot.mass * partWeights[part]!) / partTotal;
      const best = new Map<number, number>();
      for (const c of alternatives) for (const [doc, w] of index.postings.get(c.key) ?? []) best.set(doc, Math.max(best.get(doc) ?? 0, c.quality * w));
      for (const [doc, v] of best) perDoc.set(doc, (perDoc.get(doc) ?? 0) + share * v);
    });
    for (const [doc, v] of perDoc) {
      scores.set(doc, (scores.get(doc) ?? 0) + v);
      matchedWords.set(doc, (matchedWords.get(doc) ?? 0) + 1);
    }
  }

  const ranked = [...scores]
    .map(([doc, s]) => {
      const raw = Math.min(1, s / total);
      const score = strengthened(raw, named.has(doc) && (matchedWords.get(doc) ?? 0) >= 2);
      return { doc, id: index.ids[doc]!, raw, score: namesNeighbour(index, doc, queryKeys) ? score * UNLIKE_FACTOR : score };
    })
    // Two topics each named by a word of their own both stand at STRONG_TERM_CONFIDENCE: the one
    // that explains more of the question comes first ("hvor melder jeg adresseændring" about a new
    // "rækkehus" is the move, not the property tax).
    .sort((a, b) => b.score - a.score || b.raw - a.raw || index.docSize[a.doc]! - index.docSize[b.doc]! || a.id.localeCompare(b.id))
    .map(({ id, score }) => ({ id, score }));
  if (slots.length === 1) return { ranked, floor: MIN_CONFIDENCE_ONE_WORD };
  const [first, second] = ranked;
  const alone = first !== undefined && slots.length >= LONE_MIN_WORDS && (second?.score ?? 0) <= LONE_LEAD * first.score;
  return { ranked, floor: alone ? LONE_CONFIDENCE : MIN_CONFIDENCE };
}

const rounded = (m: TopicMatch): TopicMatch => ({ id: m.id, score: Math.round(m.score * 1000) / 1000 });

/** The topics the question is about, best first; empty when none is confident. */
export function searchTopics(index: SearchIndex, query: string, lightKeys: ReadonlySet<string> = new Set(), genericKeys: ReadonlySet<string> = new Set()): TopicMatch[] {
  const { ranked, floor } = rankTopics(index, query, lightKeys, genericKeys);
  const best = ranked[0];
  if (!best || best.score < floor) return [];
  return ranked
    .filter((m) => m.score >= floor && m.score >= best.score * RUNNER_UP_SHARE)
    .slice(0, MAX_RESULTS)
    .map(rounded);
}

/** For a refused question: the topics it came closest to, to offer as "did you mean". */
export function suggestTopics(index: SearchIndex, query: string, lightKeys: ReadonlySet<string> = new Set(), genericKeys: ReadonlySet<string> = new Set()): TopicMatch[] {
  const { ranked, floor } = rankTopics(index, query, lightKeys, genericKeys);
  if ((ranked[0]?.score ?? 0) >= floor) return [];
  return ranked
    .filter((m) => m.score >= SUGGESTION_FLOOR)
    .slice(0, MAX_SUGGESTIONS)
    .map(rounded);
}
