/**
 * One exported article into our content format: the header as the summary, the micro-articles as
 * sections, the self-service links as transaction actions, the byline as the authority's name.
 * The result is validated against the model's schema here, so a malformed article is refused by
 * name before it can reach a staged import.
 */
import * as v from 'valibot';
import type { ChildNode, Element } from 'domhandler';
import { type ImportedArticle, ImportedArticleSchema, importedTopicId, type Section, type SelfServiceAction } from '../model/imported-article.js';
import type { ContentLang } from '../model/vocabulary.js';
import type { RawArticle } from './article-export.js';
import { blocksOf, isElement, nodeText, parseClean, plainText, safeLink } from './sanitize.js';

export interface ConvertContext {
  lang: ContentLang;
  municipalityCode: number;
  /** The catalog topic this article id serves, from content/borgerdk-mapping.yaml. */
  topic: string | undefined;
}

const DOMAIN = { da: 'www.borger.dk', en: 'lifeindenmark.borger.dk' } as const;
/** When an article has no byline, the citizen is told the text is borger.dk's. */
const DEFAULT_AUTHORITY = { da: 'borger.dk', en: 'Life in Denmark (borger.dk)' } as const;

/** The ids of the service's top-level blocks. */
const byId = (nodes: ChildNode[], test: (id: string) => boolean): Element[] => nodes.filter((n): n is Element => isElement(n) && n.name === 'div' && test(n.attribs.id ?? ''));

function selfServiceId(li: Element, href: string): string | undefined {
  const fromHref = new URL(href).searchParams.get('selfserviceId') ?? undefined;
  const fromLi = /^opis_domainservice_([0-9a-f-]+)$/i.exec(li.attribs.id ?? '')?.[1];
  return fromHref ?? fromLi;
}

function actionsOf(block: Element): SelfServiceAction[] {
  const actions: SelfServiceAction[] = [];
  for (const li of block.children.flatMap((c) => (isElement(c) ? [c, ...(c.children as ChildNode[])] : [])).filter((c): c is Element => isElement(c) && c.name === 'li')) {
    const a = li.children.find((c): c is Element => isElement(c) && c.name === 'a');
    const href = a?.attribs.href ? safeLink(a.attribs.href) : undefined;
    const label = a ? nodeText(a) : '';
    const id = href ? selfServiceId(li, href) : undefined;
    if (href && label && id && !actions.some((x) => x.selfserviceId === id)) actions.push({ selfserviceId: id, label, href });
  }
  return actions;
}

/** A titled block: its first heading is the title, the rest its body. */
function sectionOf(block: Element): Section | undefined {
  const heading = block.children.find((c): c is Element => isElement(c) && /^h[2-6]$/.test(c.name));
  const title = heading ? nodeText(heading) : '';
  const blocks = blocksOf(block.children.filter((c) => c !== heading));
  if (!title) return blocks.length ? { title: '…', blocks } : undefined;
  return { title, blocks };
}

function sectionsOf(nodes: ChildNode[]): Section[] {
  const sections: Section[] = [];
  for (const block of nodes.filter(isElement)) {
    const id = block.attribs.id ?? '';
    if (id === 'selvbetjeningslinks' || id === 'byline') continue;
    if (id === 'kernetekst') {
      const micro = byId(block.children, (x) => x.startsWith('microArticle'));
      // A body without micro-articles is one section under the article's own words.
      for (const m of micro.length ? micro : [block]) {
        const s = sectionOf(m);
        if (s) sections.push(s);
      }
    } else if (block.name === 'div') {
      const s = sectionOf(block);
      if (s) sections.push(s);
    }
  }
  return sections;
}

export class ConversionError extends Error {}

export function convertArticle(raw: RawArticle, context: ConvertContext): ImportedArticle {
  const nodes = parseClean(raw.content);
  const byline = byId(nodes, (id) => id === 'byline')[0];
  const bylineText = byline ? nodeText(byline).replace(/^(Redaktion(en)?|Editor(ial)?)\s*:\s*/i, '') : '';
  const selfService = byId(nodes, (id) => id === 'selvbetjeningslinks')[0];
  const url = safeLink(raw.url.replace(/^http:\/\//i, 'https://'));
  const article = {
    id: importedTopicId(raw.id),
    lang: context.lang,
    ...(context.topic ? { topic: context.topic } : {}),
    title: plainText(raw.title),
    summary: plainText(raw.header),
    keywords: raw.taskNames.map(plainText).filter(Boolean),
    sections: sectionsOf(nodes),
    actions: selfService ? actionsOf(selfService) : [],
    authorityName: bylineText || DEFAULT_AUTHORITY[context.lang],
    updated: raw.lastUpdated,
    source: { articleId: raw.id, url: url ?? '', domain: DOMAIN[context.lang], municipalityCode: context.municipalityCode },
  };
  const result = v.safeParse(ImportedArticleSchema, article);
  if (!result.success) {
    const problems = result.issues.map((i) => `${v.getDotPath(i) ?? '(article)'}: ${i.message}`).join('; ');
    throw new ConversionError(`article ${raw.id} ("${article.title}") cannot be converted: ${problems}`);
  }
  return result.output;
}
