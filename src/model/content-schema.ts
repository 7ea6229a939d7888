/**
 * The shape of every file in content/. The types the rest of the code uses are derived from
 * these schemas, so a field cannot be added to one without the other.
 * valibot rather than zod or ajv: it never uses `new Function`, so the same schemas can run in
 * the widget under a strict Content-Security-Policy.
 */
import * as v from 'valibot';
import { AUTHORITIES, CHANNELS, INTENTS, RULES, WEEKDAYS } from './vocabulary.js';

const text = (what: string) => v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));

const localized = (what: string) => v.strictObject({ da: text(`${what} in Danish (da)`), en: text(`${what} in English (en)`) }, `${what} must give both da and en`);

const httpsUrl = v.pipe(
  v.string('a link must be text'),
  v.trim(),
  v.regex(/^https:\/\/[^\s/$.?#][^\s]*$/i, 'a link must be a full https: address (https://…)'),
  // "https://kommune.example@evil.example/" shows one host and opens another.
  v.regex(/^https:\/\/[^/?#@]*(?:[/?#]|$)/i, 'a link must not carry a user name or password before the host (an @ before the first /)'),
  // Quotes and angle brackets have no place in an address and are how markup breaks out of one.
  v.regex(/^[^"'<>`\\]*$/, 'a link must not contain quotes, angle brackets, backticks or backslashes'),
);

const telUrl = v.pipe(v.string('a phone link must be text'), v.regex(/^tel:\+?[0-9]{3,15}$/, 'a phone link must look like tel:+4512345678'));

/** A link is written as a bare address or as `{href, verify}`. */
export const LinkSchema = v.pipe(
  v.union([httpsUrl, v.strictObject({ href: httpsUrl, verify: v.optional(v.boolean('verify must be true or false')) })], 'a link must be a full https: address, or {href: https://…, verify: true}'),
  v.transform((link) => (typeof link === 'string' ? { href: link, verify: false } : { href: link.href, verify: link.verify ?? false })),
);
export type Link = v.InferOutput<typeof LinkSchema>;

const interval = v.pipe(
  v.string('opening hours must be text like "08:00-15:00"'),
  v.regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'opening hours must look like "08:00-15:00"'),
  v.check((s) => s.slice(0, 5) < s.slice(6), 'an opening interval must close after it opens'),
);

export const WeeklyHoursSchema = v.strictObject(
  Object.fromEntries(WEEKDAYS.map((d) => [d, v.optional(v.array(interval, `${d} must be a list of intervals`))])) as Record<
    (typeof WEEKDAYS)[number],
    v.OptionalSchema<v.ArraySchema<typeof interval, string>, undefined>
  >,
  'opening hours must list weekdays mon … sun',
);
export type WeeklyHours = v.InferOutput<typeof WeeklyHoursSchema>;

export const PhoneSchema = v.strictObject({
  href: telUrl,
  label: text('the phone number as shown'),
  /** Who answers, where it is not the topic's authority or Borgerservice (a helpline). */
  name: v.optional(localized('the name of who answers')),
  /** When the line answers; "always" for a 24-hour line, which is never "closed". Without it, the authority's or Borgerservice's hours. */
  hours: v.optional(v.union([v.literal('always'), WeeklyHoursSchema], 'hours must be "always" or opening hours by weekday')),
  verify: v.optional(v.boolean('verify must be true or false'), false),
});
export type Phone = v.InferOutput<typeof PhoneSchema>;

const isoDate = v.pipe(v.string('a date must be text like "2026-12-24"'), v.isoDate('a date must look like "2026-12-24"'));

const channel = v.picklist(CHANNELS, `the channel must be one of ${CHANNELS.join(', ')}`);
const intent = v.picklist(INTENTS, `the inquiry type must be one of ${INTENTS.join(', ')}`);

export const ChannelRowSchema = v.strictObject({
  description: v.optional(localized('description')),
  primary: v.pipe(v.array(channel), v.minLength(1, 'primary must name at least one channel')),
  secondary: v.optional(v.array(channel), []),
  unwanted: v.optional(v.array(channel), []),
});
export type ChannelRow = v.InferOutput<typeof ChannelRowSchema>;

export const ChannelTableSchema = v.strictObject(
  {
    information: ChannelRowSchema,
    interaction: ChannelRowSchema,
    transaction: ChannelRowSchema,
    relation: ChannelRowSchema,
  },
  'the channel table must have the rows information, interaction, transaction and relation',
);
export type ChannelTable = v.InferOutput<typeof ChannelTableSchema>;

export const AuthoritySchema = v.strictObject({
  name: localized('name'),
  website: v.optional(httpsUrl),
  phone: v.optional(PhoneSchema),
  phoneHours: v.optional(WeeklyHoursSchema),
  /** Days the phone is closed beside the public holidays (Christmas Eve, New Year's Eve, Constitution Day). */
  closedDays: v.optional(v.array(isoDate), []),
  verifyHours: v.optional(v.boolean(), false),
});
export type Authority = v.InferOutput<typeof AuthoritySchema>;

export const AuthoritiesSchema = v.strictObject(
  Object.fromEntries(AUTHORITIES.map((a) => [a, AuthoritySchema])) as Record<(typeof AUTHORITIES)[number], typeof AuthoritySchema>,
  `authorities.yaml must describe exactly: ${AUTHORITIES.join(', ')}`,
);
export type Authorities = v.InferOutput<typeof AuthoritiesSchema>;

const topicChannels = v.strictObject(
  {
    web: v.optional(LinkSchema),
    selfservice: v.optional(LinkSchema),
    minside: v.optional(LinkSchema),
    digitalpost: v.optional(LinkSchema),
    meeting: v.optional(LinkSchema),
    phone: v.optional(PhoneSchema),
  },
  'channels may name web, selfservice, minside, digitalpost, meeting and phone',
);

export const MunicipalitySchema = v.strictObject({
  slug: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'slug must be lower-case letters, digits and -')),
  code: v.pipe(v.number('code must be the official municipality number'), v.integer(), v.minValue(0)),
  name: localized('name'),
  website: httpsUrl,
  /** Towns, districts and islands: search lets them count little (they say where, not what). */
  places: v.optional(v.array(text('each place')), []),
  borgerservice: v.strictObject({
    name: localized('name'),
    address: text('address'),
    phone: PhoneSchema,
    booking: LinkSchema,
    phoneHours: WeeklyHoursSchema,
    deskHours: WeeklyHoursSchema,
    closedDays: v.optional(v.array(isoDate), []),
    verifyHours: v.optional(v.boolean(), false),
    verify: v.optional(v.boolean(), false),
  }),
  afterHours: v.optional(
    v.strictObject({
      name: localized('name'),
      description: v.optional(localized('description')),
      phone: v.optional(PhoneSchema),
      link: v.optional(LinkSchema),
      hours: WeeklyHoursSchema,
      verify: v.optional(v.boolean(), false),
    }),
  ),
  costs: v.strictObject({
    selfservice: v.number(),
    selfserviceManual: v.number(),
    phone: v.number(),
    letter: v.number(),
    email: v.number(),
    meeting: v.number(),
  }),
  targets: v.optional(v.record(v.string(), v.union([v.number(), v.boolean()]))),
  /**
   * Topics whose self-service lands in the municipality's case system without manual handling:
   * priced at `costs.selfservice` rather than `costs.selfserviceManual` (DOMAIN.md, estimated cost).
   */
  integratedSelfservice: v.optional(v.array(v.string('each topic must be an id')), []),
  channelTable: v.optional(v.partial(ChannelTableSchema)),
  topics: v.optional(v.record(v.string(), topicChannels)),
  theme: v.optional(v.strictObject({ primary: v.pipe(v.string(), v.hexColor('theme.primary must be a colour like #44831E')) })),
  /**
   * The municipality's own sites that may post its routing decisions to the collector (CORS). An
   * origin is scheme and host only, as a browser sends it: `https://www.aarhus.dk`.
   */
  origins: v.optional(
    v.array(
      v.pipe(
        v.string('each origin must be text'),
        v.regex(/^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/, 'each origin must be https:// and a lower-case host, with no path or slash at the end, like https://www.aarhus.dk'),
      ),
    ),
    [],
  ),
  /** Store the redacted words of searches that found nothing (issue 15); off unless chosen. */
  logNotFoundWords: v.optional(v.boolean('logNotFoundWords must be true or false'), false),
});
export type Municipality = v.InferOutput<typeof MunicipalitySchema>;

export const TopicDataSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and -')),
  authority: v.picklist(AUTHORITIES, `authority must be one of ${AUTHORITIES.join(', ')}`),
  authorityName: v.optional(localized('authorityName')),
  /** An inquiry type whose authority is not the topic's (funeral assistance: Udbetaling Danmark). */
  authorities: v.optional(v.record(intent, v.picklist(AUTHORITIES, `an authority must be one of ${AUTHORITIES.join(', ')}`))),
  rule: v.optional(v.picklist(RULES, `rule must be one of ${RULES.join(', ')}`)),
  defaultIntent: intent,
  intents: v.pipe(v.array(intent), v.minLength(1, 'intents must list at least one inquiry type')),
  withoutDigital: v.optional(v.picklist(['assisted', 'meeting'], 'withoutDigital must be assisted or meeting'), 'assisted'),
  related: v.optional(v.array(v.string()), []),
  popular: v.optional(v.boolean(), false),
  channels: topicChannels,
});
export type TopicData = v.InferOutput<typeof TopicDataSchema>;

const fact = v.strictObject({
  kind: v.picklist(['deadline', 'processing-time', 'fee', 'other'], 'kind must be deadline, processing-time, fee or other'),
  text: text('the fact'),
  verify: v.optional(v.boolean(), false),
  validFrom: v.optional(v.union([isoDate, v.date()])),
  validTo: v.optional(v.union([isoDate, v.date()])),
});

const phrase = v.pipe(v.string('each entry must be text'), v.trim(), v.nonEmpty('an entry must not be empty'));

export const ArticleIntentSchema = v.strictObject({
  action: text('action'),
  needs: v.optional(v.array(phrase), []),
  cues: v.optional(v.array(phrase), []),
});

/** The longest line of staff guidance: it is read aloud to, or beside, a citizen. */
export const GUIDANCE_LINE_MAX = 200;

/**
 * One line of staff guidance: plain text, because the console shows it as text and nothing in it
 * is meant to become a link, a heading or markup.
 */
const guidanceLine = (what: string) =>
  v.pipe(
    text(what),
    v.maxLength(GUIDANCE_LINE_MAX, `${what} must be at most ${GUIDANCE_LINE_MAX} characters`),
    v.check((s) => !/[<>`]|\*\*|\]\(|^#/.test(s), `${what} must be plain text (no HTML or Markdown: < > \` ** ]( or a leading #)`),
  );

const guidanceList = (what: string, min: number, max: number) =>
  v.pipe(v.array(guidanceLine(`each of ${what}`), `${what} must be a list`), v.minLength(min, `${what} must list at least ${min}`), v.maxLength(max, `${what} must list at most ${max}`));

/**
 * Staff guidance for one inquiry type of a topic (issue 17): how a staff member walks a citizen
 * through the self-service (medbetjening). Shown only in the staff console, never in the widget.
 */
export const StaffGuidanceSchema = v.strictObject({
  steps: guidanceList('steps', 2, 6),
  have: v.optional(guidanceList('have', 0, 5), []),
  pitfalls: guidanceList('pitfalls', 1, 4),
  meeting: guidanceLine('meeting'),
  proxy: guidanceLine('proxy'),
  /** true when a line states a local fact (fee, time, place, phone) to check locally. */
  verify: v.optional(v.boolean('verify must be true or false'), false),
});
export type StaffGuidance = v.InferOutput<typeof StaffGuidanceSchema>;

/** A topic's staff guidance, one entry per inquiry type it has (content:check holds them to the topic's intents). */
export const TopicStaffGuidanceSchema = v.record(intent, StaffGuidanceSchema);
export type TopicStaffGuidance = v.InferOutput<typeof TopicStaffGuidanceSchema>;

export const ArticleMetaSchema = v.strictObject({
  title: text('title'),
  summary: text('summary'),
  terms: v.pipe(v.array(phrase), v.minLength(3, 'terms must list at least 3 words citizens use')),
  /**
   * Neighbouring services this topic does not cover, named as citizens and official pages name
   * them ("seniorpension" beside *Folkepension*): a question that names one is not this topic's.
   */
  unlike: v.optional(v.array(phrase), []),
  /**
   * A citizen's situation, in their words, in which this topic's self-service cannot serve them
   * ("har ikke et pas med chip" for MitID, whose app needs one): the answer is then the topic's
   * way without digital services (`withoutDigital`), as if they had said they cannot use them.
   */
  withoutDigitalWhen: v.optional(v.array(phrase), []),
  examples: v.optional(v.array(phrase), []),
  intents: v.record(intent, ArticleIntentSchema),
  facts: v.optional(v.array(fact), []),
  /** Staff guidance (issue 17): for the staff console only; the widget's data never carries it. */
  staff: v.optional(TopicStaffGuidanceSchema),
});
export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;

export const CatalogEntrySchema = v.strictObject({
  authority: v.picklist(AUTHORITIES),
  authorities: v.optional(v.record(intent, v.picklist(AUTHORITIES))),
  intents: v.array(intent),
  rule: v.optional(v.picklist(RULES)),
  /** The municipal service area (område) the KOMHEN-style export counts the topic under. */
  area: text('area'),
});
export const CatalogSchema = v.record(v.string(), CatalogEntrySchema);
export type Catalog = v.InferOutput<typeof CatalogSchema>;

export const IntentCuesSchema = v.record(intent, v.strictObject({ da: v.array(phrase), en: v.array(phrase) }));
export type IntentCues = v.InferOutput<typeof IntentCuesSchema>;

export const StopwordsSchema = v.strictObject({
  da: v.array(phrase),
  en: v.array(phrase),
  generic: v.strictObject({ da: v.array(phrase), en: v.array(phrase) }),
  circumstances: v.strictObject({ da: v.array(phrase), en: v.array(phrase) }),
  caseStatus: v.strictObject({ topic: v.string('caseStatus.topic must be a topic id'), da: v.array(phrase), en: v.array(phrase) }),
  /** Words that make a circumstance phrase one of digital access, in either language. */
  digitalAccess: v.array(phrase),
  /** Danish towns beyond the municipalities' own `places`, in any language: they say where, not what. */
  towns: v.optional(v.array(phrase), []),
  /** A dwelling someone has moved or is moving into says where: the errand is the move (circumstances.ts). */
  moves: v.strictObject({
    verbs: v.strictObject({ da: v.array(phrase), en: v.array(phrase) }),
    into: v.strictObject({ da: v.array(phrase), en: v.array(phrase) }),
    dwellings: v.strictObject({ da: v.array(phrase), en: v.array(phrase) }),
  }),
});
export type Stopwords = v.InferOutput<typeof StopwordsSchema>;

/**
 * Words each topic's labelled training sentences use (content/topic-words.json, written by `npm run
 * train:words`): search reads them as the topic's example words.
 */
export const TopicWordsSchema = v.record(v.string(), v.strictObject({ da: v.array(phrase), en: v.array(phrase) }));
export type TopicWords = v.InferOutput<typeof TopicWordsSchema>;

export const DANGER_KINDS = ['suicide', 'violence', 'child', 'medical', 'poisoning', 'fire'] as const;
export type DangerKind = (typeof DANGER_KINDS)[number];

export const EmergencySchema = v.strictObject({
  emergency: v.strictObject({ name: localized('name'), phone: PhoneSchema }),
  lines: v.record(
    v.picklist(DANGER_KINDS, `lines must be named ${DANGER_KINDS.join(', ')}`),
    v.array(v.strictObject({ name: localized('name'), phone: PhoneSchema, note: v.optional(localized('note')) })),
  ),
});
export type Emergency = v.InferOutput<typeof EmergencySchema>;

/** Sentences with {placeholders}, in Danish and English, keyed by situation. */
export const TextsSchema = v.record(v.string(), localized('text'));
export type Texts = v.InferOutput<typeof TextsSchema>;

/** The reasons (reasons.yaml) the routing decision may give; content:check requires each one. */
export const REQUIRED_REASONS = [
  'information',
  'information-phone',
  'interaction-minside',
  'interaction-phone',
  'interaction-assisted',
  'transaction-selfservice',
  'transaction-assisted',
  'transaction-meeting-law',
  'transaction-meeting-topic',
  'transaction-meeting-desk',
  'transaction-assisted-desk',
  'relation-meeting',
  'relation-apply',
  'closed',
  'after-hours',
  'not-asked',
  'authority',
  'emergency',
] as const;
export type ReasonKey = (typeof REQUIRED_REASONS)[number];

/** The action labels (action-labels.yaml) the routing decision may use. */
export const REQUIRED_LABELS = ['web', 'minside', 'digitalpost', 'phone', 'assisted-phone', 'assisted-booking', 'after-hours', 'meeting', 'emergency'] as const;
export type LabelKey = (typeof REQUIRED_LABELS)[number];

/** An example conversation (content/examples/): played by the browser tests, read as documentation. */
export const ExampleSchema = v.strictObject({
  description: text('description'),
  page: v.picklist(['/', '/inline.html'], 'page must be / or /inline.html'),
  now: v.pipe(v.string(), v.isoTimestamp('now must be ISO 8601 with offset')),
  viewport: v.optional(v.picklist(['desktop', 'mobile']), 'desktop'),
  steps: v.pipe(
    v.array(
      v.union(
        [
          v.strictObject({ ask: text('ask') }),
          v.strictObject({ click: text('click') }),
          v.strictObject({ language: v.picklist(['da', 'en', 'ar', 'uk']) }),
          v.strictObject({
            expect: v.strictObject({
              text: v.optional(text('expect.text')),
              channel: v.optional(v.picklist(CHANNELS)),
              dir: v.optional(v.picklist(['ltr', 'rtl'])),
            }),
          }),
        ],
        'each step is one of ask, click, language or expect',
      ),
    ),
    v.minLength(1, 'an example needs at least one step'),
  ),
});
export type Example = v.InferOutput<typeof ExampleSchema>;
