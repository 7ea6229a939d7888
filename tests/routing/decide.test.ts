/** The one decision and the one language rule, by table: what every caller gets for the same facts. */
import { describe, expect, it } from 'vitest';
import { contentLangOf, type Intent } from '../../src/model/vocabulary.js';
import { decide, type DecisionFacts, intentFor } from '../../src/routing/decide.js';
import { shippedContent } from '../support/content.js';

const content = shippedContent();
const facts = (over: Partial<DecisionFacts>): DecisionFacts => ({
  content,
  danger: null,
  topic: 'pas',
  chosenIntent: null,
  cueIntent: null,
  circumstances: { canUseDigital: true, assisted: false },
  municipality: 'aarhus',
  now: new Date('2026-12-01T10:30:00+01:00'),
  lang: 'da',
  ...over,
});

describe('the inquiry type (pas has transaction and information; transaction is its default)', () => {
  const table: Array<[string, Intent | null, Intent | null, Intent]> = [
    ['nothing said: the default', null, null, 'transaction'],
    ['the words point to one of its types', null, 'information', 'information'],
    ["the citizen's choice outranks the words", 'transaction', 'information', 'transaction'],
    ['a choice the topic lacks gives way to the words', 'interaction', 'information', 'information'],
    ['a choice and words the topic lacks give the default', 'interaction', 'relation', 'transaction'],
  ];
  for (const [situation, chosen, cue, expected] of table)
    it(situation, () => {
      expect(intentFor(content, 'pas', chosen, cue)).toBe(expected);
      const decision = decide(facts({ chosenIntent: chosen, cueIntent: cue }));
      expect(decision.intent).toBe(expected);
      expect(decision.recommendation?.intent).toBe(expected);
    });
});

describe('what is decided', () => {
  it('danger comes first, keeping the matched topic for afterwards', () => {
    const { recommendation } = decide(facts({ danger: 'suicide' }));
    expect(recommendation?.channel).toBe('emergency');
    expect(recommendation?.topic).toBe('pas');
    expect(recommendation?.action.href).toBe('tel:112');
  });

  it('danger with no topic still answers', () => {
    const decision = decide(facts({ danger: 'fire', topic: null }));
    expect(decision.intent).toBeNull();
    expect(decision.recommendation?.channel).toBe('emergency');
  });

  it('no topic and no danger: nothing to recommend', () => {
    expect(decide(facts({ topic: null }))).toEqual({ intent: null, recommendation: null });
  });

  it('a passport is applied for in person, whatever the language', () => {
    for (const lang of ['da', 'en', 'ar', 'uk']) expect(decide(facts({ lang })).recommendation?.channel, lang).toBe('meeting');
  });

  it('information for a citizen who cannot use digital services is the phone while it is open, the page when it is closed', () => {
    const info = (iso: string) => decide(facts({ cueIntent: 'information', circumstances: { canUseDigital: false, assisted: false }, now: new Date(iso) })).recommendation?.channel;
    expect(info('2026-12-01T10:30:00+01:00')).toBe('phone');
    expect(info('2026-12-01T22:30:00+01:00')).toBe('web');
    expect(decide(facts({ cueIntent: 'information' })).recommendation?.channel).toBe('web');
  });

  it('MitID with staff beside the citizen is issued at the desk; alone, the app', () => {
    const at = (assisted: boolean) => decide(facts({ topic: 'mitid', cueIntent: 'transaction', circumstances: { canUseDigital: true, assisted } })).recommendation;
    expect(at(true)).toMatchObject({ channel: 'meeting', reason: { da: expect.stringContaining('skranken') } });
    expect(at(false)?.channel).toBe('selfservice');
  });

  it('the labels follow the content language of the interface language', () => {
    const da = decide(facts({ lang: 'da-DK' })).recommendation!;
    const ar = decide(facts({ lang: 'ar' })).recommendation!;
    expect(da.action.label).not.toBe(ar.action.label);
    expect(ar.action.label).toBe(decide(facts({ lang: 'en' })).recommendation!.action.label);
  });
});

describe('the one language rule', () => {
  const table: Array<[string, 'da' | 'en']> = [
    ['da', 'da'],
    ['da-DK', 'da'],
    ['DA', 'da'],
    [' da ', 'da'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['ar', 'en'],
    ['uk', 'en'],
    ['dan', 'da'],
    ['dak', 'en'],
    ['', 'en'],
  ];
  for (const [lang, expected] of table) it(`${JSON.stringify(lang)} reads ${expected}`, () => expect(contentLangOf(lang)).toBe(expected));
});
