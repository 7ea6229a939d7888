/**
 * One line of the route contract, checked: `{q, lang, municipality, now, canUseDigital,
 * assisted, topic, intent}`. Everything but `q` is optional and unknown fields are ignored; a bad
 * field gives an error that names it.
 */
import * as v from 'valibot';
import { daysInMonth, isRealDate } from '../model/calendar-date.js';
import type { ContentBundle } from '../model/content-bundle.js';
import { INTENTS, type Intent } from '../model/vocabulary.js';
import { hasOwn, own } from '../model/own-key.js';

export interface RouteRequest {
  q: string;
  lang: string;
  municipality: string;
  now: Date;
  canUseDigital: boolean | null;
  assisted: boolean;
  topic: string | null;
  intent: Intent | null;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The years the calendar code is proven on (holidays against an oracle for 1900–2200). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

/**
 * Why an ISO date-time that has the right shape still names no real moment, or null. JavaScript
 * would roll February 30 over to March 2 and fail on years before 1000 far from the field.
 */
function impossibleDateTime(iso: string): string | null {
  const [date = '', rest = ''] = iso.split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second = 0] = rest
    .replace(/(Z|[+-]\d{2}:\d{2})$/, '')
    .split(':')
    .map(Number) as [number, number, number?];
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(rest);
  if (year < FIRST_YEAR || year > LAST_YEAR) return `the year must be between ${FIRST_YEAR} and ${LAST_YEAR}`;
  if (month < 1 || month > 12) return 'the month must be 01–12';
  if (!isRealDate(year, month, day)) return `${date.slice(0, 7)} has ${daysInMonth(year, month)} days`;
  if (hour > 23 || minute > 59 || second >= 60) return 'the time of day must be 00:00–23:59';
  if (offset && (Number(offset[2]) > 14 || Number(offset[3]) > 59)) return 'the offset must be between -14:00 and +14:00';
  return null;
}

const LineSchema = v.looseObject(
  {
    q: v.optional(v.string('"q" must be text'), ''),
    lang: v.optional(v.pipe(v.string('"lang" must be a language code such as "da"'), v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$/, '"lang" must be a language code such as "da"')), 'da'),
    municipality: v.optional(v.string('"municipality" must be a slug such as "aarhus"'), 'demo'),
    now: v.optional(v.pipe(v.string('"now" must be an ISO 8601 date-time with offset'), v.regex(ISO_WITH_OFFSET, '"now" must be an ISO 8601 date-time with offset, e.g. 2026-12-01T10:30:00+01:00'))),
    canUseDigital: v.optional(v.nullable(v.boolean('"canUseDigital" must be true, false or null')), null),
    assisted: v.optional(v.boolean('"assisted" must be true or false'), false),
    topic: v.optional(v.nullable(v.string('"topic" must be a topic id')), null),
    intent: v.optional(v.nullable(v.picklist(INTENTS, `"intent" must be one of ${INTENTS.join(', ')}`)), null),
  },
  'a line must be a JSON object',
);

export type Parsed = { ok: true; request: RouteRequest } | { ok: false; error: string };

export function parseRouteLine(line: string, content: ContentBundle, clock: () => Date = () => new Date()): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return { ok: false, error: 'the line is not valid JSON' };
  }
  return parseRouteRequest(data, content, clock);
}

export function parseRouteRequest(data: unknown, content: ContentBundle, clock: () => Date = () => new Date()): Parsed {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'a line must be a JSON object' };
  const result = v.safeParse(LineSchema, data);
  if (!result.success) {
    const issue = result.issues[0]!;
    const field = v.getDotPath(issue);
    return { ok: false, error: field && !issue.message.includes(`"${field}"`) ? `"${field}": ${issue.message}` : issue.message };
  }
  const line = result.output;
  const impossible = line.now ? impossibleDateTime(line.now) : null;
  if (impossible) return { ok: false, error: `"now" is not a real date-time (${impossible}): ${line.now}` };
  const now = line.now ? new Date(line.now) : clock();
  if (Number.isNaN(now.getTime())) return { ok: false, error: `"now" is not a real date-time: ${line.now}` };
  if (!hasOwn(content.municipalities, line.municipality))
    return { ok: false, error: `"municipality": unknown municipality "${line.municipality}" (known: ${Object.keys(content.municipalities).join(', ')})` };
  const topic = line.topic === null ? undefined : own(content.topics, line.topic);
  if (line.topic !== null && !topic) return { ok: false, error: `"topic": unknown topic "${line.topic}"` };
  if (topic && line.intent !== null && !topic.intents.includes(line.intent))
    return { ok: false, error: `"intent": the topic "${topic.id}" has no ${line.intent} intent (it has ${topic.intents.join(', ')})` };
  return {
    ok: true,
    request: {
      q: line.q,
      lang: line.lang.toLowerCase(),
      municipality: line.municipality,
      now,
      canUseDigital: line.canUseDigital,
      assisted: line.assisted,
      topic: line.topic,
      intent: line.intent,
    },
  };
}
