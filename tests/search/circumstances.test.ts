/** A citizen's circumstance ("har ikke MitID") is read past when the rest of the question names the errand. */
import { describe, expect, it } from 'vitest';
import { circumstancePhrases, withoutCircumstances, withoutDestinations } from '../../src/search/circumstances.js';
import { shippedRouter } from '../support/content.js';

const phrases = circumstancePhrases(['har ikke mitid', 'hverken computer eller mitid', 'no mitid']);

describe('withoutCircumstances', () => {
  it.each([
    ['skifte læge, min mor har hverken computer eller MitID', 'skifte læge min mor har'],
    ['jeg har ikke MitID, hvornår kommer min pension', 'jeg hvornår kommer min pension'],
    ['Jeg HAR IKKE mitid', 'jeg'],
    ['renew passport, no MitID', 'renew passport'],
  ])('%s → %s', (q, rest) => {
    expect(withoutCircumstances(q, phrases)).toBe(rest);
  });

  it('is null for a question without a circumstance, and for a phrase only in part', () => {
    expect(withoutCircumstances('jeg skal have nyt pas', phrases)).toBeNull();
    expect(withoutCircumstances('har ikke', phrases)).toBeNull();
  });
});

describe('search with a circumstance', () => {
  const router = shippedRouter();
  it.each([
    ['skifte læge, min mor har hverken computer eller mitid', 'da', 'skift-laege'],
    // An exemption from Digital Post, or no smartphone, is how the errand must be done (after pair W).
    ['min far er fritaget for digital post og vil søge om friplads til barnebarnet', 'da', 'friplads'],
    ['need a new yellow health card but I have no smartphone or computer', 'en', 'sundhedskort'],
    ['min far har ikke mitid og skal søge boligstøtte', 'da', 'boligstoette'],
    ['my mother has no mitid and needs a new health insurance card', 'en', 'sundhedskort'],
    // Staff's words about who writes and who is there.
    ['har en dame i røret, hun vil søge om boligstøtte', 'da', 'boligstoette'],
    ['case handler here, the citizen needs a new health card', 'en', 'sundhedskort'],
    ['citizen on the line asks where she can sign up for Danish lessons', 'en', 'danskuddannelse'],
    ['customer at desk wants to renew her passport, help her book', 'en', 'pas'],
    ['borgeren i telefonen vil søge friplads, jeg guider hende', 'da', 'friplads'],
    // How far a case has come, in a clause's word order.
    ['min far har ingen mitid og vil gerne vide hvor langt hans sag er', 'da', 'sagsstatus'],
    // Violence told in the past tense.
    ['min mand slog mig i sidste uge, jeg vil gerne tale med nogen', 'da', 'vold'],
    // A forgotten MitID code is how the errand is hard, not the errand.
    ['skal melde flytning men har glemt min kode til MitID-appen', 'da', 'flytning'],
    ['jeg har søgt om en rollator, hvor langt er sagen', 'da', 'sagsstatus'],
    ['min nabo spørger om status på hendes sag om hjælpemidler', 'da', 'sagsstatus'],
    // Not being able to log in, or not being able to wait, is how the errand is, not the errand.
    ['skal udfylde sygedagpengeskema men kan ikke logge på', 'da', 'sygedagpenge'],
    ['jeg vil melde bekymring for et barn, det kan ikke vente', 'da', 'bekymring-barn'],
    ['I want to apply for housing benefit but cannot log in', 'en', 'boligstoette'],
    ['citizen needs help to report a move, speaks English', 'en', 'flytning'],
    // Dyslexia, blindness, a screen reader, forms one cannot fill in online: how the errand is hard (pairs Y, Z).
    ['jeg er ordblind og kan ikke udfylde skemaer, skal søge boligstøtte', 'da', 'boligstoette'],
    ['I am blind and the site does not work with my screen reader, I want to apply for housing benefit', 'en', 'boligstoette'],
  ])('%s (%s) → %s', (q, lang, topic) => {
    expect(router.search(q, lang)[0]?.id).toBe(topic);
  });

  it('a question that is only the circumstance keeps it: jeg har ikke MitID → mitid', () => {
    expect(router.search('jeg har ikke MitID')[0]?.id).toBe('mitid');
  });
});

describe('withoutDestinations', () => {
  const moves = {
    verbs: circumstancePhrases(['flytter', 'er flyttet', 'moved']),
    into: circumstancePhrases(['i', 'ind på', 'into']),
    dwellings: circumstancePhrases(['ældrebolig', 'plejehjem', 'care home']),
    between: new Set(['en', 'et', 'a']),
  };
  it.each([
    ['min far er flyttet i ældrebolig, hvordan melder han det', 'min far er flyttet i hvordan melder han det'],
    ['mor flytter ind på et plejehjem', 'mor flytter ind på et'],
    ['my dad moved into a care home', 'my dad moved into a'],
    ['min far er flyttet i aeldrebolig', 'min far er flyttet i'],
  ])('%s → %s', (q, rest) => {
    expect(withoutDestinations(q, moves)).toBe(rest);
  });

  it('is null for a move wished for, a dwelling without a move, and a move elsewhere', () => {
    expect(withoutDestinations('min mor vil gerne flytte i en ældrebolig', moves)).toBeNull();
    expect(withoutDestinations('hvordan søger man plejehjem', moves)).toBeNull();
    expect(withoutDestinations('vi flytter i morgen til en ældrebolig', moves)).toBeNull();
  });
});

describe('search with a move into a dwelling', () => {
  const router = shippedRouter();
  it.each([
    ['min mor er flyttet ind på plejehjem i sidste uge, hvordan får hun ny adresse', 'da', 'flytning'],
    ['farmor er flyttet i ældrebolig, hvordan melder vi hendes nye adresse', 'da', 'flytning'],
    ['min mor vil gerne flytte i en ældrebolig tæt på os', 'da', 'plejebolig'],
    ['my grandfather would like to move into a care home, how do we apply', 'en', 'plejebolig'],
  ])('%s (%s) → %s', (q, lang, topic) => {
    expect(router.search(q, lang)[0]?.id).toBe(topic);
  });
});
