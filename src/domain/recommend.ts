/**
 * The routing decision: topic, inquiry type, the citizen's circumstances, municipality and time
 * in; the channel the municipality's strategy names, with one action, alternatives and the
 * reason, out. Pure: `now` is an argument, content is an argument.
 */
import type { ContentBundle, Topic } from '../model/content-bundle.js';
import type { ChannelRow, LabelKey, Link, Municipality, Phone, ReasonKey } from '../model/content-schema.js';
import type { Action, Alternative, Circumstances, Recommendation } from '../model/recommendation.js';
import { type AuthorityId, type ContentLang, type Intent, LANGS, NEVER_OFFERED, type RoutableChannel } from '../model/vocabulary.js';
import { toIsoWithOffset } from './copenhagen-time.js';
import { type OpeningState, openingState, type Schedule } from './opening-hours.js';
import { fill, sayWhen } from './sentences.js';
import { own } from '../model/own-key.js';

export interface RouteInput {
  topic: string;
  intent: Intent;
  circumstances: Circumstances;
  municipality: string;
  now: Date;
  /** Language of the action labels; reasons always come in Danish and English. */
  lang: ContentLang;
}

/** A channel the decision may offer, with its action and, where it keeps hours, its state. */
interface Option {
  channel: RoutableChannel;
  action: Action;
  state: OpeningState | null;
}

interface Context {
  content: ContentBundle;
  topic: Topic;
  /** Who handles this inquiry: the topic's authority, or the one the topic names for this inquiry type. */
  authority: AuthorityId;
  municipality: Municipality;
  input: RouteInput;
  row: ChannelRow;
}

export class RoutingError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function channelRow(content: ContentBundle, m: Municipality, intent: Intent): ChannelRow {
  return m.channelTable?.[intent] ?? content.channelTable[intent];
}

function topicLink(ctx: Context, channel: 'web' | 'selfservice' | 'minside' | 'digitalpost' | 'meeting'): Link | undefined {
  return own(ctx.municipality.topics, ctx.topic.id)?.[channel] ?? ctx.topic.channels[channel];
}

function label(ctx: Context, key: LabelKey, values: Record<string, string>): string {
  return fill(ctx.content.actionLabels[key]![ctx.input.lang], values);
}

function authorityName(ctx: Context, lang: ContentLang): string {
  const { topic, municipality, content, authority } = ctx;
  if (authority === 'kommune') return municipality.name[lang];
  // The topic's own name for its authority applies only where the inquiry is the topic's authority's.
  return (authority === topic.authority ? topic.authorityName?.[lang] : undefined) ?? content.authorities[authority].name[lang];
}

function borgerservicePhoneSchedule(m: Municipality): Schedule {
  return { weekly: m.borgerservice.phoneHours, closedDays: m.borgerservice.closedDays };
}

/** A phone's own hours, where it keeps them ("always" for a 24-hour line). */
function ownSchedule(phone: Phone | undefined): Schedule | null {
  if (!phone?.hours) return null;
  return phone.hours === 'always' ? { always: true, weekly: {} } : { weekly: phone.hours };
}

/**
 * The phone that answers for this topic: the topic's own (a helpline, with its own name and
 * hours where it keeps them), the authority's, or Borgerservice.
 */
function phoneFor(ctx: Context): { phone: Phone; name: string; schedule: Schedule } {
  const { topic, municipality, content } = ctx;
  const lang = ctx.input.lang;
  const local = own(municipality.topics, topic.id)?.phone ?? topic.channels.phone;
  const authority = content.authorities[ctx.authority];
  if (ctx.authority !== 'kommune' && (local || authority.phone)) {
    const schedule = ownSchedule(local) ?? (authority.phoneHours ? { weekly: authority.phoneHours } : borgerservicePhoneSchedule(municipality));
    return { phone: local ?? authority.phone!, name: local?.name?.[lang] ?? authorityName(ctx, lang), schedule };
  }
  return {
    phone: local ?? municipality.borgerservice.phone,
    name: local?.name?.[lang] ?? municipality.borgerservice.name[lang],
    schedule: ownSchedule(local) ?? borgerservicePhoneSchedule(municipality),
  };
}

function articleAction(ctx: Context, intent: Intent): string | undefined {
  return ctx.topic.articles[ctx.input.lang].intents[intent]?.action;
}

function linkOption(channel: 'web' | 'selfservice' | 'minside' | 'digitalpost', link: Link | undefined, text: string): Option | null {
  return link ? { channel, action: { kind: 'link', href: link.href, label: text }, state: null } : null;
}

function webOption(ctx: Context): Option | null {
  const title = ctx.topic.articles[ctx.input.lang].title;
  return linkOption('web', topicLink(ctx, 'web'), articleAction(ctx, 'information') ?? label(ctx, 'web', { title }));
}

function selfserviceOption(ctx: Context): Option | null {
  return linkOption('selfservice', topicLink(ctx, 'selfservice'), articleAction(ctx, 'transaction') ?? label(ctx, 'web', { title: ctx.topic.articles[ctx.input.lang].title }));
}

function minsideOption(ctx: Context): Option | null {
  return linkOption('minside', topicLink(ctx, 'minside'), articleAction(ctx, 'interaction') ?? label(ctx, 'minside', {}));
}

function digitalpostOption(ctx: Context): Option | null {
  return linkOption('digitalpost', topicLink(ctx, 'digitalpost') ?? { href: 'https://mit.dk', verify: false }, label(ctx, 'digitalpost', {}));
}

function phoneOption(ctx: Context): Option {
  const { phone, name, schedule } = phoneFor(ctx);
  return {
    channel: 'phone',
    action: { kind: 'phone', href: phone.href, label: label(ctx, 'phone', { name, number: phone.label }) },
    state: openingState(schedule, ctx.input.now),
  };
}

function meetingOption(ctx: Context): Option {
  const m = ctx.municipality;
  const link = topicLink(ctx, 'meeting') ?? m.borgerservice.booking;
  const text = ctx.topic.rule === 'personal-required' ? (articleAction(ctx, 'transaction') ?? label(ctx, 'meeting', {})) : label(ctx, 'meeting', {});
  return {
    channel: 'meeting',
    action: { kind: 'booking', href: link.href, label: text },
    state: openingState({ weekly: m.borgerservice.deskHours, closedDays: m.borgerservice.closedDays }, ctx.input.now),
  };
}

function afterHoursOption(ctx: Context): Option | null {
  const after = ctx.municipality.afterHours;
  if (!after) return null;
  const state = openingState({ weekly: after.hours }, ctx.input.now);
  if (!state.open) return null;
  const name = after.name[ctx.input.lang];
  if (after.phone)
    return { channel: 'assisted', action: { kind: 'phone', href: after.phone.href, label: label(ctx, 'after-hours', { name, number: after.phone.label }) }, state };
  if (after.link) return { channel: 'assisted', action: { kind: 'link', href: after.link.href, label: name }, state };
  return null;
}

/** Medbetjening: by phone while Borgerservice answers, else the after-hours line, else a desk booking. */
function assistedOption(ctx: Context): Option {
  const m = ctx.municipality;
  const name = m.borgerservice.name[ctx.input.lang];
  const phoneState = openingState(borgerservicePhoneSchedule(m), ctx.input.now);
  if (phoneState.open)
    return {
      channel: 'assisted',
      action: { kind: 'phone', href: m.borgerservice.phone.href, label: label(ctx, 'assisted-phone', { name, number: m.borgerservice.phone.label }) },
      state: phoneState,
    };
  const after = afterHoursOption(ctx);
  if (after) return after;
  return { channel: 'assisted', action: { kind: 'booking', href: m.borgerservice.booking.href, label: label(ctx, 'assisted-booking', { name }) }, state: phoneState };
}

interface Plan {
  options: Array<Option | null>;
  reason: ReasonKey;
}

/** A plan, and the answering phone's state: the reason says when a closed phone opens. */
interface PlannedRoute extends Plan {
  phone: OpeningState | null;
}

/** The channels in the order the strategy wants them, for this case. */
function plan(ctx: Context, phone: Option): Plan {
  const { topic, input } = ctx;
  const digital = input.circumstances.canUseDigital;
  const phoneIfOpen = phone.state?.open ? phone : null;
  const notAsked = digital === null;

  switch (input.intent) {
    case 'information':
      return { options: [webOption(ctx), phoneIfOpen, afterHoursIfClosed(ctx, phone)], reason: 'information' };
    case 'interaction':
      if (digital === false) {
        return phoneIfOpen
          ? { options: [phoneIfOpen, assistedOption(ctx)], reason: 'interaction-phone' }
          : { options: [assistedOption(ctx), webOption(ctx)], reason: 'interaction-assisted' };
      }
      return {
        options: [minsideOption(ctx), phoneIfOpen, notAsked ? assistedOption(ctx) : null, digitalpostOption(ctx), afterHoursIfClosed(ctx, phone)],
        reason: 'interaction-minside',
      };
    case 'transaction':
      if (topic.rule === 'personal-required') return { options: [meetingOption(ctx), webOption(ctx), phoneIfOpen], reason: 'transaction-meeting-law' };
      if (digital === false) {
        return topic.withoutDigital === 'meeting'
          ? { options: [meetingOption(ctx), assistedOption(ctx), phoneIfOpen], reason: 'transaction-meeting-topic' }
          : { options: [assistedOption(ctx), phoneIfOpen, meetingOption(ctx)], reason: 'transaction-assisted' };
      }
      return {
        options: [
          selfserviceOption(ctx),
          topic.rule === 'relation' ? meetingOption(ctx) : null,
          notAsked ? assistedOption(ctx) : null,
          phoneIfOpen,
          afterHoursIfClosed(ctx, phone),
        ],
        reason: topic.rule === 'relation' ? 'relation-apply' : 'transaction-selfservice',
      };
    case 'relation':
      return {
        options: [meetingOption(ctx), phoneIfOpen, topic.intents.includes('transaction') && digital !== false ? selfserviceOption(ctx) : null],
        reason: 'relation-meeting',
      };
  }
}

function afterHoursIfClosed(ctx: Context, phone: Option): Option | null {
  return phone.state?.open ? null : afterHoursOption(ctx);
}

function isAllowed(ctx: Context, option: Option): boolean {
  if (NEVER_OFFERED.includes(option.channel)) return false;
  // The law's requirement of personal attendance outranks a table that closes the desk.
  if (option.channel === 'meeting' && ctx.topic.rule === 'personal-required' && ctx.input.intent === 'transaction') return true;
  return !ctx.row.unwanted.includes(option.channel);
}

function reasonText(ctx: Context, route: PlannedRoute, primary: Option, options: Option[], lang: ContentLang): string {
  const { content, topic, input } = ctx;
  const { reason: key, phone } = route;
  const values = {
    title: topic.articles[lang].title,
    authority: authorityName(ctx, lang),
    opensAt: primary.state?.opensAt ? sayWhen(primary.state.opensAt, input.now, lang) : '',
    afterHours: ctx.municipality.afterHours?.name[lang] ?? '',
  };
  const sentences = [fill(content.reasons[key]![lang], values)];
  if (ctx.authority !== 'kommune') sentences.push(fill(content.reasons.authority![lang], values));
  if (!phone?.open && phone?.opensAt && primary.channel !== 'assisted')
    sentences.push(fill(content.reasons.closed![lang], { ...values, opensAt: sayWhen(phone.opensAt, input.now, lang) }));
  if (options.some((o) => o !== primary && o.channel === 'assisted' && o.state?.open && o.action.href === ctx.municipality.afterHours?.phone?.href))
    sentences.push(fill(content.reasons['after-hours']![lang], values));
  if (input.circumstances.canUseDigital === null && (primary.channel === 'selfservice' || primary.channel === 'minside'))
    sentences.push(content.reasons['not-asked']![lang]);
  const level = topic.articles[lang].facts.find((f) => f.kind === 'deadline' || f.kind === 'processing-time');
  if (level) sentences.push(level.text);
  return sentences.join(' ');
}

/** One button per channel; and Borgerservice's number once, as help (assisted) or as a call. */
function duplicates(a: Option, b: Option): boolean {
  if (a.channel === b.channel) return true;
  const phoneLike = (o: Option) => o.action.kind === 'phone' && (o.channel === 'phone' || o.channel === 'assisted');
  return phoneLike(a) && phoneLike(b) && a.action.href === b.action.href;
}

export function recommend(content: ContentBundle, input: RouteInput): Recommendation {
  const topic = own(content.topics, input.topic);
  if (!topic) throw new RoutingError('topic', `unknown topic "${input.topic}"`);
  const municipality = own(content.municipalities, input.municipality);
  if (!municipality) throw new RoutingError('municipality', `unknown municipality "${input.municipality}"`);
  if (!topic.intents.includes(input.intent))
    throw new RoutingError('intent', `the topic "${topic.id}" has no ${input.intent} intent (it has ${topic.intents.join(', ')})`);

  const ctx: Context = { content, topic, authority: topic.authorities?.[input.intent] ?? topic.authority, municipality, input, row: channelRow(content, municipality, input.intent) };
  const phone = phoneOption(ctx);
  const route: PlannedRoute = { ...plan(ctx, phone), phone: phone.state };
  const offered: Option[] = [];
  for (const option of route.options) {
    if (option && isAllowed(ctx, option) && !offered.some((o) => duplicates(o, option))) offered.push(option);
  }
  // Every topic has an information page, so there is always somewhere to send the citizen.
  const primary = offered[0] ?? webOption(ctx)!;
  const alternatives: Alternative[] = offered.slice(1, 4).map((o) => ({ channel: o.channel, action: o.action }));

  return {
    topic: topic.id,
    intent: input.intent,
    channel: primary.channel,
    action: primary.action,
    alternatives,
    authority: ctx.authority,
    open: primary.state ? primary.state.open : null,
    opensAt: primary.state?.opensAt ? toIsoWithOffset(primary.state.opensAt) : null,
    closesAt: primary.state?.closesAt ? toIsoWithOffset(primary.state.closesAt) : null,
    reason: Object.fromEntries(LANGS.map((l) => [l, reasonText(ctx, route, primary, offered, l)])) as Recommendation['reason'],
  };
}
