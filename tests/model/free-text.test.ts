import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeCpr, redactWords, startsLikeFormula } from '../../src/model/free-text.js';

describe("a citizen's words before they are logged", () => {
  it('lose CPR numbers, with and without the dash', () => {
    expect(redactWords('mit cpr er 010190-1234 tak')).toBe('mit cpr er tak');
    expect(redactWords('cpr 0101901234')).toBe('cpr');
    expect(redactWords('cpr 311299 5678 flytning')).toBe('cpr flytning');
  });

  it('lose phone numbers as Danes write them', () => {
    for (const phone of ['12345678', '12 34 56 78', '1234 5678', '+45 12 34 56 78', '0045 12345678', '12-34-56-78', '+44 20 7946 0958']) {
      expect(redactWords(`ring ${phone} i morgen`)).toBe('ring i morgen');
    }
  });

  it('lose e-mail addresses and runs of six or more digits, keep short numbers', () => {
    expect(redactWords('skriv til jens.hansen@example.dk om sag 123456')).toBe('skriv til om sag');
    // Ten digits with a dash may be a phone number too: better one case number too few than one phone number too many.
    expect(redactWords('sag 2026-123456')).toBe('sag');
    expect(redactWords('kontonummer 98765432101 og 2 børn')).toBe('kontonummer og 2 børn');
    expect(redactWords('pas til 3 børn i 2027')).toBe('pas til 3 børn i 2027');
  });

  it('lose what a spreadsheet would run as a formula, and control characters', () => {
    expect(redactWords('=HYPERLINK("https://evil")')).toBe('HYPERLINK("https://evil")');
    expect(redactWords(' \t+-@ hund')).toBe('hund');
    expect(redactWords('hund\r\nkat\u0000')).toBe('hund kat');
  });

  it('leave nothing CPR-like or formula-like, whatever was typed', () => {
    const digitsAndSeparators = fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '9', ' ', '-', '+', '=', '@', 'a', '\t'), maxLength: 60 });
    fc.assert(
      fc.property(fc.oneof(digitsAndSeparators, fc.string({ unit: 'binary', maxLength: 200 })), (typed) => {
        const safe = redactWords(typed);
        expect(looksLikeCpr(safe)).toBe(false);
        expect(startsLikeFormula(safe)).toBe(false);
        expect(safe).not.toMatch(/\d{6}/);
        expect(redactWords(safe)).toBe(safe);
      }),
      { numRuns: 2000 },
    );
  });
});
