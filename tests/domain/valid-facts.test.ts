/** Facts with validFrom / validTo are said only on the days they hold (Copenhagen days, both ends inclusive). */
import { describe, expect, it } from 'vitest';
import { isValidOn } from '../../src/domain/valid-facts.js';
import { recommend } from '../../src/domain/recommend.js';
import { shippedContent } from '../support/content.js';

describe('a dated fact', () => {
  it.each([
    // validFrom, validTo, now, shown
    [undefined, undefined, '2026-12-01T10:30:00+01:00', true],
    ['2026-01-01', undefined, '2026-12-01T10:30:00+01:00', true],
    ['2027-01-01', undefined, '2026-12-31T23:30:00+01:00', false],
    // 23:30 UTC on New Year's Eve is already 1 January in Copenhagen.
    ['2027-01-01', undefined, '2026-12-31T23:30:00Z', true],
    [undefined, '2026-12-31', '2026-12-31T23:59:00+01:00', true],
    [undefined, '2026-12-31', '2027-01-01T00:00:00+01:00', false],
    ['2026-01-01', '2026-12-31', '2026-06-15T12:00:00+02:00', true],
    ['2026-01-01', '2026-12-31', '2025-12-31T12:00:00+01:00', false],
    [new Date('2026-01-01'), new Date('2026-12-31'), '2027-03-01T12:00:00+01:00', false],
    [new Date('2026-01-01'), new Date('2026-12-31'), '2026-03-01T12:00:00+01:00', true],
  ])('from %s to %s, on %s: shown %s', (validFrom, validTo, now, shown) => {
    expect(isValidOn({ validFrom, validTo }, new Date(now))).toBe(shown);
  });
});

describe('the recommendation’s reason', () => {
  const now = new Date('2026-12-01T10:30:00+01:00');
  const withProcessingTime = (validTo: string) => {
    const content = structuredClone(shippedContent());
    content.topics.pas!.articles.da.facts = [{ kind: 'processing-time', text: 'Det tager normalt 10 arbejdsdage.', verify: true, validTo }];
    return recommend(content, { topic: 'pas', intent: 'transaction', circumstances: { canUseDigital: null, assisted: false }, municipality: 'aarhus', now, lang: 'da' });
  };

  it('says a processing time that still holds', () => {
    expect(withProcessingTime('2026-12-31').reason.da).toContain('Det tager normalt 10 arbejdsdage.');
  });

  it('leaves out one that expired', () => {
    expect(withProcessingTime('2026-11-30').reason.da).not.toContain('10 arbejdsdage');
  });
});
