/** Search quality floors on the dev sets and our own phrasings, and cases named by what the citizen typed. */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { OWN_DIR, type QueryCase, readJsonl, type UrgentCase } from '../../src/eval/eval-sets.js';
import { type Ratio, scoreQueries, scoreUrgent } from '../../src/eval/scores.js';
import { MAX_SPLIT_LOOKUPS } from '../../src/search/compounds.js';
import { MAX_TEXT } from '../../src/search/normalize.js';
import { shippedRouter } from '../support/content.js';

const router = shippedRouter();
const share = (r: Ratio) => r.hit / r.of;
const top = (q: string) => router.search(q)[0]?.id;

describe('quality floors', () => {
  it('on the dev queries: top-1 ≥ 90 %, top-3 ≥ 97 %, refusals ≥ 90 %, wrong refusals ≤ 3 %, intent ≥ 85 %', () => {
    const s = scoreQueries(router, readJsonl<QueryCase>('queries-dev.jsonl'));
    expect(share(s.top1), s.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(share(s.top3)).toBeGreaterThanOrEqual(0.97);
    expect(share(s.refusedOutOfScope), s.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(share(s.wronglyRefused)).toBeLessThanOrEqual(0.03);
    expect(share(s.intent)).toBeGreaterThanOrEqual(0.85);
  });

  it('on the dev danger set: every signal caught, at most one false alarm', () => {
    const s = scoreUrgent(readJsonl<UrgentCase>('urgent-dev.jsonl'));
    expect(s.caught.hit).toBe(s.caught.of);
    expect(s.falseAlarms.hit).toBeLessThanOrEqual(1);
  });

  it('on our own phrasings, written without looking at the content: top-1 ≥ 85 %, refusals ≥ 80 %', () => {
    const s = scoreQueries(router, readJsonl<QueryCase>('phrasings.jsonl', OWN_DIR));
    expect(share(s.top1), s.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(share(s.refusedOutOfScope), s.misses.join('\n')).toBeGreaterThanOrEqual(0.8);
    const danger = scoreUrgent(readJsonl<UrgentCase>('danger-phrasings.jsonl', OWN_DIR));
    expect(danger.caught.hit, danger.misses.join('\n')).toBe(danger.caught.of);
  });
});

describe('what citizens type', () => {
  it.each([
    ['sundhedskrot', 'sundhedskort'],
    ['det gule kort', 'sundhedskort'],
    ['mit id', 'mitid'],
    ['flytteanmeldelse', 'flytning'],
    ['dagplejeplads', 'pladsanvisning'],
    ['kørekortfornyelse', 'koerekort'],
    ['koerekort', 'koerekort'],
    ['sundhedskortet', 'sundhedskort'],
    ['how much does a passport cost', 'pas'],
    ['boligstotte', 'boligstoette'],
  ])("'%s' finds %s", (q, id) => {
    expect(top(q)).toBe(id);
  });

  it.each(['skift farve på væggen', 'opskrift på lasagne', 'hej', 'zzzzz', 'tell me a joke', ''])("'%s' is refused", (q) => {
    expect(router.search(q)).toEqual([]);
  });

  // How far one's own case has come: the case-status topic answers where the topic found has no
  // inquiry about one's own case; a topic that has one answers itself.
  it.each([
    ['hvor langt er min sag om hjælpemidler', 'sagsstatus'],
    ['jeg søgte om et tilskud i august og har ikke hørt noget siden', 'sagsstatus'],
    ['hvor langt er min ansøgning om opholdstilladelse', 'opholdstilladelse'],
    ['vi har ikke hørt fra sundhedsplejersken', 'sundhedspleje'],
  ])("'%s' finds %s", (q, id) => {
    expect(top(q)).toBe(id);
  });

  it('keeps the topic named beside a case-status phrase as a runner-up, below the level at which the citizen is asked to choose', () => {
    const [first, second] = router.search('hvor langt er min sag om hjælpemidler');
    expect(second?.id).toBe('hjaelpemidler');
    expect(second!.score).toBeLessThan(0.95 * first!.score);
  });

  // A name the index does not know, written with a capital inside the sentence, says where or
  // who; the same unknown word written in lower case still counts as a word the topic lacks.
  it('reads past the name of a place: "vi er lige flyttet til Kvistrup, hvordan melder vi det"', () => {
    expect(top('vi er lige flyttet til Kvistrup, hvordan melder vi det')).toBe('flytning');
    const named = router.search('vi er lige flyttet til Kvistrup, hvordan melder vi det')[0]!.score;
    const unnamed = router.search('vi er lige flyttet til kvistrup, hvordan melder vi det')[0]?.score ?? 0;
    expect(named).toBeGreaterThan(unnamed);
  });

  // A paragraph of the law names a benefit as formal pages do.
  it.each([
    ['servicelovens § 83', 'hjemmehjaelp'],
    ['ansøgning efter aktivlovens § 81', 'enkeltydelse'],
    ['serviceloven paragraf 112', 'hjaelpemidler'],
  ])("finds a paragraph of the law: '%s' finds %s", (q, id) => {
    expect(top(q)).toBe(id);
  });

  // A municipality's own towns (its `places`) say where in whatever case they are written.
  it.each([
    ['flyttet til rønne i går skal melde det', 'flytning'],
    ['hvilke læger i hundested har plads til nye patienter', 'skift-laege'],
    ['flytter fra Nexø til Rønne', 'flytning'],
  ])("reads past the towns of a municipality: '%s' finds %s", (q, id) => {
    expect(top(q)).toBe(id);
  });

  // Function words ("imod", "sometimes") say nothing about the errand; unknown, each weighed as
  // much as the rarest word there is.
  it.each([
    ['hvilke læger tager imod nye patienter', 'da', 'skift-laege'],
    ['where can I get help, my partner is violent sometimes', 'en', 'vold'],
  ])("reads past function words: '%s' finds %s", (q, lang, id) => {
    expect(router.search(q, lang)[0]?.id).toBe(id);
  });
});

describe('hostile text', () => {
  it("finds 'pas' with zero-width spaces between its letters", () => {
    expect(top('p\u200Ba\u200Bs')).toBe('pas');
  });

  it('reads at most MAX_TEXT characters of a question after NFKC, however much it unfolds', () => {
    const index = router.indexes.da!;
    const tokenize = vi.spyOn(index, 'tokenize');
    try {
      router.search('\uFDFA'.repeat(MAX_TEXT));
      const read = tokenize.mock.results.flatMap((r) => r.value as Array<{ surface: string }>);
      expect(read.length).toBeGreaterThan(0);
      expect(read.reduce((n, t) => n + t.surface.length, 0)).toBeLessThanOrEqual(MAX_TEXT);
    } finally {
      tokenize.mockRestore();
    }
  });

  it('bounds the compound lookups of a made-up 1,000-letter word', () => {
    const index = router.indexes.da!;
    const known = vi.spyOn(index, 'known');
    try {
      router.search('sundhedskort'.repeat(84));
      // Two splitting attempts (the word as typed and its stem) within their budgets, and a few direct lookups.
      expect(known.mock.calls.length).toBeLessThanOrEqual(2 * MAX_SPLIT_LOOKUPS + 20);
    } finally {
      known.mockRestore();
    }
  });
});

describe('neighbouring services a topic does not cover', () => {
  // Each topic's `unlike` names services beside it; its own questions still find it.
  it.each([
    ['ansøgning om seniorpension', 'folkepension'],
    ['glemt adgangskode til instagram', 'mitid'],
  ])('%s is not answered with %s', (q, id) => {
    expect(top(q)).not.toBe(id);
  });

  it.each([
    ['hvornår kan jeg søge folkepension', 'folkepension'],
    ['jeg har glemt min kode til mitid', 'mitid'],
  ])('%s still finds %s', (q, id) => {
    expect(top(q)).toBe(id);
  });
});

describe('words written apart', () => {
  it.each([
    ['mit id', 'da', 'mitid'],
    ['bulky waste', 'en', 'storskrald'],
    ['what counts as bulky waste?', 'en', 'storskrald'],
  ])("%s (%s) finds %s: joined only where the joined word is a topic's own", (q, lang, id) => {
    expect(router.search(q, lang)[0]?.id).toBe(id);
  });
});

describe('two topics named by a word of their own', () => {
  it('puts first the one that explains more of the question', () => {
    expect(top('vi har købt et rækkehus og flytter ind i weekenden, hvor melder vi adresseændring')).toBe('flytning');
  });
});

describe('towns say where, not what', () => {
  it.each([
    ['I moved to Odense from Poland last week and need a CPR number', 'en'],
    ['er lige flyttet til Vejle fra Polen og skal have cpr nummer', 'da'],
  ])("%s finds CPR on arrival: a town in a topic's example is no word of that topic", (q, lang) => {
    expect(router.search(q, lang)[0]?.id).toBe('cpr-tilflytter');
  });

  it("refuses 'what is the weather in Copenhagen tomorrow': neither the town nor a near spelling of 'death' names an errand", () => {
    expect(router.search('what is the weather in Copenhagen tomorrow', 'en')).toEqual([]);
  });
});

describe('did you mean', () => {
  it("offers the health card for 'det gule kort er i stykker efter turen i tørretumbleren', which it will not answer outright", () => {
    expect(router.search('det gule kort er i stykker efter turen i tørretumbleren')).toEqual([]);
    expect(router.suggest('det gule kort er i stykker efter turen i tørretumbleren').map((m) => m.id)).toContain('sundhedskort');
  });

  it("answers 'det gule kort er blevet vasket i maskinen': a washed card is the health card's own word now", () => {
    expect(top('det gule kort er blevet vasket i maskinen')).toBe('sundhedskort');
  });

  it("offers nothing for 'opskrift på lasagne', and never suggests for a question it answers", () => {
    expect(router.suggest('opskrift på lasagne')).toEqual([]);
    expect(router.suggest('jeg skal flytte')).toEqual([]);
  });
});

describe('the confidence score', () => {
  // Topics named by one word ("Pas", "Rotter", "Boligstøtte"): that word is the topic's own, matched at full weight.
  const titles = Object.values(router.content.topics)
    .map((t) => ({ id: t.id, title: t.articles.da.title }))
    .filter((t) => !/\s/.test(t.title.trim()));
  const anyWords = fc.array(fc.constantFrom('pas', 'skat', 'hjælp', 'min', 'lasagne', 'ny', 'kort', 'barn', 'xq'), { maxLength: 4 });

  it('lies in [0, 1], best first, at most five', () => {
    fc.assert(
      fc.property(anyWords, (ws) => {
        const found = router.search(ws.join(' '));
        expect(found.length).toBeLessThanOrEqual(5);
        found.forEach((m, i) => {
          expect(m.score).toBeGreaterThan(0);
          expect(m.score).toBeLessThanOrEqual(1);
          if (i) expect(found[i - 1]!.score).toBeGreaterThanOrEqual(m.score);
        });
      }),
    );
  });

  it('never drops when the question gains a word the topic explains fully (its one-word title)', () => {
    expect(titles.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(anyWords, fc.constantFrom(...titles), (ws, topic) => {
        const before = router.search(ws.join(' ')).find((m) => m.id === topic.id)?.score ?? 0;
        const after = router.search(`${ws.join(' ')} ${topic.title}`).find((m) => m.id === topic.id)?.score ?? 0;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
