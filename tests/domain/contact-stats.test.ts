/** The assisted contacts' numbers (issue 17), by table: rows in, numbers out. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { contactStats } from '../../src/domain/contact-stats.js';
import { type ContactRollupRow, ContactStatsSchema } from '../../src/model/stats-api.js';

const row = (fields: Partial<ContactRollupRow> = {}): ContactRollupRow => ({
  municipality: 'halsnaes',
  day: '2026-12-01',
  topic: 'flytning',
  intent: 'transaction',
  came: 'phone',
  solvedAtFirstContact: true,
  selfServiceWithHelp: true,
  count: 1,
  ...fields,
});

describe('assisted contacts', () => {
  it.each<{ case: string; rows: ContactRollupRow[]; registered: number; byCame: object; solved: number; share: number | null; withHelp: number }>([
    { case: 'none registered: no share to give', rows: [], registered: 0, byCame: { phone: 0, desk: 0, chat: 0 }, solved: 0, share: null, withHelp: 0 },
    { case: 'all solved at first contact', rows: [row({ count: 3 })], registered: 3, byCame: { phone: 3, desk: 0, chat: 0 }, solved: 3, share: 1, withHelp: 3 },
    {
      case: 'phone, desk and chat, some not solved',
      rows: [row({ count: 2 }), row({ came: 'desk', solvedAtFirstContact: false, count: 1 }), row({ came: 'chat', selfServiceWithHelp: false, count: 1 })],
      registered: 4,
      byCame: { phone: 2, desk: 1, chat: 1 },
      solved: 3,
      share: 3 / 4,
      withHelp: 3,
    },
    {
      case: 'Halsnæs at its 60 % target: 3 of 5',
      rows: [row({ count: 3 }), row({ solvedAtFirstContact: false, selfServiceWithHelp: false, count: 2 })],
      registered: 5,
      byCame: { phone: 5, desk: 0, chat: 0 },
      solved: 3,
      share: 0.6,
      withHelp: 3,
    },
    {
      case: 'contacts with no topic count everywhere but in the topic list',
      rows: [row({ topic: null, intent: null, came: 'desk', solvedAtFirstContact: false, count: 2 })],
      registered: 2,
      byCame: { phone: 0, desk: 2, chat: 0 },
      solved: 0,
      share: 0,
      withHelp: 2,
    },
  ])('$case', ({ rows, registered, byCame, solved, share, withHelp }) => {
    const stats = contactStats(rows);
    expect(stats.registered).toBe(registered);
    expect(stats.byCame).toEqual(byCame);
    expect(stats.solvedAtFirstContact).toBe(solved);
    expect(stats.firstContactResolution).toBe(share);
    expect(stats.selfServiceWithHelp).toBe(withHelp);
    expect(v.parse(ContactStatsSchema, stats)).toEqual(stats);
  });

  it('lists the topics where citizens most often needed help, most first, ties by id, at most the limit', () => {
    const rows = [
      row({ topic: 'pas', count: 2, solvedAtFirstContact: false }),
      row({ topic: 'affald', count: 2 }),
      row({ topic: 'sygedagpenge', count: 1, selfServiceWithHelp: false }),
      row({ count: 4 }),
      row({ day: '2026-12-02', came: 'chat', count: 1 }),
      row({ topic: null, intent: null, count: 9 }),
    ];
    expect(contactStats(rows).topics).toEqual([
      { topic: 'flytning', count: 5, solvedAtFirstContact: 5, selfServiceWithHelp: 5 },
      { topic: 'affald', count: 2, solvedAtFirstContact: 2, selfServiceWithHelp: 2 },
      { topic: 'pas', count: 2, solvedAtFirstContact: 0, selfServiceWithHelp: 2 },
      { topic: 'sygedagpenge', count: 1, solvedAtFirstContact: 1, selfServiceWithHelp: 0 },
    ]);
    expect(contactStats(rows, 2).topics.map((t) => t.topic)).toEqual(['flytning', 'affald']);
  });
});
