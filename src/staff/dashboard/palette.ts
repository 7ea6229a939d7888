/**
 * The charts' colours: each at least 3:1 against white (WCAG 1.4.11, graphics) and told apart by
 * more than colour: the legend and table name every series, and the lines differ in dash too.
 * Digital channels are blues, greens and purple; the others warm or grey.
 */
import type { ContactChannel } from '../../model/contact-event.js';
import type { LoggedChannel } from '../../model/log-event.js';

export const CHANNEL_COLORS: Record<LoggedChannel, string> = {
  web: '#1f5fa6',
  selfservice: '#0b7a75',
  minside: '#6a3d9a',
  digitalpost: '#2f7d32',
  phone: '#c0510b',
  assisted: '#a3195b',
  meeting: '#595959',
};

/** How the citizen came to an assisted contact: the phone as in the channel mix, the desk grey, chat blue. */
export const CONTACT_COLORS: Record<ContactChannel, string> = { phone: '#c0510b', desk: '#595959', chat: '#1f5fa6' };

export const LINE_COLORS = { first: '#1f5fa6', second: '#c0510b', third: '#2f7d32' } as const;
export const TARGET_COLOR = '#1a1a1a';
export const BAR_COLOR = '#1f5fa6';
export const WARNING_BAR_COLOR = '#a3195b';
