/**
 * `npm start`'s demo data: a year of the demo municipality's routing log up to today, so the
 * statistics have something to show, and a demo manager with a new random password each start.
 * The decisions are the routing core's own (recommend() on the shipped content at each event's
 * time), so the channel mix follows the strategy, opening hours and holidays; the year has a
 * season (more in January and August, less in July and at Christmas), weekdays busier than
 * weekends, office hours busier than evenings, and a citizen base that can use digital
 * self-service a little more each month. Seeded: every start builds the same decisions (the ids are new).
 * Beside the log, the assisted contacts staff registered in the console (issue 17): a few each
 * weekday with the same season, first-contact resolution drifting around the 60 % target.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { addDays, instantAt, localTime, toIsoWithOffset, weekdayOf } from '../domain/copenhagen-time.js';
import { recommend } from '../domain/recommend.js';
import type { ContactChannel, ContactEvent } from '../model/contact-event.js';
import type { ContentBundle } from '../model/content-bundle.js';
import type { LogEvent } from '../model/log-event.js';
import { DANGER_KINDS } from '../model/content-schema.js';
import { seededRandom } from '../model/seeded-random.js';
import type { Intent } from '../model/vocabulary.js';
import { hashPassword } from './auth/passwords.js';
import type { EventStore } from './storage/event-store.js';

export const DEMO_MUNICIPALITY = 'demo';
export const DEMO_MANAGER = 'demo';

/** Decisions a day, by month (January first): the season of a municipality's year. */
const MONTH_LOAD = [1.25, 1.05, 1.0, 0.95, 0.95, 0.9, 0.6, 1.2, 1.15, 1.0, 1.0, 0.75];
const WEEKDAY_DECISIONS = 110;
const WEEKEND_SHARE = 0.35;
/** When citizens ask, by hour of the day (0–23): office hours, then the evening. */
const HOUR_LOAD = [0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 1.2, 2.2, 2.6, 2.5, 2.3, 2.1, 2.2, 2.0, 1.6, 1.2, 1.0, 1.0, 1.1, 1.0, 0.8, 0.5, 0.25];

function pick<T>(random: () => number, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let r = random() * total;
  for (const item of items) {
    r -= weight(item);
    if (r <= 0) return item;
  }
  return items[items.length - 1]!;
}

/** The demo year up to and including `today` (a local date), as log events, oldest first. */
export function demoYear(content: ContentBundle, today: string, seed = 2026): LogEvent[] {
  return [...demoYearByDay(content, today, seed)].flat();
}

/**
 * The same year one local day at a time, so a bigger municipality's year (the collector
 * benchmark's 2 million events: `weekdayDecisions` about 4,000) need not be held in memory whole.
 */
export function* demoYearByDay(content: ContentBundle, today: string, seed = 2026, weekdayDecisions = WEEKDAY_DECISIONS): Generator<LogEvent[]> {
  const random = seededRandom(seed);
  const topics = Object.values(content.topics);
  const hours = HOUR_LOAD.map((load, hour) => ({ hour, load }));
  const first = addDays(today, -364);
  for (let day = 0; day < 365; day++) {
    const events: LogEvent[] = [];
    const date = addDays(first, day);
    const weekend = weekdayOf(date) === 'sat' || weekdayOf(date) === 'sun';
    const month = Number(date.slice(5, 7)) - 1;
    const decisions = Math.round(weekdayDecisions * MONTH_LOAD[month]! * (weekend ? WEEKEND_SHARE : 1) * (0.85 + 0.3 * random()));
    // A citizen base that manages digital self-service a little more each month.
    const digitalShare = 0.72 + 0.12 * (day / 364);
    for (let n = 0; n < decisions; n++) {
      const { hour } = pick(random, hours, (h) => h.load);
      const at = instantAt(date, hour * 60 + Math.floor(random() * 60));
      const common = {
        v: 1 as const,
        ts: toIsoWithOffset(at),
        municipality: DEMO_MUNICIPALITY,
        session: randomUUID(),
        lang: random() < 0.9 ? ('da' as const) : ('en' as const),
        assisted: random() < 0.05,
      };
      const roll = random();
      if (roll < 0.003) {
        events.push({ ...common, id: randomUUID(), type: 'emergency', kind: pick(random, DANGER_KINDS, () => 1), topic: null });
        continue;
      }
      if (roll < 0.06) {
        events.push({ ...common, id: randomUUID(), type: 'notFound' });
        continue;
      }
      const topic = pick(random, topics, (t) => (t.popular ? 6 : 1));
      const intent: Intent = random() < 0.65 ? topic.defaultIntent : pick(random, topic.intents, () => 1);
      const canUseDigital = random() < 0.3 ? null : random() < digitalShare;
      const r = recommend(content, { topic: topic.id, intent, circumstances: { canUseDigital, assisted: common.assisted }, municipality: DEMO_MUNICIPALITY, now: at, lang: 'da' });
      if (r.channel === 'emergency') continue;
      const alternatives = r.alternatives.map((a) => a.channel).filter((c) => c !== 'emergency');
      events.push({
        ...common,
        id: randomUUID(),
        type: 'routed',
        topic: topic.id,
        intent,
        recommended: r.channel,
        alternatives,
        authority: topic.authority,
        canUseDigital,
        open: r.open,
        caution: false,
      });
      if (random() < 0.58) {
        const chosen = random() < 0.85 || alternatives.length === 0 ? r.channel : pick(random, alternatives, () => 1);
        events.push({ ...common, id: randomUUID(), type: 'followed', topic: topic.id, recommended: r.channel, chosen });
      }
      if (random() < 0.22) events.push({ ...common, id: randomUUID(), type: 'helped', topic: topic.id, helped: random() < 0.82 });
    }
    yield events;
  }
}

/** Registered assisted contacts a weekday, before the season: Borgerservice is closed at weekends. */
const WEEKDAY_CONTACTS = 6;
/** How citizens came to an assisted contact: mostly the phone, then the desk, a little chat. */
const CAME: ReadonlyArray<{ came: ContactChannel; weight: number }> = [
  { came: 'phone', weight: 0.55 },
  { came: 'desk', weight: 0.35 },
  { came: 'chat', weight: 0.1 },
];

/**
 * The assisted contacts of the year before `today` (a local date), oldest first. Today has none:
 * the contacts a demo shows for today are the ones registered in the console, so the dashboard's
 * count of them is plain. Its own random sequence, so the log's year stays the same.
 */
export function demoContacts(content: ContentBundle, today: string, seed = 2026): ContactEvent[] {
  const random = seededRandom(seed + 17);
  const topics = Object.values(content.topics);
  const first = addDays(today, -364);
  const contacts: ContactEvent[] = [];
  for (let day = 0; day < 364; day++) {
    const date = addDays(first, day);
    if (weekdayOf(date) === 'sat' || weekdayOf(date) === 'sun') continue;
    const month = Number(date.slice(5, 7)) - 1;
    const count = Math.round(WEEKDAY_CONTACTS * MONTH_LOAD[month]! * (0.5 + random()));
    // First-contact resolution drifts slowly between about 55 and 65 % (a quarter-year swing).
    const resolution = 0.6 + 0.05 * Math.sin((2 * Math.PI * day) / 91);
    for (let n = 0; n < count; n++) {
      // The desk and the phone lines are open 9–15.
      const at = instantAt(date, 9 * 60 + Math.floor(random() * 6 * 60));
      const { came } = pick(random, CAME, (c) => c.weight);
      const topic = random() < 0.1 ? null : pick(random, topics, (t) => (t.popular ? 6 : 1));
      const intent: Intent | null = topic === null ? null : random() < 0.65 ? topic.defaultIntent : pick(random, topic.intents, () => 1);
      contacts.push({
        v: 1,
        id: randomUUID(),
        ts: toIsoWithOffset(at),
        topic: topic?.id ?? null,
        intent,
        came,
        solvedAtFirstContact: random() < resolution,
        // At the desk staff sit beside the citizen, so self-service with help is likelier there.
        selfServiceWithHelp: random() < (came === 'desk' ? 0.55 : 0.3),
      });
    }
  }
  return contacts;
}

/** Seeds the demo year (log and contacts) when the demo municipality has no events in it; says how many of each it stored. */
export async function seedDemoYearIfEmpty(store: EventStore, content: ContentBundle, now: Date): Promise<{ events: number; contacts: number }> {
  const today = localTime(now).date;
  const existing = await store.counts({ municipality: DEMO_MUNICIPALITY, from: addDays(today, -364), to: today });
  if (existing.length > 0) return { events: 0, contacts: 0 };
  const events = demoYear(content, today);
  let stored = 0;
  for (let at = 0; at < events.length; at += 500) stored += (await store.insertEvents(events.slice(at, at + 500), now)).accepted;
  let contacts = 0;
  for (const contact of demoContacts(content, today)) contacts += (await store.insertContact(contact, DEMO_MUNICIPALITY, now)).accepted;
  return { events: stored, contacts };
}

/** The demo manager with a new random password (which also unlocks it); returns the password to print. */
export async function resetDemoManager(store: EventStore): Promise<string> {
  const password = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  if (!(await store.setPassword(DEMO_MANAGER, passwordHash))) await store.createUser({ username: DEMO_MANAGER, role: 'manager', municipality: DEMO_MUNICIPALITY, passwordHash });
  return password;
}
