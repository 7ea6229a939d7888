/**
 * Every topic × intent × {can / cannot use digital / not asked} × {open / evening / weekend /
 * holiday} × municipality: the recommendation always follows the strategy's rules.
 */
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/domain/recommend.js';
import type { Recommendation } from '../../src/model/recommendation.js';
import { INTENTS, ROUTABLE_CHANNELS } from '../../src/model/vocabulary.js';
import { shippedContent } from '../support/content.js';

const content = shippedContent();
const MOMENTS = {
  'weekday morning (open)': '2026-12-01T10:30:00+01:00',
  'weekday evening (closed)': '2026-12-01T22:30:00+01:00',
  'Saturday (closed)': '2026-12-05T13:00:00+01:00',
  'Easter Monday (holiday)': '2027-03-29T10:00:00+02:00',
} as const;
const DIGITAL = [true, false, null] as const;

function offered(r: Recommendation): string[] {
  return [r.channel, ...r.alternatives.map((a) => a.channel)];
}

function checkAction(kind: string, href: string, label: string) {
  expect(['link', 'phone', 'booking']).toContain(kind);
  expect(href).toMatch(kind === 'phone' ? /^tel:\+?\d{3,15}$/ : /^https:\/\/\S+$/);
  expect(label.trim()).not.toBe('');
}

for (const slug of Object.keys(content.municipalities)) {
  const m = content.municipalities[slug]!;
  describe(`${slug}: every topic, intent and circumstance`, () => {
    for (const topic of Object.values(content.topics)) {
      it(`${topic.id}`, () => {
        for (const intent of topic.intents)
          for (const canUseDigital of DIGITAL)
            for (const [moment, iso] of Object.entries(MOMENTS)) {
              const what = `${topic.id} ${intent} digital=${canUseDigital} ${moment}`;
              const r = recommend(content, {
                topic: topic.id,
                intent,
                circumstances: { canUseDigital, assisted: false },
                municipality: slug,
                now: new Date(iso),
                lang: 'da',
              });
              const row = m.channelTable?.[intent] ?? content.channelTable[intent];
              expect(ROUTABLE_CHANNELS, what).toContain(r.channel);
              expect(r.topic).toBe(topic.id);
              expect(r.intent).toBe(intent);
              expect(r.authority, what).toBe(topic.authorities?.[intent] ?? topic.authority);
              for (const ch of offered(r)) {
                expect(['letter', 'email'], what).not.toContain(ch);
                // The law's attendance, or the topic's only way for a citizen who cannot use digital services.
                const lawful = ch === 'meeting' && ((topic.rule === 'personal-required' && intent === 'transaction') || (topic.withoutDigital === 'meeting' && canUseDigital === false));
                if (!lawful) expect(row.unwanted, `${what}: ${ch} is unwanted`).not.toContain(ch);
              }
              checkAction(r.action.kind, r.action.href, r.action.label);
              for (const a of r.alternatives) checkAction(a.action.kind, a.action.href, a.action.label);
              expect(r.reason.da.length, what).toBeGreaterThan(20);
              expect(r.reason.en.length, what).toBeGreaterThan(20);
              if (intent === 'transaction' && topic.rule === 'personal-required') expect(r.channel, what).toBe('meeting');
              if (intent === 'relation') expect(r.channel, what).toBe('meeting');
              if (canUseDigital === false) expect(['selfservice', 'minside'], what).not.toContain(r.channel);
              if (r.channel === 'phone') expect(r.open, `${what}: the phone is only primary while open`).toBe(true);
              if (r.open === false) expect(r.opensAt, what).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
              // Information is the page; for a citizen who cannot use it, the phone while it is open, or
              // the meeting where the topic can serve such a citizen only in person (MitID).
              if (intent === 'information' && canUseDigital !== false) expect(r.channel, what).toBe('web');
              const onlyInPerson = topic.withoutDigital === 'meeting' && topic.rule !== 'personal-required';
              if (intent === 'information' && canUseDigital === false && onlyInPerson) expect(r.channel, what).toBe('meeting');
              if (intent === 'information' && canUseDigital === false && !onlyInPerson) {
                expect(['phone', 'web'], what).toContain(r.channel);
                if (moment === 'weekday morning (open)') expect(r.channel, what).toBe('phone');
              }
              if (canUseDigital === null && intent === 'transaction' && topic.rule !== 'personal-required') expect(offered(r), what).toContain('assisted');
            }
      });
    }
  });
}

describe('intent coverage', () => {
  it('uses every inquiry type somewhere in the catalog', () => {
    const used = new Set(Object.values(content.topics).flatMap((t) => t.intents));
    for (const i of INTENTS) expect(used).toContain(i);
  });
});
