/**
 * The municipality's channel strategy as a table: for each inquiry type and the citizen's
 * circumstances, the channels in the order the strategy wants them and the reason given. The part
 * to read first for the policy; the options themselves are in channel-options.ts.
 */
import type { ReasonKey } from '../model/content-schema.js';
import { NEVER_OFFERED } from '../model/vocabulary.js';
import { afterHoursIfClosed, assistedOption, digitalpostOption, meetingOption, type Option, ownOverviewOption, selfserviceOption, walkThroughOption, webOption } from './channel-options.js';
import type { RouteContext } from './route-context.js';

export interface Plan {
  /** In the strategy's order; null where a channel does not apply (no link, or closed). */
  options: Array<Option | null>;
  reason: ReasonKey;
}

/** The channels in the order the strategy wants them, for this case; `phone` is the answering phone. */
export function plan(ctx: RouteContext, phone: Option): Plan {
  const { topic, input } = ctx;
  const digital = input.circumstances.canUseDigital;
  const phoneIfOpen = phone.state?.open ? phone : null;
  const notAsked = digital === null;

  switch (input.intent) {
    case 'information':
      // Without digital access, what only a meeting gives such a citizen (MitID with a code display) is asked
      // there; what the law requires in person for everyone (a passport's price) the page and the phone answer.
      if (digital === false && topic.withoutDigital === 'meeting' && topic.rule !== 'personal-required')
        return { options: [meetingOption(ctx), phoneIfOpen, webOption(ctx)], reason: 'transaction-meeting-topic' };
      // The page is digital too: a citizen who cannot use it gets the table's second channel, the phone, while it is open.
      if (digital === false && phoneIfOpen) return { options: [phoneIfOpen, webOption(ctx)], reason: 'information-phone' };
      return { options: [webOption(ctx), phoneIfOpen, afterHoursIfClosed(ctx, phone)], reason: 'information' };
    case 'interaction':
      if (digital === false) {
        return phoneIfOpen ? { options: [phoneIfOpen, assistedOption(ctx)], reason: 'interaction-phone' } : { options: [assistedOption(ctx), webOption(ctx)], reason: 'interaction-assisted' };
      }
      return {
        options: [ownOverviewOption(ctx), phoneIfOpen, notAsked ? assistedOption(ctx) : null, digitalpostOption(ctx), afterHoursIfClosed(ctx, phone)],
        reason: 'interaction-minside',
      };
    case 'transaction': {
      // The phone cannot do what the law says happens in person: the booking and the page only.
      if (topic.rule === 'personal-required') return { options: [meetingOption(ctx), webOption(ctx)], reason: 'transaction-meeting-law' };
      // At the desk (staff beside the citizen), what Borgerservice issues in person is done there and then (MitID).
      if (input.circumstances.assisted && topic.withoutDigital === 'meeting') return { options: [meetingOption(ctx), selfserviceOption(ctx)], reason: 'transaction-meeting-desk' };
      // Staff beside a citizen who can use MitID walk them through the self-service: that is assisted self-service (medbetjening).
      const together = input.circumstances.assisted && digital !== false ? walkThroughOption(ctx) : null;
      if (together) return { options: [together, meetingOption(ctx)], reason: 'transaction-assisted-desk' };
      if (digital === false) {
        return topic.withoutDigital === 'meeting'
          ? { options: [meetingOption(ctx), assistedOption(ctx), phoneIfOpen], reason: 'transaction-meeting-topic' }
          : { options: [assistedOption(ctx), phoneIfOpen, meetingOption(ctx)], reason: 'transaction-assisted' };
      }
      return {
        options: [selfserviceOption(ctx), topic.rule === 'relation' ? meetingOption(ctx) : null, notAsked ? assistedOption(ctx) : null, phoneIfOpen, afterHoursIfClosed(ctx, phone)],
        reason: topic.rule === 'relation' ? 'relation-apply' : 'transaction-selfservice',
      };
    }
    case 'relation':
      return {
        options: [meetingOption(ctx), phoneIfOpen, topic.intents.includes('transaction') && digital !== false ? selfserviceOption(ctx) : null],
        reason: 'relation-meeting',
      };
  }
}

/** Whether the strategy lets a channel be offered at all: never letters or e-mail, nor what the municipality's table does not want. */
export function isAllowed(ctx: RouteContext, option: Option): boolean {
  if (NEVER_OFFERED.includes(option.channel)) return false;
  // The law's requirement of personal attendance outranks a table that closes the desk, and so
  // does the meeting that is the topic's only way for a citizen who cannot use digital services.
  if (option.channel === 'meeting' && ctx.topic.rule === 'personal-required' && ctx.input.intent === 'transaction') return true;
  if (option.channel === 'meeting' && ctx.topic.withoutDigital === 'meeting' && ctx.input.circumstances.canUseDigital === false) return true;
  return !ctx.row.unwanted.includes(option.channel);
}
