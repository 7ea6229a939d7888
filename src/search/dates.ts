/**
 * A date or a clock time says when, never what: "skal flytte d. 1. januar" and "vil melde
 * flytning, klokken er kvart i 2 om natten" are about moving. Read as words, the day's number
 * matches the topics whose pages number things ("1. klasse"), and a rare month name or "klokken"
 * outweighs the errand, so a short question with a date or a time in it was refused or sent
 * elsewhere. Search reads the question without them; ages, amounts and paragraphs keep their
 * numbers ("fylder 67", "2.500 kr", "§ 83").
 */

const MONTH = String.raw`(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|january|february|march|may|june|july|october|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)\.?`;
const DAY = String.raw`\d{1,2}(?:\.|st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s*\d{4})?`;
/** "14", "14.30", "14:30", "2.05": an hour, with its minutes. */
const HOUR = String.raw`\d{1,2}(?:[.:][0-5]\d)?`;
/** Danish reads the quarter and the half towards the coming hour: "kvart i 2", "halv 8" (7.30). */
const PART_OF_HOUR = String.raw`(?:(?:kvart|ti|fem|tyve)\s+(?:i|over)\s+|halv\s+)`;

const WHEN = new RegExp(
  [
    // "d. 1. januar 2027", "den 3 maj", "the 2nd of March"
    String.raw`(?:\b(?:d|den|the)\.?\s*)?\b${DAY}\s*(?:of\s+)?${MONTH}${YEAR}`,
    // "January 2nd, 2027", "maj 2027"
    String.raw`\b${MONTH}\s+(?:${DAY}${YEAR}|\d{4})`,
    // "24.12.2026", "1/1", "27-3"; "14.30" is a time, read below
    String.raw`\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?(?![.:]?\d)`,
    // "2. juledag", "anden påskedag": the second day of a holiday
    String.raw`\b(?:[12]\.|første|anden)\s*(?:jule|påske|paaske|paske|pinse)dag\w*`,
    // "d. 27.", "the 27th"
    String.raw`\bd\.?\s*\d{1,2}\b\.?`,
    String.raw`\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)`,
    // "kl. 22", "klokken er kvart i 2", "klokka halv 8", "kl 14.30"
    String.raw`\b(?:kl|klokken|klokka)\b\.?\s*(?:er\s+)?(?:(?:ca|omkring|cirka|lidt\s+over)\.?\s+)?${PART_OF_HOUR}?(?:${HOUR}|[a-zæøå]+(?=\s|$))`,
    // "klokken", "kl." on their own: "hvad er klokken", "inden kl."
    String.raw`\b(?:klokken|klokka|kl\.)`,
    // "2 am", "10.30pm", "at 11 o'clock"
    String.raw`\b${HOUR}\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)`,
    // "14:30" with a colon is always a time
    String.raw`\b\d{1,2}:[0-5]\d`,
  ]
    .map((p) => `${p}(?![\\p{L}\\p{N}])`)
    .join('|'),
  'giu',
);

/** The text with its dates and clock times taken out (each replaced by a space). */
export function withoutDates(text: string): string {
  return text.replace(WHEN, ' ');
}
