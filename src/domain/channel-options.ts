/**
 * The channels a decision can offer for one topic in one municipality at one time: each with its
 * action (a link, a number to call, a booking) and, where it keeps hours, whether it is open.
 */
import type { Link, Municipality, Phone } from '../model/content-schema.js';
import type { Action } from '../model/recommendation.js';
import type { RoutableChannel } from '../model/vocabulary.js';
import { own } from '../model/own-key.js';
import { authorityName } from './authority-name.js';
import { type OpeningState, openingState, type Schedule } from './opening-hours.js';
import { articleAction, label, type RouteContext, topicLink } from './route-context.js';

/** A channel the decision may offer, with its action and, where it keeps hours, its state. */
export interface Option {
  channel: RoutableChannel;
  action: Action;
  state: OpeningState | null;
}

/** Borgerservice's phone or desk hours, closed on the public holidays, its customary days and its own closed days. */
function borgerserviceSchedule(m: Municipality, hours: 'phoneHours' | 'deskHours'): Schedule {
  return { weekly: m.borgerservice[hours], closedDays: m.borgerservice.closedDays, customaryClosed: true };
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
function phoneFor(ctx: RouteContext): { phone: Phone; name: string; schedule: Schedule } {
  const { topic, municipality, content } = ctx;
  const lang = ctx.input.lang;
  const local = own(municipality.topics, topic.id)?.phone ?? topic.channels.phone;
  const authority = content.authorities[ctx.authority];
  if (ctx.authority !== 'kommune' && (local || authority.phone)) {
    const schedule =
      ownSchedule(local) ?? (authority.phoneHours ? { weekly: authority.phoneHours, closedDays: authority.closedDays, customaryClosed: true } : borgerserviceSchedule(municipality, 'phoneHours'));
    return { phone: local ?? authority.phone!, name: local?.name?.[lang] ?? authorityName(content, topic, ctx.authority, municipality.name[lang], lang), schedule };
  }
  return {
    phone: local ?? municipality.borgerservice.phone,
    name: local?.name?.[lang] ?? municipality.borgerservice.name[lang],
    schedule: ownSchedule(local) ?? borgerserviceSchedule(municipality, 'phoneHours'),
  };
}

function linkOption(channel: 'web' | 'selfservice' | 'minside' | 'digitalpost', link: Link | undefined, text: string): Option | null {
  return link ? { channel, action: { kind: 'link', href: link.href, label: text }, state: null } : null;
}

export function webOption(ctx: RouteContext): Option | null {
  const title = ctx.topic.articles[ctx.input.lang].title;
  return linkOption('web', topicLink(ctx, 'web'), articleAction(ctx, 'information') ?? label(ctx, 'web', { title }));
}

export function selfserviceOption(ctx: RouteContext): Option | null {
  return linkOption('selfservice', topicLink(ctx, 'selfservice'), articleAction(ctx, 'transaction') ?? label(ctx, 'web', { title: ctx.topic.articles[ctx.input.lang].title }));
}

function minsideOption(ctx: RouteContext): Option | null {
  return linkOption('minside', topicLink(ctx, 'minside'), articleAction(ctx, 'interaction') ?? label(ctx, 'minside', {}));
}

/**
 * Where the citizen follows their own case: the topic's Min Side, or, for a topic whose own
 * overview is the Digital Post inbox (reading one's Digital Post), that inbox in the article's words.
 */
export function ownOverviewOption(ctx: RouteContext): Option | null {
  if (topicLink(ctx, 'minside')) return minsideOption(ctx);
  return linkOption('digitalpost', topicLink(ctx, 'digitalpost'), articleAction(ctx, 'interaction') ?? label(ctx, 'digitalpost', {}));
}

export function digitalpostOption(ctx: RouteContext): Option | null {
  return linkOption('digitalpost', topicLink(ctx, 'digitalpost') ?? { href: 'https://mit.dk', verify: false }, label(ctx, 'digitalpost', {}));
}

export function phoneOption(ctx: RouteContext): Option {
  const { phone, name, schedule } = phoneFor(ctx);
  return {
    channel: 'phone',
    action: { kind: 'phone', href: phone.href, label: label(ctx, 'phone', { name, number: phone.label }) },
    state: openingState(schedule, ctx.input.now),
  };
}

export function meetingOption(ctx: RouteContext): Option {
  const m = ctx.municipality;
  const link = topicLink(ctx, 'meeting') ?? m.borgerservice.booking;
  const text = ctx.topic.rule === 'personal-required' ? (articleAction(ctx, 'transaction') ?? label(ctx, 'meeting', {})) : label(ctx, 'meeting', {});
  return {
    channel: 'meeting',
    action: { kind: 'booking', href: link.href, label: text },
    state: openingState(borgerserviceSchedule(m, 'deskHours'), ctx.input.now),
  };
}

function afterHoursOption(ctx: RouteContext): Option | null {
  const after = ctx.municipality.afterHours;
  if (!after) return null;
  const state = openingState({ weekly: after.hours }, ctx.input.now);
  if (!state.open) return null;
  const name = after.name[ctx.input.lang];
  if (after.phone) return { channel: 'assisted', action: { kind: 'phone', href: after.phone.href, label: label(ctx, 'after-hours', { name, number: after.phone.label }) }, state };
  if (after.link) return { channel: 'assisted', action: { kind: 'link', href: after.link.href, label: name }, state };
  return null;
}

/** The after-hours line, only while the answering phone is closed. */
export function afterHoursIfClosed(ctx: RouteContext, phone: Option): Option | null {
  return phone.state?.open ? null : afterHoursOption(ctx);
}

/** Medbetjening: by phone while Borgerservice answers, else the after-hours line, else a desk booking. */
export function assistedOption(ctx: RouteContext): Option {
  const m = ctx.municipality;
  const name = m.borgerservice.name[ctx.input.lang];
  const phoneState = openingState(borgerserviceSchedule(m, 'phoneHours'), ctx.input.now);
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

/**
 * With staff beside the citizen (assisted mode), the self-service done together: the channel is
 * assisted self-service, and its action the self-service itself, not a call to Borgerservice,
 * which is where the citizen already is.
 */
export function walkThroughOption(ctx: RouteContext): Option | null {
  const own = selfserviceOption(ctx);
  return own && { ...own, channel: 'assisted' };
}

/** One button per channel; and Borgerservice's number once, as help (assisted) or as a call. */
export function duplicates(a: Option, b: Option): boolean {
  if (a.channel === b.channel) return true;
  const phoneLike = (o: Option) => o.action.kind === 'phone' && (o.channel === 'phone' || o.channel === 'assisted');
  return phoneLike(a) && phoneLike(b) && a.action.href === b.action.href;
}
