/**
 * The KOMHEN-style export as a file Danish Excel opens right: a BOM (else Excel reads UTF-8 as
 * Windows-1252 and "område" breaks), `;` between fields (Danish Excel's list separator, since the
 * comma is the decimal sign), CRLF line ends, and every value that starts like a formula
 * (= + - @, tab, carriage return) prefixed with `'` by csv-stringify's escape_formulas, so a cell
 * never runs as a formula when the file is opened.
 */
import { stringify } from 'csv-stringify/sync';
import type { KomhenCount } from '../../domain/channel-stats.js';
import type { Intent } from '../../model/vocabulary.js';

/** Inquiry types as KOMHEN names them. */
const HENVENDELSESTYPE: Record<Intent, string> = {
  information: 'information',
  interaction: 'interaktion',
  transaction: 'transaktion',
  relation: 'relation',
};

/** Channels in the Danish of the strategies (README, Nomenclature). */
const KANAL: Record<KomhenCount['channel'], string> = {
  web: 'hjemmeside',
  selfservice: 'selvbetjening',
  minside: 'Min Side',
  digitalpost: 'Digital Post',
  phone: 'telefon',
  assisted: 'medbetjening',
  meeting: 'personligt fremmøde',
};

export const KOMHEN_COLUMNS = ['periode', 'kommune', 'område', 'henvendelsestype', 'kanal', 'antal'] as const;

/** `municipalityName` turns a slug into the name a reader knows (Aarhus Kommune). */
export function komhenCsv(lines: readonly KomhenCount[], municipalityName: (slug: string) => string): string {
  return stringify(
    lines.map((l) => [l.period, municipalityName(l.municipality), l.area, HENVENDELSESTYPE[l.intent], KANAL[l.channel], l.count]),
    { bom: true, delimiter: ';', record_delimiter: 'windows', header: true, columns: [...KOMHEN_COLUMNS], escape_formulas: true },
  );
}
