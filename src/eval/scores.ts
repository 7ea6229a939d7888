/** Scores the search, danger and routing sets; shared by `npm run eval` and the quality tests. */
import { parseRouteRequest } from '../routing/route-request.js';
import type { ChannelRouter } from '../routing/channel-router.js';
import { assessDanger } from '../search/danger-signals.js';
import type { QueryCase, RouteCase, UrgentCase } from './eval-sets.js';

export interface Ratio {
  hit: number;
  of: number;
}
const ratio = (hit: number, of: number): Ratio => ({ hit, of });

export interface SearchScores {
  top1: Ratio;
  top3: Ratio;
  refusedOutOfScope: Ratio;
  wronglyRefused: Ratio;
  intent: Ratio;
  /** The question sets hold errands, not danger: the emergency card or the caution line on them is noise. */
  dangerOnErrands: Ratio;
  misses: string[];
}

export function scoreQueries(router: ChannelRouter, cases: QueryCase[]): SearchScores {
  let top1 = 0,
    top3 = 0,
    inScope = 0,
    outOfScope = 0,
    refused = 0,
    wronglyRefused = 0,
    intentHit = 0,
    intentOf = 0,
    dangerLines = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const parsed = parseRouteRequest({ q: c.q, lang: c.lang }, router.content);
    if (!parsed.ok) throw new Error(`${c.q}: ${parsed.error}`);
    const answer = router.route(parsed.request);
    const ids = answer.topics.map((t) => t.id);
    if (answer.urgent || answer.caution) {
      dangerLines++;
      misses.push(`${answer.urgent ? 'emergency card' : 'caution line'} on an errand: ${JSON.stringify(c.q)}`);
    }
    if (c.topic === null) {
      outOfScope++;
      if (ids.length === 0) refused++;
      else misses.push(`out of scope, not refused: ${JSON.stringify(c.q)} → ${ids.join(', ')}`);
      continue;
    }
    inScope++;
    if (ids[0] === c.topic) top1++;
    else misses.push(`top-1: ${JSON.stringify(c.q)} expected ${c.topic}, got ${ids.join(', ') || '(refused)'}`);
    if (ids.slice(0, 3).includes(c.topic)) top3++;
    if (ids.length === 0) wronglyRefused++;
    if (c.intent) {
      intentOf++;
      if (answer.intent === c.intent) intentHit++;
      else misses.push(`intent: ${JSON.stringify(c.q)} expected ${c.intent}, got ${answer.intent}`);
    }
  }
  return {
    top1: ratio(top1, inScope),
    top3: ratio(top3, inScope),
    refusedOutOfScope: ratio(refused, outOfScope),
    wronglyRefused: ratio(wronglyRefused, inScope),
    intent: ratio(intentHit, intentOf),
    dangerOnErrands: ratio(dangerLines, cases.length),
    misses,
  };
}

export interface UrgentScores {
  /** Danger messages that got the emergency card first. */
  caught: Ratio;
  /** Danger messages that got the emergency card or at least the caution line. */
  caughtOrCaution: Ratio;
  /** Near-misses that got the emergency card. */
  falseAlarms: Ratio;
  /** Near-misses that got the caution line. */
  cautionOnCalm: Ratio;
  misses: string[];
}

export function scoreUrgent(cases: UrgentCase[]): UrgentScores {
  let caught = 0,
    flagged = 0,
    urgent = 0,
    alarms = 0,
    cautions = 0,
    calm = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const finding = assessDanger(c.q);
    if (c.urgent) {
      urgent++;
      if (finding?.level === 'urgent') caught++;
      if (finding) flagged++;
      if (!finding) misses.push(`danger missed: ${JSON.stringify(c.q)}`);
      else if (finding.level === 'caution') misses.push(`danger only as caution (${finding.kind}): ${JSON.stringify(c.q)}`);
    } else {
      calm++;
      if (finding?.level === 'urgent') alarms++;
      if (finding?.level === 'caution') cautions++;
      if (finding) misses.push(`${finding.level === 'urgent' ? 'false alarm' : 'caution'} (${finding.kind}): ${JSON.stringify(c.q)}`);
    }
  }
  return { caught: ratio(caught, urgent), caughtOrCaution: ratio(flagged, urgent), falseAlarms: ratio(alarms, calm), cautionOnCalm: ratio(cautions, calm), misses };
}

export interface RouteScores {
  accepted: Ratio;
  unwantedOffered: Ratio;
  topic: Ratio;
  authority: Ratio;
  misses: string[];
}

/** `topicGiven`: pass each scenario's expected topic as the citizen's choice (routing alone). */
export function scoreRoutes(router: ChannelRouter, cases: RouteCase[], topicGiven: boolean): RouteScores {
  let accepted = 0,
    unwanted = 0,
    topicHit = 0,
    topicOf = 0,
    authHit = 0,
    authOf = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const { expect, ...line } = c;
    const input = topicGiven && expect.topic ? { ...line, topic: expect.topic } : line;
    const parsed = parseRouteRequest(input, router.content);
    if (!parsed.ok) throw new Error(`${c.q}: ${parsed.error}`);
    const answer = router.route(parsed.request);
    const r = answer.recommendation;
    const label = `${JSON.stringify(c.q || `(topic ${String(line.topic)})`)} @ ${String(line.municipality)} ${String(line.now)} digital=${String(line.canUseDigital)}`;
    if (r && expect.channel.includes(r.channel)) accepted++;
    else misses.push(`channel: ${label}: expected ${expect.channel.join('|')}, got ${r?.channel ?? '(no recommendation)'}`);
    const offered = r ? [r.channel, ...r.alternatives.map((a) => a.channel)] : [];
    const bad = offered.filter((ch) => expect.never.includes(ch));
    if (bad.length) {
      unwanted++;
      misses.push(`unwanted offered: ${label}: ${bad.join(', ')}`);
    }
    if (expect.channel.includes('emergency')) continue;
    topicOf++;
    if (r?.topic === expect.topic) topicHit++;
    else misses.push(`topic: ${label}: expected ${expect.topic}, got ${r?.topic ?? '(none)'}`);
    if (expect.authority) {
      authOf++;
      if (r?.authority === expect.authority) authHit++;
      else misses.push(`authority: ${label}: expected ${expect.authority}, got ${r?.authority ?? '(none)'}`);
    }
  }
  return {
    accepted: ratio(accepted, cases.length),
    unwantedOffered: ratio(unwanted, cases.length),
    topic: ratio(topicHit, topicOf),
    authority: ratio(authHit, authOf),
    misses,
  };
}
