/**
 * Danger first: a message that signals danger to life or health gets the emergency numbers
 * before anything else. Recall comes first — a false alarm costs a citizen one extra card, a
 * missed one can cost a life — but everyday urgency ("akut brug for nyt pas") and the plain topics
 * ("vold", "dødsfald") must not trigger it.
 * Patterns are written in ordinary Danish and English and folded like the text, so "slaar",
 * "slår" and "slar" all match.
 */
import type { DangerKind } from '../content/schema.js';
import { clean, fold } from '../search/normalize.js';

const W = '\\w*';
const VICTIM = '(mig|os|hende|ham|barnet|et barn|min (mor|far|kone|mand|søn|datter|kæreste)|mine børn|børnene|me|us|her|him|my (child|kid|son|daughter|wife|husband|mother|father))';
const NOW = '(lige nu|nu|i aften|i nat|right now|now|tonight)';

const SIGNALS: Record<DangerKind, string[]> = {
  suicide: [
    `selvmo?r${W}`,
    `selv mord${W}`,
    `(tage|tager|tog|taget) mit (eget )?liv`,
    `(ikke|ik) (lyst til at )?(leve|lave) (mere|længere)`,
    `vil ikke leve`,
    `orker ikke (at )?leve`,
    `(dræbe|slå) mig selv( ihjel)?`,
    `(skade|skære i|cutte) mig selv`,
    `gøre en ende på (det|mit liv|livet)`,
    `ende (det hele|mit liv)`,
    `vil (gerne )?dø`,
    `(taget|tog|tager|slugt|slugte) (en )?overdosis`,
    `overdosis (af )?(piller|medicin|pillerne|sovepiller|panodil)`,
    `kill(ing)? my ?self`,
    `suicid${W}`,
    `end(ing)? my (own )?life`,
    `take my (own )?life`,
    `(want|wanna|going) to die`,
    `(hurt|harm|cut)(ing)? my ?self`,
    `self ?harm`,
    `(don t|dont|do not) want to (live|be alive)`,
    `(took|taken|take) an overdose`,
  ],
  violence: [
    // "slå sig ned" is to settle down, not violence.
    `(slår|sparker|kvæler|truer|angriber|overfalder|banker|tæsker|tæver|voldtager|mishandler|stikker|skyder) ${VICTIM}(?! ned)`,
    `(slå|dræbe|myrde|skyde|stikke) ${VICTIM} ihjel`,
    `(dræbe|myrde|skyde|stikke) (mig|os)`,
    `bliver (slået|sparket|kvalt|truet|angrebet|overfaldet|banket|tævet|voldtaget|mishandlet|stukket) ${NOW}`,
    `(truer|trusler|truet) (med|mig med) (en |et )?(kniv|pistol|våben|gevær|økse)`,
    `(har|med) (en |et )?(kniv|pistol|våben|gevær) (og|i hånden)`,
    `(er|føler mig) i (livs)?fare`,
    `(attacking|hitting|beating|strangling|choking|stabbing|threatening|raping|hurting) ${VICTIM}`,
    `(going|trying|wants|want) to kill ${VICTIM}`,
    `(has|with|holding) a (knife|gun|weapon)`,
    `in danger`,
  ],
  child: [
    `(barn|barnet|baby|babyen|min søn|min datter|børnene|mit barn) ${W} ?(bliver|er ved at blive) (slået|mishandlet|misbrugt|voldtaget|kvalt) ${NOW}`,
    `(baby|babyen|barnet|mit barn|min søn|min datter) (trækker|traekker) ikke vejret`,
    `(child|baby|kid|son|daughter) (is )?(not breathing|being (hit|beaten|abused) (right )?now)`,
  ],
  medical: [
    `hjertestop`,
    `hjerte ?anfald`,
    `blodprop`,
    `slagtilfælde`,
    `(trækker|traekker) ikke vejret`,
    `kan ikke (få )?vejret`,
    `bevidstløs`,
    `besvimet og`,
    `vågner ikke`,
    `bløder (meget|voldsomt|kraftigt|helt vildt)`,
    `(har|får) kramper`,
    `er forgiftet`,
    `drukner`,
    `(stærke )?brystsmerter`,
    `not breathing`,
    `(can t|cant|cannot) breathe`,
    `heart attack`,
    `cardiac arrest`,
    `unconscious`,
    `bleeding (a lot|heavily|badly)`,
    `(having|had) a (stroke|seizure)`,
    `choking`,
  ],
  fire: [
    `(der|det) brænder`,
    `brand i (min|mit|vores|lejligheden|huset|køkkenet|bygningen|opgangen|kælderen) ${NOW}`,
    `står i (lys )?flammer`,
    `ild i (huset|lejligheden|køkkenet|bygningen)`,
    `(is|are) on fire`,
    `there is a fire`,
    `(house|flat|apartment|building|kitchen) (is )?(on fire|burning)`,
  ],
};

/** Past or test events: a fire "i sidste uge" or a fire alarm being tested is no emergency. */
const NOT_NOW = /\b(sidste (uge|måned|år)|i går|for \w+ (dage|uger|år) siden|testes|test af|last (week|month|year)|haha|lol)\b/;

const COMPILED = Object.entries(SIGNALS).map(([kind, patterns]) => ({
  kind: kind as DangerKind,
  re: new RegExp(`\\b(${patterns.map(fold).join('|')})\\b`),
}));
const NOT_NOW_FOLDED = new RegExp(fold(NOT_NOW.source));

/** The kind of danger the text signals, or null. */
export function signalsDanger(text: string): DangerKind | null {
  const folded = fold(clean(text.slice(0, 2000)));
  if (!folded) return null;
  const past = NOT_NOW_FOLDED.test(folded);
  for (const { kind, re } of COMPILED) {
    if (re.test(folded) && !(past && kind !== 'suicide' && kind !== 'violence')) return kind;
  }
  return null;
}
