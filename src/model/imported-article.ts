/**
 * An article imported from borger.dk's article export (issue 18), as the importer writes it and
 * the widget reads it. The body is a small JSON tree of headings, paragraphs, lists and links: no
 * HTML reaches the browser, so the widget needs no HTML parser and nothing executable can ride in.
 */
import * as v from 'valibot';

const text = (what: string) => v.pipe(v.string(`${what} must be text`), v.nonEmpty(`${what} must not be empty`));

/** Every link a citizen can follow is https: (an http: link is upgraded or dropped at import). */
const httpsHref = v.pipe(v.string('a link must be text'), v.regex(/^https:\/\/[^\s/?#@"'<>`\\]+(?:[/?#][^\s"'<>`\\]*)?$/i, 'a link must be a full https: address with no user name, quotes or spaces'));

export const InlineSchema = v.union(
  [v.strictObject({ text: text('a run of text') }), v.strictObject({ text: text('a link text'), href: httpsHref })],
  'a run of text is {text} or a link {text, href}',
);
export type Inline = v.InferOutput<typeof InlineSchema>;

const inlines = v.pipe(v.array(InlineSchema), v.minLength(1, 'a paragraph or list item needs some text'));

export const BlockSchema = v.variant(
  'type',
  [
    v.strictObject({ type: v.literal('heading'), text: text('a heading') }),
    v.strictObject({ type: v.literal('paragraph'), parts: inlines }),
    v.strictObject({ type: v.literal('list'), ordered: v.boolean(), items: v.pipe(v.array(inlines), v.minLength(1, 'a list needs an item')) }),
  ],
  'a block is a heading, a paragraph or a list',
);
export type Block = v.InferOutput<typeof BlockSchema>;

/** A micro-article (or another titled block such as "Hvad siger loven"): one section of the answer. */
export const SectionSchema = v.strictObject({
  title: text('a section title'),
  blocks: v.array(BlockSchema),
});
export type Section = v.InferOutput<typeof SectionSchema>;

/** A self-service link borger.dk keeps for the article's task: a transaction action. */
export const SelfServiceActionSchema = v.strictObject({
  /** borger.dk's id for the self-service solution (the handlingsside's selfserviceId). */
  selfserviceId: v.pipe(v.string(), v.regex(/^[0-9a-f-]{8,64}$/i, "selfserviceId must be borger.dk's id (hex digits and -)")),
  label: text('the action label'),
  href: httpsHref,
});
export type SelfServiceAction = v.InferOutput<typeof SelfServiceActionSchema>;

export const IMPORT_DOMAINS = ['www.borger.dk', 'lifeindenmark.borger.dk'] as const;

/** The moment as borger.dk writes it: Danish local time without an offset. */
const localDateTime = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'a time must look like 2026-11-03T10:15:00 (Danish local time)'));

export const ImportedArticleSchema = v.strictObject({
  /** The topic id it is known by (search, widget, collector): `borgerdk-<articleId>`. */
  id: v.pipe(v.string(), v.regex(/^borgerdk-\d+$/, 'id must be borgerdk-<article id>')),
  lang: v.picklist(['da', 'en'], 'lang must be da or en'),
  /** The catalog topic this article serves (content/borgerdk-mapping.yaml); absent, it is an information topic of its own. */
  topic: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))),
  title: text('title'),
  summary: v.string('summary must be text'),
  /** Words for search beside the title: KL's service areas, task areas and task names for the article. */
  keywords: v.array(v.string()),
  sections: v.array(SectionSchema),
  actions: v.array(SelfServiceActionSchema),
  /** Who wrote it, as borger.dk names them (the byline): the authority the citizen is told about. */
  authorityName: text('authorityName'),
  updated: localDateTime,
  source: v.strictObject({
    articleId: v.pipe(v.number(), v.integer(), v.minValue(1)),
    url: httpsHref,
    domain: v.picklist(IMPORT_DOMAINS),
    /** The official municipality code whose additions the text includes; 0 for none. */
    municipalityCode: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
});
export type ImportedArticle = v.InferOutput<typeof ImportedArticleSchema>;

/** The topic id of borger.dk's article `articleId`. */
export const importedTopicId = (articleId: number): string => `borgerdk-${articleId}`;

/**
 * content/borgerdk-mapping.yaml: which borger.dk article serves which catalog topic, per language.
 * A mapped article enriches the curated topic (its sections and self-service links) and keeps the
 * topic's curated parts; an unmapped one becomes an information topic of its own.
 */
export const BorgerdkMappingSchema = v.record(
  v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'each key must be a catalog topic id')),
  v.strictObject(
    {
      da: v.optional(v.pipe(v.number('da must be a borger.dk article id (a number)'), v.integer(), v.minValue(1))),
      en: v.optional(v.pipe(v.number('en must be a Life in Denmark article id (a number)'), v.integer(), v.minValue(1))),
    },
    'each topic maps to {da: <article id>, en: <article id>}',
  ),
);
export type BorgerdkMapping = v.InferOutput<typeof BorgerdkMappingSchema>;

/** What an import wrote beside its articles: enough to compare the next import against. */
export const ImportManifestSchema = v.strictObject({
  municipality: v.string(),
  municipalityCode: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lang: v.picklist(['da', 'en']),
  /** When the import started, UTC. */
  importedAt: v.pipe(v.string(), v.isoTimestamp()),
  /** Every article in the release by article id, with its `LastUpdated`. */
  articles: v.record(v.pipe(v.string(), v.regex(/^\d+$/)), localDateTime),
});
export type ImportManifest = v.InferOutput<typeof ImportManifestSchema>;
