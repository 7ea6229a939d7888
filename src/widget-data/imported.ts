/**
 * The index of a municipality's imported borger.dk articles, as the widget downloads it: apart
 * from the curated core, loaded only when the curated index refuses a question, so thousands of
 * articles never weigh on the curated path's budget. Articles load one by one when chosen.
 */
import type { ImportedArticle } from '../model/imported-article.js';
import type { Municipality } from '../model/content-schema.js';
import type { ContentLang } from '../model/vocabulary.js';
import { type IndexData, SearchIndex } from '../search/search-index.js';
import { searchTopics, suggestTopics } from '../search/topic-search.js';

export interface ImportedIndexFile {
  index: IndexData;
  /** Each article's title by topic id, for the list of answers. */
  titles: Record<string, string>;
}

/** An imported article as the widget shows it: its search words stay behind. */
export type WidgetImportedArticle = Omit<ImportedArticle, 'keywords'>;

/** The municipality file names the content languages it has imported articles in. */
export type WidgetMunicipality = Municipality & { imported?: ContentLang[] };

export interface ImportedHit {
  id: string;
  title: string;
}

/** The imported articles for `query`: confident answers, or else the closest ones. */
export function searchImported(file: ImportedIndexFile, index: ImportedIndex, query: string): ImportedHit[] {
  const found = searchTopics(index, query);
  const hits = found.length ? found : suggestTopics(index, query);
  return hits.map((m) => ({ id: m.id, title: file.titles[m.id] ?? m.id }));
}

/** The index of imported articles, opened once per session. */
export type ImportedIndex = SearchIndex;

export const openImportedIndex = (file: ImportedIndexFile): ImportedIndex => new SearchIndex(file.index);
