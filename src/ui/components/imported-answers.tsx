/**
 * When the curated topics refuse a question: the municipality's imported borger.dk articles that
 * answer it, found in their own index (fetched now, once per session), and the chosen article.
 * Loaded lazily by ImportedAnswersLazy, so none of this is on the curated path.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ContentLang } from '../../model/vocabulary.js';
import { type ImportedHit, type ImportedIndex, type ImportedIndexFile, openImportedIndex, searchImported, type WidgetImportedArticle } from '../../widget-data/imported.js';
import { IMPORTED_TEXTS, ImportedArticleView } from './imported-article.js';

export interface ImportedAnswersProps {
  /** Where the municipality's imported articles for this language are: `…/data/imported/<slug>/<lang>/`. */
  base: string;
  query: string;
  lang: ContentLang;
}

const indexes = new Map<string, Promise<{ file: ImportedIndexFile; index: ImportedIndex }>>();

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function loadIndex(base: string) {
  let loading = indexes.get(base);
  if (!loading) {
    loading = getJson<ImportedIndexFile>(`${base}index.json`).then((file) => ({ file, index: openImportedIndex(file) }));
    // A failed fetch is not kept: the next question tries again.
    loading.catch(() => indexes.delete(base));
    indexes.set(base, loading);
  }
  return loading;
}

export function ImportedAnswers({ base, query, lang }: ImportedAnswersProps) {
  const texts = IMPORTED_TEXTS[lang];
  const [hits, setHits] = useState<ImportedHit[] | null>(null);
  const [article, setArticle] = useState<WidgetImportedArticle | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    setHits(null);
    setArticle(null);
    setFailed(false);
    loadIndex(base)
      .then(({ file, index }) => live && setHits(searchImported(file, index, query)))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [base, query]);

  const open = (id: string) => {
    getJson<WidgetImportedArticle>(`${base}${encodeURIComponent(id)}.json`)
      .then(setArticle)
      .catch(() => setFailed(true));
  };

  if (failed) return <p class="hint">{texts.failed}</p>;
  if (article) return <ImportedArticleView article={article} lang={lang} />;
  if (!hits) return <p class="hint">{texts.loading}</p>;
  if (hits.length === 0) return <p class="hint">{texts.none}</p>;
  return (
    <section aria-label={texts.results}>
      <p class="hint">{texts.results}</p>
      <ul class="choices">
        {hits.map((h) => (
          <li key={h.id}>
            <button type="button" class="secondary" onClick={() => open(h.id)}>
              {h.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
