/**
 * An article imported from borger.dk: its summary, its self-service actions first (borger.dk's
 * own links for the task), then its sections as headings, paragraphs and lists. Everything is
 * text and links from the JSON tree the importer wrote; Preact escapes the text, and every href
 * passes safeHref again, so even a tampered file cannot put markup or a script URL on the page.
 * Criteria, checked in a browser with axe: headings in order under the card's h3, the actions
 * are links with their task's name, the source is named and linked.
 */
import type { Block, Inline } from '../../model/imported-article.js';
import type { ContentLang } from '../../model/vocabulary.js';
import type { WidgetImportedArticle } from '../../widget-data/imported.js';
import { safeHref } from '../safe-href.js';

/**
 * The few words this card says itself, in the article's language. Kept here rather than in the
 * locales: the card is a lazily loaded part, and the locales ship on the curated path, whose size
 * budget has no room for them.
 */
export const IMPORTED_TEXTS = {
  da: {
    selfservice: 'Selvbetjening',
    source: 'Fra borger.dk, skrevet af {name}. Opdateret {date}.',
    read: 'Læs artiklen på borger.dk',
    results: 'Artikler fra borger.dk',
    loading: 'Søger i artikler fra borger.dk …',
    none: 'Ingen artikler fra borger.dk passer.',
    failed: 'Artiklerne fra borger.dk kunne ikke hentes.',
  },
  en: {
    selfservice: 'Self-service',
    source: 'From Life in Denmark (borger.dk), written by {name}. Updated {date}.',
    read: 'Read the article on borger.dk',
    results: 'Articles from borger.dk',
    loading: 'Searching articles from borger.dk …',
    none: 'No article from borger.dk fits.',
    failed: 'The articles from borger.dk could not be fetched.',
  },
} as const satisfies Record<ContentLang, Record<string, string>>;

function Link({ href, text, class: cls }: { href: string; text: string; class?: string }) {
  const safe = safeHref(href);
  if (!safe) return <>{text}</>;
  return (
    <a class={cls} href={safe} target="_blank" rel="noopener">
      {text}
    </a>
  );
}

const runs = (parts: Inline[]) => parts.map((p, i) => ('href' in p ? <Link key={i} href={p.href} text={p.text} /> : p.text));

function BlockView({ block }: { block: Block }) {
  if (block.type === 'heading') return <h5>{block.text}</h5>;
  if (block.type === 'paragraph') return <p>{runs(block.parts)}</p>;
  const items = block.items.map((item, i) => <li key={i}>{runs(item)}</li>);
  return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

/** borger.dk's local time "2026-11-03T10:15:00" as a date the reader knows. */
function dateOf(updated: string, lang: ContentLang): string {
  const [y, m, d] = updated.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

export function ImportedArticleView({ article, lang }: { article: WidgetImportedArticle; lang: ContentLang }) {
  const texts = IMPORTED_TEXTS[lang];
  return (
    <section class="card" aria-labelledby="kg-imported-title" lang={article.lang}>
      <h3 id="kg-imported-title">{article.title}</h3>
      {article.summary && <p>{article.summary}</p>}
      {article.actions.length > 0 && (
        <ul class="choices" aria-label={texts.selfservice}>
          {article.actions.map((a) => (
            <li key={a.selfserviceId}>
              <Link class="button primary" href={a.href} text={a.label} />
            </li>
          ))}
        </ul>
      )}
      {article.sections.map((s, i) => (
        <div key={i}>
          <h4>{s.title}</h4>
          {s.blocks.map((b, j) => (
            <BlockView key={j} block={b} />
          ))}
        </div>
      ))}
      <p class="hint">
        {texts.source.replace('{name}', article.authorityName).replace('{date}', dateOf(article.updated, lang))} <Link href={article.source.url} text={texts.read} />
      </p>
    </section>
  );
}
