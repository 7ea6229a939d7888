/** A citizen's circumstance ("har ikke MitID") is read past when the rest of the question names the errand. */
import { describe, expect, it } from 'vitest';
import { circumstancePhrases, withoutCircumstances } from '../../src/search/circumstances.js';
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
    ['skifte læge, min mor har hverken computer eller mitid', 'skift-laege'],
    ['min far har ikke mitid og skal søge boligstøtte', 'boligstoette'],
    ['my mother has no mitid and needs a new health insurance card', 'sundhedskort'],
  ])('%s → %s', (q, topic) => {
    expect(router.search(q, q.startsWith('my') ? 'en' : 'da')[0]?.id).toBe(topic);
  });

  it('a question that is only the circumstance keeps it: jeg har ikke MitID → mitid', () => {
    expect(router.search('jeg har ikke MitID')[0]?.id).toBe('mitid');
  });
});
