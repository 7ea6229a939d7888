/**
 * What the console loads before it can help: the widget's own content for the staff member's
 * municipality (the same files the citizen's widget reads, so both decide alike) and the
 * type-ahead's words, which only the staff pages ship. A file that does not arrive is said in
 * words naming it.
 */
import type { Municipality } from '../../model/content-schema.js';
import type { ContentLang } from '../../model/vocabulary.js';
import type { TypeaheadTopic } from '../../widget-data/typeahead.js';
import type { WidgetArticle, WidgetCore } from '../../widget-data/unpack.js';

/** A console file that could not be loaded; the message names it and what came back. */
export class ConsoleDataError extends Error {}

async function getJson<T>(url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (e) {
    throw new ConsoleDataError(`${url} could not be fetched (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!response.ok) throw new ConsoleDataError(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

export interface ConsoleData {
  core: WidgetCore;
  municipality: Municipality;
  topics: TypeaheadTopic[];
}

/** The widget's files are served at /widget/, the staff pages' at /staff/ (src/server/pages). */
export async function loadConsoleData(municipality: string, lang: ContentLang): Promise<ConsoleData> {
  const [core, m, topics] = await Promise.all([
    getJson<WidgetCore>(`/widget/data/core.${lang}.json`),
    getJson<Municipality>(`/widget/data/municipalities/${encodeURIComponent(municipality)}.json`),
    getJson<TypeaheadTopic[]>(`/staff/assets/typeahead.${lang}.json`),
  ]);
  return { core, municipality: m, topics };
}

export function loadArticle(lang: ContentLang, topic: string): Promise<WidgetArticle> {
  return getJson<WidgetArticle>(`/widget/data/articles/${lang}/${encodeURIComponent(topic)}.json`);
}
