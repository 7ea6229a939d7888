/** Imported borger.dk articles packed for the widget and for search (at build time, in Node). */
import type { ImportedArticle } from '../../model/imported-article.js';
import { buildIndexData, type SearchDoc } from '../../search/search-index.js';
import type { ImportedIndexFile, WidgetImportedArticle } from '../imported.js';

/**
 * An imported article as a search document: its title, KL's task names as its vocabulary, the
 * section titles as its examples of what it answers, the summary, and its self-service labels.
 * The body stays out: it would multiply what the widget downloads, and words in passing would
 * compete with titles.
 */
export function importedDocs(articles: readonly ImportedArticle[]): SearchDoc[] {
  return articles.map((a) => ({
    id: a.id,
    fields: {
      title: [a.title],
      terms: a.keywords,
      examples: a.sections.map((s) => s.title),
      summary: a.summary ? [a.summary] : [],
      actions: a.actions.map((x) => x.label),
    },
  }));
}

/** Articles mapped to a catalog topic are answered by that topic, so only unmapped ones are indexed. */
export function importedIndexFile(articles: readonly ImportedArticle[], stopwords: Iterable<string>): ImportedIndexFile {
  const own = articles.filter((a) => !a.topic);
  return { index: buildIndexData(importedDocs(own), stopwords), titles: Object.fromEntries(own.map((a) => [a.id, a.title])) };
}

export function widgetImportedArticle(article: ImportedArticle): WidgetImportedArticle {
  const { keywords: _keywords, ...rest } = article;
  return rest;
}
