/** The strategy's rules (DOMAIN.md), one named case each. */
import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../src/model/content-bundle.js';
import { type RouteInput, recommend } from '../../src/domain/recommend.js';
import { shippedContent } from '../support/content.js';

const content = shippedContent();
const OPEN = '2026-12-01T10:30:00+01:00';
const EVENING = '2026-12-01T22:30:00+01:00';
const EASTER_MONDAY = '2027-03-29T10:00:00+02:00';

function route(topic: string, intent: RouteInput['intent'], opts: Partial<{ digital: boolean | null; now: string; municipality: string; assisted: boolean }> = {}, bundle: ContentBundle = content) {
  return recommend(bundle, {
    topic,
    intent,
    circumstances: { canUseDigital: opts.digital === undefined ? true : opts.digital, assisted: opts.assisted ?? false },
    municipality: opts.municipality ?? 'aarhus',
    now: new Date(opts.now ?? OPEN),
    lang: 'da',
  });
}
const channels = (r: ReturnType<typeof route>) => r.alternatives.map((a) => a.channel);

describe('the channel table', () => {
  it('sends information to the information page, with the phone as the alternative while open', () => {
    const r = route('pas', 'information');
    expect(r.channel).toBe('web');
    expect(channels(r)).toContain('phone');
  });

  it('sends interaction to Min Side, with the phone while it is open', () => {
    const r = route('byggetilladelse', 'interaction');
    expect(r.channel).toBe('minside');
    expect(channels(r)).toContain('phone');
  });

  it('sends interaction about one’s Digital Post to the Digital Post inbox, in the article’s words, not to Min Side', () => {
    const r = route('digital-post', 'interaction');
    expect(r.channel).toBe('digitalpost');
    expect(r.action.href).toBe('https://mit.dk');
    expect(r.action.label).toBe(content.topics['digital-post']!.articles.da.intents.interaction!.action);
    expect(channels(r)).not.toContain('digitalpost');
  });

  it('sends a transaction to digital self-service', () => {
    expect(route('flytning', 'transaction').channel).toBe('selfservice');
  });

  it('sends a relation to a booked meeting, with the phone while it is open', () => {
    const r = route('hjemmehjaelp', 'relation');
    expect(r.channel).toBe('meeting');
    expect(r.action.kind).toBe('booking');
    expect(channels(r)).toContain('phone');
  });

  it('sends a transaction the law requires in person (passport) to a booked meeting', () => {
    const r = route('pas', 'transaction');
    expect(r.channel).toBe('meeting');
    expect(r.reason.da).toMatch(/møder personligt op/);
  });

  it('lets a relation topic be applied for online, with the meeting among the alternatives', () => {
    const r = route('kontanthjaelp', 'transaction');
    expect(r.channel).toBe('selfservice');
    expect(channels(r)).toContain('meeting');
  });
});

describe('citizens who cannot use digital self-service', () => {
  it('get information on the phone while it is open, with the page beside it', () => {
    const r = route('pas', 'information', { digital: false });
    expect(r.channel).toBe('phone');
    expect(r.open).toBe(true);
    expect(channels(r)).toContain('web');
  });

  it('phone about a case while the line is open', () => {
    const r = route('boligstoette', 'interaction', { digital: false });
    expect(r.channel).toBe('phone');
    expect(r.open).toBe(true);
  });

  it('get assisted self-service with the opening time when the line is closed', () => {
    const r = route('pladsanvisning', 'interaction', { digital: false, now: EVENING, municipality: 'bornholm' });
    expect(r.channel).toBe('assisted');
    expect(r.opensAt).toMatch(/^2026-12-02T\d{2}:\d{2}:00\+01:00$/);
  });

  it('get assisted self-service for a transaction and hear about digital power of attorney', () => {
    const r = route('flytning', 'transaction', { digital: false });
    expect(r.channel).toBe('assisted');
    expect(r.reason.da).toMatch(/digital fuldmagt/);
    expect(r.reason.en).toMatch(/power of attorney/);
  });

  it('go to a meeting where the topic asks for one (MitID without MitID)', () => {
    expect(route('mitid', 'transaction', { digital: false }).channel).toBe('meeting');
  });
});

describe('circumstances not asked and staff beside the citizen', () => {
  it('route a citizen not asked as one who can, with assisted self-service among the alternatives', () => {
    const r = route('flytning', 'transaction', { digital: null });
    expect(r.channel).toBe('selfservice');
    expect(channels(r)).toContain('assisted');
  });

  it('with staff beside the citizen, make a transaction assisted self-service: the self-service itself, done together', () => {
    for (const digital of [true, null]) {
      const alone = route('boligstoette', 'transaction', { digital: true });
      const r = route('boligstoette', 'transaction', { digital, assisted: true });
      expect(r.channel).toBe('assisted');
      expect(r.action).toEqual(alone.action);
      expect(r.reason.da).toMatch(/medbetjening/);
    }
    // Without MitID the self-service cannot be done together: Borgerservice's help, as for the citizen alone.
    expect(route('boligstoette', 'transaction', { digital: false, assisted: true })).toEqual(route('boligstoette', 'transaction', { digital: false }));
  });

  it('without digital access, ask how to get MitID at the meeting that issues it; a passport’s price is still the page’s or the phone’s', () => {
    expect(route('mitid', 'information', { digital: false }).channel).toBe('meeting');
    expect(route('id-kort', 'information', { digital: false }).channel).not.toBe('meeting');
    expect(route('mitid', 'information', { digital: true }).channel).toBe('web');
  });

  it('with staff beside the citizen, leave what the law says happens in person, and information, as they are', () => {
    expect(route('pas', 'transaction', { assisted: true }).channel).toBe('meeting');
    expect(route('boligstoette', 'information', { assisted: true })).toEqual(route('boligstoette', 'information', {}));
  });
});

describe('opening hours', () => {
  it('never make the phone the answer in the evening, and say when it opens', () => {
    const r = route('boligstoette', 'interaction', { digital: false, now: EVENING });
    expect(r.channel).not.toBe('phone');
    expect(r.reason.da).toMatch(/åbner/);
  });

  it('treat Easter Monday as closed', () => {
    const r = route('hjemmehjaelp', 'relation', { now: EASTER_MONDAY });
    expect(r.open).toBe(false);
    expect(channels(r)).not.toContain('phone');
  });

  it('never call a 24-hour helpline closed: Lev Uden Vold answers on Easter Monday night, by its own name', () => {
    for (const now of [EVENING, '2027-03-29T03:00:00+02:00']) {
      const r = route('vold', 'information', { now });
      const line = r.alternatives.find((a) => a.channel === 'phone');
      expect(line?.action.href, now).toBe('tel:1888');
      expect(line?.action.label).toBe('Ring til Lev Uden Vold: 1888');
    }
  });

  it("offer the municipality's after-hours support when Borgerservice is closed", () => {
    const r = route('flytning', 'transaction', { digital: null, now: '2026-12-01T18:00:00+01:00', municipality: 'demo' });
    const help = r.alternatives.find((a) => a.channel === 'assisted');
    expect(help?.action.href).toBe(content.municipalities.demo!.afterHours!.phone!.href);
    expect(r.reason.da).toMatch(/uden for åbningstid/);
  });
});

describe('the authority', () => {
  it('is Udbetaling Danmark for housing benefit, and its phone answers', () => {
    const r = route('boligstoette', 'interaction', { digital: false });
    expect(r.authority).toBe('udbetaling-danmark');
    expect(r.action.href).toBe(content.authorities['udbetaling-danmark'].phone!.href);
    expect(r.reason.da).toMatch(/ikke kommunen/);
  });

  it("keeps the authority's phone closed on Christmas Eve, and says when it opens", () => {
    const r = route('ehic', 'transaction', { now: '2026-12-24T10:00:00+01:00' });
    expect(r.authority).toBe('udbetaling-danmark');
    expect(channels(r)).not.toContain('phone');
    expect(r.reason.da).toMatch(/lukket nu og åbner mandag 28\. december/);
  });

  it.each(['2026-06-05T10:00:00+02:00', '2031-06-05T10:00:00+02:00', '2029-12-31T10:00:00+01:00'])(
    "keeps the authority's phone closed on the days public offices close by custom, every year (%s)",
    (now) => {
      const r = route('ehic', 'transaction', { now });
      expect(r.authority).toBe('udbetaling-danmark');
      expect(channels(r)).not.toContain('phone');
    },
  );

  it('is Skattestyrelsen for the tax return', () => {
    expect(route('skat', 'interaction').authority).toBe('skattestyrelsen');
  });
});

describe('an inquiry type with an authority of its own', () => {
  it('funeral assistance is applied for with Udbetaling Danmark, though a death is the municipality’s topic', () => {
    const r = route('doedsfald', 'transaction');
    expect(r.authority).toBe('udbetaling-danmark');
    expect(r.reason.da).toMatch(/Udbetaling Danmark/);
    expect(route('doedsfald', 'information').authority).toBe('kommune');
  });

  it('your own valuation is Vurderingsstyrelsen’s, the tax itself Skattestyrelsen’s', () => {
    expect(route('ejendomsskat', 'interaction').authority).toBe('vurderingsstyrelsen');
    expect(route('ejendomsskat', 'information').authority).toBe('skattestyrelsen');
  });

  it('exemption from Digital Post is applied for in person, never online', () => {
    for (const digital of [true, false, null]) expect(route('digital-post', 'transaction', { digital }).channel).toBe('meeting');
  });
});

describe("a municipality's own channel table", () => {
  it('closes a channel it marks unwanted', () => {
    const bundle: ContentBundle = structuredClone(content);
    bundle.municipalities.aarhus!.channelTable = { information: { primary: ['web'], secondary: [], unwanted: ['letter', 'email', 'meeting', 'phone'] } };
    const r = route('pas', 'information', {}, bundle);
    expect(r.channel).toBe('web');
    expect(channels(r)).not.toContain('phone');
  });
});

describe('bad requests', () => {
  it('name the unknown topic, municipality or intent', () => {
    expect(() => route('no-such-topic', 'information')).toThrow(/topic/);
    expect(() => route('pas', 'information', { municipality: 'atlantis' })).toThrow(/municipality/);
    expect(() => route('ehic', 'relation')).toThrow(/intent/);
  });
});
