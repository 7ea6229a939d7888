/** "not married", "ikke gift": a negation read as the one word a topic may have for it ("unmarried", "ugift"). */
import { describe, expect, it } from 'vitest';
import { shippedRouter } from '../support/content.js';

describe('search with a negated word', () => {
  const router = shippedRouter();
  it.each([
    ['we are not married and our son was born last week, how do I get registered as his father', 'en', 'foedsel'],
    ['vi er ikke gift, og vores datter blev født i går, hvordan bliver jeg registreret som far', 'da', 'foedsel'],
    ['we are getting married in May, what do we need', 'en', 'vielse'],
  ])('%s (%s) → %s', (q, lang, topic) => {
    expect(router.search(q, lang)[0]?.id).toBe(topic);
  });
});

describe('search without æ, ø and å', () => {
  const router = shippedRouter();
  it.each([
    ['min mor er lige gaaet bort, hvem skal vi ringe til', 'doedsfald'],
    ['vi har lige faaet en dreng, hvornaar skal han have navn', 'foedsel'],
  ])('%s → %s, as with the letters', (q, topic) => {
    expect(router.search(q, 'da')[0]?.id).toBe(topic);
  });
});
