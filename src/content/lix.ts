/**
 * LIX, the Scandinavian readability index (Björnsson): the average sentence length in words plus
 * the share of long words (more than six letters) in per cent. Under 30 reads as easy, 30–40 as
 * ordinary newspaper text, over 50 as hard. Aarhus asks for "klart og letforståeligt sprog";
 * content:check holds every Danish summary to 35 and reports the bodies against 40.
 */

export const SUMMARY_MAX_LIX = 35;
export const BODY_TARGET_LIX = 40;

/** LIX of a plain text; Markdown marks, links and list bullets count as neither words nor sentences. */
export function lix(text: string): number {
  const plain = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(#+|[-*]|\d+\.)\s+/gm, '')
    .replace(/[*_`>]/g, '');
  const words = plain.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0) return 0;
  // A sentence ends at . ! ? or : before a space, or at a line break (a list item or heading is a sentence of its own).
  const sentences = Math.max(1, plain.split(/[.!?:]+(?=\s|$)|\n/).filter((part) => /[\p{L}\p{N}]/u.test(part)).length);
  const long = words.filter((w) => [...w.replace(/[-'’]/g, '')].length > 6).length;
  return words.length / sentences + (100 * long) / words.length;
}

/** What a guidance entry needs for its LIX: its lines (StaffGuidance's text fields). */
export interface GuidanceText {
  steps: readonly string[];
  have: readonly string[];
  pitfalls: readonly string[];
  meeting: string;
  proxy: string;
}

/**
 * LIX of one staff guidance entry read as one text: each line is a sentence, so a list item
 * without a full stop ("MitID") still ends one. Reported against BODY_TARGET_LIX, not refused.
 */
export function guidanceLix(entry: GuidanceText): number {
  const lines = [...entry.steps, ...entry.have, ...entry.pitfalls, entry.meeting, entry.proxy];
  return lix(lines.map((line) => (/[.!?]$/.test(line) ? line : `${line}.`)).join(' '));
}
