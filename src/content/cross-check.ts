/** Checks that span files: the catalog against the topics, links between topics, table rules. */
import { INTENTS, LANGS, NEVER_OFFERED } from '../model/vocabulary.js';
import { type Catalog, type ChannelRow, type ChannelTable, REQUIRED_LABELS, REQUIRED_REASONS, type Stopwords, type Texts } from '../model/content-schema.js';
import type { ContentBundle, ContentError, Topic } from '../model/content-bundle.js';
import { hasOwn, own } from '../model/own-key.js';
import { lix, SUMMARY_MAX_LIX } from './lix.js';

interface Input {
  channelTable: ChannelTable;
  catalog: Catalog;
  municipalities: ContentBundle['municipalities'];
  topics: Record<string, Topic>;
  reasons: Texts;
  actionLabels: Texts;
  /** Absent when stopwords.yaml itself is invalid (its own error is reported then). */
  stopwords: Stopwords | undefined;
}

function checkRow(row: Partial<ChannelRow>, file: string, field: string, errors: ContentError[]): void {
  for (const c of row.primary ?? []) {
    if (row.unwanted?.includes(c)) errors.push({ file, field: `${field}.primary`, message: `"${c}" is both a primary and an unwanted channel` });
    if (NEVER_OFFERED.includes(c)) errors.push({ file, field: `${field}.primary`, message: `"${c}" can never be a primary channel (letters and e-mail are closed channels)` });
  }
  for (const c of row.secondary ?? []) {
    if (row.unwanted?.includes(c)) errors.push({ file, field: `${field}.secondary`, message: `"${c}" is both a secondary and an unwanted channel` });
    if (NEVER_OFFERED.includes(c)) errors.push({ file, field: `${field}.secondary`, message: `"${c}" can never be offered (letters and e-mail are closed channels)` });
  }
}

/**
 * The staff guidance of one topic: Danish for every intent (missing is `missing`'s severity);
 * English optional, but where written, for the same intents; never for an intent the topic lacks.
 */
/** Every topic × intent has Danish staff guidance; English, once written, covers the same intents. */
function checkStaffGuidance(topic: Topic, errors: ContentError[]): void {
  const yaml = `topics/${topic.id}.yaml`;
  for (const lang of LANGS) {
    const file = `topics/${topic.id}.${lang}.md`;
    const staff = topic.articles[lang].staff;
    if (!staff) {
      if (lang === 'da')
        errors.push({ file, field: 'staff', message: `there is no staff guidance: write an entry for each of the topic's intents (${topic.intents.join(', ')})` });
      continue;
    }
    for (const i of topic.intents) {
      if (staff[i]) continue;
      errors.push({ file, field: `staff.${i}`, message: `the topic has the ${i} intent, so the staff guidance needs an entry for it` });
    }
    for (const i of Object.keys(staff))
      if (!topic.intents.includes(i as (typeof INTENTS)[number]))
        errors.push({ file, field: `staff.${i}`, message: `the topic has no ${i} intent (see ${yaml})` });
  }
}

function checkTopic(topic: Topic, catalog: Catalog, topics: Record<string, Topic>, errors: ContentError[]): void {
  const file = `topics/${topic.id}.yaml`;
  const entry = own(catalog, topic.id);
  if (entry) {
    if (entry.authority !== topic.authority)
      errors.push({ file, field: 'authority', message: `the catalog says "${entry.authority}", the file says "${topic.authority}"` });
    const authorities = (a: Record<string, string> | undefined) => JSON.stringify(Object.entries(a ?? {}).sort());
    if (authorities(entry.authorities) !== authorities(topic.authorities))
      errors.push({ file, field: 'authorities', message: `the catalog says ${authorities(entry.authorities)}, the file says ${authorities(topic.authorities)}` });
    for (const i of Object.keys(topic.authorities ?? {}))
      if (!topic.intents.includes(i as (typeof INTENTS)[number])) errors.push({ file, field: `authorities.${i}`, message: `the topic has no ${i} intent` });
    if ((entry.rule ?? null) !== (topic.rule ?? null))
      errors.push({ file, field: 'rule', message: `the catalog says "${entry.rule ?? '(none)'}", the file says "${topic.rule ?? '(none)'}"` });
    const missing = entry.intents.filter((i) => !topic.intents.includes(i));
    const extra = topic.intents.filter((i) => !entry.intents.includes(i));
    if (missing.length) errors.push({ file, field: 'intents', message: `the catalog also lists ${missing.join(', ')}` });
    if (extra.length) errors.push({ file, field: 'intents', message: `${extra.join(', ')} is not among the catalog's intents for this topic` });
  }
  if (!topic.intents.includes(topic.defaultIntent))
    errors.push({ file, field: 'defaultIntent', message: `"${topic.defaultIntent}" is not one of the topic's intents (${topic.intents.join(', ')})` });
  if (topic.rule === 'relation' && topic.defaultIntent !== 'relation')
    errors.push({ file, field: 'defaultIntent', message: 'a topic whose rule is relation must have defaultIntent: relation' });
  if ((topic.authority === 'stat' || topic.authority === 'other') && !topic.authorityName)
    errors.push({ file, field: 'authorityName', message: `authority "${topic.authority}" needs authorityName to say which body it is` });
  if (!topic.channels.web) errors.push({ file, field: 'channels.web', message: 'every topic needs an information page (web)' });
  if (topic.intents.includes('transaction') && topic.rule !== 'personal-required' && !topic.channels.selfservice)
    errors.push({ file, field: 'channels.selfservice', message: 'a topic with a transaction intent needs a self-service link' });
  if (topic.intents.includes('interaction') && !topic.channels.minside && !topic.channels.digitalpost)
    errors.push({ file, field: 'channels.minside', message: 'a topic with an interaction intent needs a Min Side link (or, where the citizen\'s own overview is the Digital Post inbox, a digitalpost link)' });
  for (const r of topic.related)
    if (!hasOwn(topics, r)) errors.push({ file, field: 'related', message: `"${r}" is not a known topic id` });
  const summaryLix = lix(topic.articles.da.summary);
  if (summaryLix > SUMMARY_MAX_LIX)
    errors.push({ file: `topics/${topic.id}.da.md`, field: 'summary', message: `LIX ${summaryLix.toFixed(0)} is above ${SUMMARY_MAX_LIX}: write shorter sentences and shorter words (plain language)` });
  for (const lang of LANGS) {
    const article = topic.articles[lang];
    const afile = `topics/${topic.id}.${lang}.md`;
    for (const i of topic.intents)
      if (!article.intents[i]) errors.push({ file: afile, field: `intents.${i}`, message: `the topic has the ${i} intent, so the article needs its action text` });
    for (const i of Object.keys(article.intents))
      if (!topic.intents.includes(i as (typeof INTENTS)[number]))
        errors.push({ file: afile, field: `intents.${i}`, message: `the topic has no ${i} intent (see topics/${topic.id}.yaml)` });
    // A phrase the topic both owns and disowns would make its own questions look like a neighbour's.
    const own = new Set(article.terms.map((t) => t.toLocaleLowerCase('da')));
    for (const phrase of article.unlike)
      if (own.has(phrase.toLocaleLowerCase('da'))) errors.push({ file: afile, field: 'unlike', message: `"${phrase}" is also one of the topic's terms` });
  }
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast of white text on the colour: the widget writes white on the theme colour. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/**
 * A word listed twice in stopwords.yaml, or both as a stop word and a generic word, is a list
 * grown by hand without looking: harmless to search, but the next edit may remove one copy and
 * believe the word gone.
 */
function checkRepeats(stopwords: Stopwords, errors: ContentError[]): void {
  const lists: Array<[string, string[]]> = LANGS.flatMap((l) => [
    [l, stopwords[l]],
    [`generic.${l}`, stopwords.generic[l]],
    [`circumstances.${l}`, stopwords.circumstances[l]],
    [`caseStatus.${l}`, stopwords.caseStatus[l]],
  ]);
  for (const [field, list] of lists) {
    const seen = new Set<string>();
    for (const entry of list) {
      if (seen.has(entry)) errors.push({ file: 'stopwords.yaml', field, message: `"${entry}" is listed twice` });
      seen.add(entry);
    }
  }
  for (const l of LANGS) {
    const stop = new Set(stopwords[l]);
    for (const word of stopwords.generic[l]) if (stop.has(word)) errors.push({ file: 'stopwords.yaml', field: `generic.${l}`, message: `"${word}" is a stop word already (${l})` });
  }
}

export function crossCheck(input: Input, errors: ContentError[]): void {
  const { channelTable, catalog, municipalities, topics, reasons } = input;
  for (const intent of INTENTS) checkRow(channelTable[intent], 'channel-table.yaml', intent, errors);

  for (const id of Object.keys(catalog))
    if (!hasOwn(topics, id)) errors.push({ file: `topics/${id}.yaml`, field: '(file)', message: `the catalog topic "${id}" has no content (or its files have errors)` });
  for (const topic of Object.values(topics)) {
    checkTopic(topic, catalog, topics, errors);
    checkStaffGuidance(topic, errors);
  }

  for (const [slug, m] of Object.entries(municipalities)) {
    const file = `municipalities/${slug}.yaml`;
    for (const [intent, row] of Object.entries(m.channelTable ?? {})) if (row) checkRow(row, file, `channelTable.${intent}`, errors);
    for (const id of Object.keys(m.topics ?? {}))
      if (!hasOwn(topics, id)) errors.push({ file, field: `topics.${id}`, message: `"${id}" is not a known topic id` });
    for (const id of m.integratedSelfservice)
      if (!hasOwn(topics, id)) errors.push({ file, field: 'integratedSelfservice', message: `"${id}" is not a known topic id` });
    const primary = m.theme?.primary;
    if (primary && /^#[0-9a-f]{6}$/i.test(primary) && contrastWithWhite(primary) < 4.5)
      errors.push({ file, field: 'theme.primary', message: `white text on ${primary} has contrast ${contrastWithWhite(primary).toFixed(2)}:1; WCAG AA needs 4.5:1 (try a darker shade)` });
    if (primary && !/^#[0-9a-f]{6}$/i.test(primary)) errors.push({ file, field: 'theme.primary', message: 'write the colour as #rrggbb' });
  }

  const caseStatus = input.stopwords?.caseStatus.topic;
  if (caseStatus !== undefined && !own(topics, caseStatus)?.intents.includes('interaction'))
    errors.push({ file: 'stopwords.yaml', field: 'caseStatus.topic', message: `"${caseStatus}" must be a known topic with an interaction intent (it answers questions about one's own case)` });

  if (input.stopwords) checkRepeats(input.stopwords, errors);

  for (const key of REQUIRED_REASONS)
    if (!hasOwn(reasons, key)) errors.push({ file: 'reasons.yaml', field: key, message: 'this sentence is missing' });
  for (const key of REQUIRED_LABELS)
    if (!hasOwn(input.actionLabels, key)) errors.push({ file: 'action-labels.yaml', field: key, message: 'this label is missing' });
}
