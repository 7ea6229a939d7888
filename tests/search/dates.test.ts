/** A date or a clock time says when, not what: search reads the question without it, and keeps every other number. */
import { describe, expect, it } from 'vitest';
import { withoutDates } from '../../src/search/dates.js';
import { shippedRouter } from '../support/content.js';

const squeezed = (text: string): string => withoutDates(text).replace(/\s+/g, ' ').trim();

describe('withoutDates', () => {
  it.each([
    ['skal flytte d 1 januar, hvor melder jeg det', 'skal flytte , hvor melder jeg det'],
    ['flytter til Rønne 1. januar', 'flytter til Rønne'],
    ['d. 27. marts 2027 flytter vi', 'flytter vi'],
    ['den 15 maj', ''],
    ['moving on the 27th', 'moving on'],
    ['moving January 2nd, 2027', 'moving'],
    ['the 2nd of March', ''],
    ['vi flytter 1/1', 'vi flytter'],
    ['fra 24.12.2026', 'fra'],
    ['i maj 2027', 'i'],
    ['vil melde flytning, klokken er kvart i 2 om natten', 'vil melde flytning, om natten'],
    ['kl. 22.30 i aften', 'i aften'],
    ['klokka halv 8', ''],
    ['inden kl. 12', 'inden'],
    ['hvad er klokken', 'hvad er'],
    ['can I report my move at 2 am', 'can I report my move at'],
    ["at 11 o'clock", 'at'],
    ['open until 15:30', 'open until'],
    ['2. juledag flytter vi', 'flytter vi'],
    ['anden påskedag', ''],
  ])('%s → %s', (q, rest) => {
    expect(squeezed(q)).toBe(rest);
  });

  it.each([['jeg fylder 67 til maj'], ['servicelovens § 83'], ['min søn på 6 skal have pas'], ['har 3 børn'], ['0. klasse'], ['betaler 2.500 kr om måneden'], ['retire at 67']])(
    'keeps the numbers of %s',
    (q) => {
      expect(withoutDates(q)).toBe(q);
    },
  );
});

describe('search with a date', () => {
  const router = shippedRouter();
  it.each([
    ['skal flytte d 1 januar, hvor melder jeg det', 'flytning'],
    ['flytter fra Nexø til Rønne 1. januar, skal jeg melde det nu eller efter', 'flytning'],
    ['vil melde flytning, klokken er kvart i 2 om natten', 'flytning'],
  ])('%s → %s', (q, topic) => {
    expect(router.search(q, 'da')[0]?.id).toBe(topic);
  });
});
