/**
 * Facts that change (a fee, a processing time) carry the days they hold: `validFrom` and `validTo`,
 * both inclusive, read as Copenhagen calendar days. A fact outside them is not said: an expired fee
 * must not be shown as today's.
 */
import { localTime } from './copenhagen-time.js';

interface Dated {
  validFrom?: string | Date | undefined;
  validTo?: string | Date | undefined;
}

/** yyyy-mm-dd of a content date: YAML may give a Date, the widget's JSON a string. */
const day = (d: string | Date): string => (typeof d === 'string' ? d : d.toISOString()).slice(0, 10);

export function isValidOn(fact: Dated, now: Date): boolean {
  const today = localTime(now).date;
  return (fact.validFrom === undefined || day(fact.validFrom) <= today) && (fact.validTo === undefined || today <= day(fact.validTo));
}

export function validFacts<F extends Dated>(facts: readonly F[], now: Date): F[] {
  return facts.filter((f) => isValidOn(f, now));
}
