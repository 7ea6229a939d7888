/**
 * A date says when, never what: "skal flytte d. 1. januar" is about moving. Read as words, the
 * day's number matches the topics whose pages number things ("1. klasse"), and a rare month name
 * outweighs the errand, so a short question with a date in it was refused or sent elsewhere.
 * Search reads the question without its dates; ages, amounts and paragraphs keep their numbers
 * ("fylder 67", "§ 83").
 */

const MONTH = String.raw`(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|january|february|march|may|june|july|october|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)\.?`;
const DAY = String.raw`\d{1,2}(?:\.|st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s*\d{4})?`;

const DATES = new RegExp(
  [
    // "d. 1. januar 2027", "den 3 maj", "the 2nd of March"
    String.raw`(?:\b(?:d|den|the)\.?\s*)?\b${DAY}\s*(?:of\s+)?${MONTH}${YEAR}`,
    // "January 2nd, 2027", "maj 2027"
    String.raw`\b${MONTH}\s+(?:${DAY}${YEAR}|\d{4})`,
    // "24.12.2026", "1/1", "27-3"
    String.raw`\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?`,
    // "d. 27.", "the 27th"
    String.raw`\bd\.?\s*\d{1,2}\b\.?`,
    String.raw`\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)`,
  ]
    .map((p) => `${p}(?![\\p{L}\\p{N}])`)
    .join('|'),
  'giu',
);

/** The text with its dates taken out (each replaced by a space). */
export function withoutDates(text: string): string {
  return text.replace(DATES, ' ');
}
