/**
 * Text that crosses from a citizen's device into the routing log. Issue 15: a citizen's words are
 * personal data (a CPR number, a phone number, an e-mail address), and a logged string ends up in
 * a spreadsheet through the KOMHEN export, where a leading `=`, `+`, `-` or `@` runs as a formula.
 * The browser redacts before sending and the server checks and redacts again, with these same
 * functions, so the two cannot disagree.
 */

/**
 * The longest `words` a not-found event may carry. Here rather than beside the event's schema so
 * the widget's sender can cut to it without pulling the schema (and valibot) into its bundle.
 */
export const MAX_WORDS_LENGTH = 200;

/** DDMMYY, then an optional dash or space, then four digits, not inside a longer run of digits. */
const CPR = /(?<!\d)(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-\s]?\d{4}(?!\d)/;
const CPR_ALL = new RegExp(CPR.source, 'g');

/** What spreadsheets treat as the start of a formula (OWASP's CSV-injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** C0 controls and DEL: nothing a citizen types on purpose, and tab and CR feed formula tricks. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

/** Anything with an @ between non-space characters: a near-miss address is still an address. */
const EMAIL_ALL = /[^\s@]+@[^\s@]+/g;

/**
 * Danish numbers have 8 digits ("12 34 56 78", "+45 1234 5678"); foreign ones up to 12 after the
 * country code. Separators are single spaces, dots or dashes between digits.
 */
const PHONE_ALL = /(?<!\d)(?:(?:\+|00)\d{1,3}[\s.-]?)?(?:\d[\s.-]?){7,11}\d(?!\d)/g;

/** Six or more digits in a row: account, case and card numbers, and half a CPR number. */
const LONG_DIGITS_ALL = /\d{6,}/g;

export function looksLikeCpr(text: string): boolean {
  return CPR.test(text);
}

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * A citizen's words with CPR numbers, e-mail addresses, phone numbers and runs of six or more
 * digits removed, control characters turned into spaces, spaces collapsed, and what would start a
 * spreadsheet formula taken off the front, so the result passes the log's text checks.
 * E-mail goes first (an address may hold digits) and long digit runs last (they catch what the
 * others leave); each removal leaves a space, so two digit groups never join into a new number.
 */
export function redactWords(text: string): string {
  return text
    .replace(CONTROL_ALL, ' ')
    .replace(EMAIL_ALL, ' ')
    .replace(CPR_ALL, ' ')
    .replace(PHONE_ALL, ' ')
    .replace(LONG_DIGITS_ALL, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s=+\-@]+/, '')
    .trimEnd();
}
