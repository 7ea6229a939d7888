/**
 * borger.dk's article HTML, made safe and turned into our JSON tree. Two maintained libraries do
 * the parts that are easy to get wrong: sanitize-html cuts the HTML to an allow-list (no script,
 * no event handler, no iframe, no style, only https: links; http: is upgraded), and htmlparser2
 * (sanitize-html's own parser) reads the clean result, decoding every entity. What leaves this
 * module is text and https: addresses in a fixed shape; the browser never sees markup.
 */
import sanitizeHtml from 'sanitize-html';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Block, Inline } from '../model/imported-article.js';

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['div', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'b', 'em', 'i', 'br', 'span'],
  // Ids find the export's blocks (selvbetjeningslinks, kernetekst, microArticle_…) and self-service items.
  allowedAttributes: { div: ['id'], li: ['id'], a: ['href'] },
  allowedSchemes: ['https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Their text is code or a frame's fallback, never the article's words.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math'],
  transformTags: {
    // The export still has http: links; the same address over https: is what the citizen gets.
    a: (tagName, attribs) => ({ tagName, attribs: attribs.href ? { ...attribs, href: upgrade(attribs.href) } : attribs }),
  },
};

function upgrade(href: string): string {
  const trimmed = href.trim();
  return /^http:\/\//i.test(trimmed) ? `https://${trimmed.slice(7)}` : trimmed;
}

/** An address a citizen may follow: https:, a host, no credentials, nothing that breaks out of an attribute. */
function safeHref(href: string): string | undefined {
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** Whitespace as a reader sees it: non-breaking and other odd spaces become plain ones, runs become one. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ');
}

/** Plain text of a title or header that may carry entities (`&#230;`) or stray tags. */
export function plainText(html: string): string {
  const clean = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {}, nonTextTags: ALLOWED.nonTextTags });
  return normaliseSpace(DomUtils.textContent(parseDocument(clean))).trim();
}

export function parseClean(html: string): ChildNode[] {
  return parseDocument(sanitizeHtml(html, ALLOWED)).children;
}

export const isElement = (n: ChildNode): n is Element => DomUtils.isTag(n);
export const nodeText = (n: ChildNode | ChildNode[]): string => normaliseSpace(DomUtils.textContent(n)).trim();

/** Runs of text and links, merged and trimmed; empty runs dropped. */
function inlinesOf(nodes: ChildNode[]): Inline[] {
  const out: Inline[] = [];
  const push = (run: Inline) => {
    const last = out[out.length - 1];
    if (!('href' in run) && last && !('href' in last)) last.text += run.text;
    else out.push(run);
  };
  const walk = (list: ChildNode[]) => {
    for (const n of list) {
      if (DomUtils.isText(n)) push({ text: normaliseSpace(n.data) });
      else if (isElement(n) && n.name === 'br') push({ text: ' ' });
      else if (isElement(n) && n.name === 'a') {
        const text = nodeText(n);
        const href = n.attribs.href ? safeHref(n.attribs.href) : undefined;
        // A link whose address is not safe keeps its words, as text.
        if (text) push(href ? { text, href } : { text: normaliseSpace(DomUtils.textContent(n)) });
      } else if (isElement(n)) walk(n.children);
    }
  };
  walk(nodes);
  // Trim the ends and squeeze the joins; a run left empty goes.
  const first = out[0];
  if (first && !('href' in first)) first.text = first.text.trimStart();
  const last = out[out.length - 1];
  if (last && !('href' in last)) last.text = last.text.trimEnd();
  for (const run of out) if (!('href' in run)) run.text = run.text.replace(/ {2,}/g, ' ');
  return out.filter((run) => run.text.trim() !== '');
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKISH = new Set(['p', 'ul', 'ol', 'div', 'section', ...HEADINGS]);

/** The blocks of a micro-article's body: headings, paragraphs, lists; loose text becomes a paragraph. */
export function blocksOf(nodes: ChildNode[]): Block[] {
  const blocks: Block[] = [];
  let loose: ChildNode[] = [];
  const flush = () => {
    const parts = inlinesOf(loose);
    if (parts.length) blocks.push({ type: 'paragraph', parts });
    loose = [];
  };
  for (const n of nodes) {
    if (!isElement(n) || !BLOCKISH.has(n.name)) {
      loose.push(n);
      continue;
    }
    flush();
    if (HEADINGS.has(n.name)) {
      const text = nodeText(n);
      if (text) blocks.push({ type: 'heading', text });
    } else if (n.name === 'p') {
      const parts = inlinesOf(n.children);
      if (parts.length) blocks.push({ type: 'paragraph', parts });
    } else if (n.name === 'ul' || n.name === 'ol') {
      const items = n.children
        .filter((c): c is Element => isElement(c) && c.name === 'li')
        .map((li) => inlinesOf(li.children))
        .filter((parts) => parts.length);
      if (items.length) blocks.push({ type: 'list', ordered: n.name === 'ol', items });
    } else blocks.push(...blocksOf(n.children));
  }
  flush();
  return blocks;
}

export { safeHref as safeLink };
