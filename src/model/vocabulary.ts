/** The fixed words of the domain: inquiry types, channels, authorities, rules. */

export const INTENTS = ['information', 'interaction', 'transaction', 'relation'] as const;
export type Intent = (typeof INTENTS)[number];

/** Channels a recommendation may name. */
export const ROUTABLE_CHANNELS = ['web', 'selfservice', 'minside', 'digitalpost', 'phone', 'assisted', 'meeting', 'emergency'] as const;
export type RoutableChannel = (typeof ROUTABLE_CHANNELS)[number];

/** Letter and e-mail exist only so a channel table can close them. */
export const CHANNELS = [...ROUTABLE_CHANNELS, 'letter', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

export const NEVER_OFFERED: readonly Channel[] = ['letter', 'email'];

export const AUTHORITIES = ['kommune', 'udbetaling-danmark', 'skattestyrelsen', 'familieretshuset', 'digitaliseringsstyrelsen', 'vurderingsstyrelsen', 'stat', 'other'] as const;
export type AuthorityId = (typeof AUTHORITIES)[number];

export const RULES = ['personal-required', 'relation', 'urgent-capable'] as const;
export type TopicRule = (typeof RULES)[number];

export const LANGS = ['da', 'en'] as const;
export type ContentLang = (typeof LANGS)[number];

/** Interface languages: the widget speaks these; topic content exists only in LANGS. */
export const UI_LANGS = ['da', 'en', 'ar', 'uk'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** Staff roles (issue 15): what a staff account may see and do. */
export const STAFF_ROLES = ['manager', 'staff', 'operator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type Localized = Record<ContentLang, string>;

/**
 * The one language rule: topic content exists in Danish and English, so Danish ("da", "da-DK",
 * ISO 639-2 "dan") reads Danish and every other language (English, and interface languages such
 * as Arabic and Ukrainian that have no content of their own) reads English.
 */
export function contentLangOf(lang: string): ContentLang {
  const base = lang.trim().toLowerCase().split('-')[0];
  return base === 'da' || base === 'dan' ? 'da' : 'en';
}
