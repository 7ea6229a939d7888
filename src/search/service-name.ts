/**
 * Whether a question only names a service: "krisecenter", "free debt advice", "Hjælp til
 * voldsudsatte", "sundhedsplejerske for skolebørn". No one is in it, nothing is asked and nothing
 * is to be done, so it asks what the service is (its page), not for the meeting that a topic like
 * *Vold* or *Gæld* answers a personal need with: offering a meeting for a question about what
 * exists is a channel the strategies close for information. Across the spent blind pairs, writers
 * read such names as information three times in four.
 */
import type { ContentLang } from '../model/vocabulary.js';
import { fold, words } from './normalize.js';

/** Longer than this, a text is a sentence about something, not a name or a page heading. */
const MAX_WORDS = 8;

/**
 * Words that put a person, a question or an action into the text (folded, so "hvornår" and
 * "hvornaar" are one): with any of them it is someone's own need ("far skal på plejehjem") or a
 * wish for the meeting ("gældsrådgivning tid", "book a meeting").
 */
const NOT_A_NAME: Record<ContentLang, ReadonlySet<string>> = {
  da: new Set(
    [
      'jeg mig min mit mine vi os vores du din dit han hun ham hende hans hendes de dem deres man',
      'mor far søn datter barn baby kone mand kæreste forældre borger borgeren',
      'kan skal vil må har er bor får få brug',
      'hvordan hvornår hvor hvad hvem hvilken hvorfor',
      'søg søge ansøg ansøge ansøgning anmod anmode visitation',
      'tid tider book booke bestil bestille aftale samtale møde besøg ring ringe kontakt kontakte',
    ]
      .flatMap((line) => line.split(' '))
      .map(fold),
  ),
  en: new Set(
    [
      'i me my mine we us our you your he she him her his they them their',
      'mum mom dad mother father son daughter child baby wife husband partner citizen',
      'can need needs want should have has am is are do does live lives get',
      'how when where what who which why',
      'apply application request',
      'book appointment meeting visit call contact talk',
    ].flatMap((line) => line.split(' ')),
  ),
};

export function onlyNamesService(text: string, lang: ContentLang): boolean {
  if (text.includes('?')) return false;
  const ws = words(text);
  return ws.length > 0 && ws.length <= MAX_WORDS && !ws.some((w) => NOT_A_NAME[lang].has(fold(w)));
}
