/**
 * The assisted contacts' numbers (issue 17; DOMAIN.md, "First-contact resolution"): one function
 * over the contacts staff registered, so the dashboard and any report count them alike. Pure:
 * rows in, numbers out; the server fetches the rows.
 */
import { CONTACT_CHANNELS } from '../model/contact-event.js';
import { type ContactRollupRow, type ContactStats, TOP_HELP_TOPICS } from '../model/stats-api.js';

/**
 * Registered contacts by how the citizen came; first-contact resolution = contacts solved at
 * first contact ÷ registered contacts (null when none were registered); contacts where the
 * citizen did the self-service with help; and the topics with the most contacts, most first
 * (ties by id, so the answer is stable).
 */
export function contactStats(rows: readonly ContactRollupRow[], limit = TOP_HELP_TOPICS): ContactStats {
  const byCame = Object.fromEntries(CONTACT_CHANNELS.map((c) => [c, 0])) as ContactStats['byCame'];
  let registered = 0;
  let solved = 0;
  let withHelp = 0;
  const topics = new Map<string, { count: number; solvedAtFirstContact: number; selfServiceWithHelp: number }>();
  for (const r of rows) {
    registered += r.count;
    byCame[r.came] += r.count;
    if (r.solvedAtFirstContact) solved += r.count;
    if (r.selfServiceWithHelp) withHelp += r.count;
    if (r.topic === null) continue;
    const t = topics.get(r.topic) ?? { count: 0, solvedAtFirstContact: 0, selfServiceWithHelp: 0 };
    t.count += r.count;
    if (r.solvedAtFirstContact) t.solvedAtFirstContact += r.count;
    if (r.selfServiceWithHelp) t.selfServiceWithHelp += r.count;
    topics.set(r.topic, t);
  }
  return {
    registered,
    byCame,
    solvedAtFirstContact: solved,
    firstContactResolution: registered === 0 ? null : solved / registered,
    selfServiceWithHelp: withHelp,
    topics: [...topics]
      .sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1))
      .slice(0, limit)
      .map(([topic, t]) => ({ topic, ...t })),
  };
}
