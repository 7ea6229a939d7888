// @vitest-environment jsdom
/** The widget's sender in jsdom with a stubbed fetch and sendBeacon and fake timers. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConversationReport, RoutedDecision } from '../../src/model/decision-events.js';
import { validateLogEvents } from '../../src/model/log-event.js';
import { createLogSender } from '../../src/telemetry/log-sender.js';
import { KNOWN } from '../support/log-events.js';

const decision: RoutedDecision = {
  municipality: 'aarhus',
  lang: 'da',
  assisted: false,
  topic: 'flytning',
  intent: 'transaction',
  channel: 'selfservice',
  alternatives: ['assisted', 'phone'],
  authority: 'kommune',
  canUseDigital: true,
  open: true,
  urgent: false,
  caution: false,
};

let fetched: Array<{ url: string; init: RequestInit }>;
let answers: Array<number | 'offline'>;
let beacons: string[];
beforeEach(() => {
  vi.useFakeTimers();
  fetched = [];
  answers = [];
  beacons = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    fetched.push({ url, init });
    const answer = answers.shift() ?? 202;
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    return new Response(null, { status: answer });
  });
  Object.defineProperty(navigator, 'sendBeacon', { configurable: true, value: (_url: string, body: string) => (beacons.push(body), true) });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const sender = () => createLogSender('/api/events', { municipality: 'aarhus', assisted: false, lang: () => 'da' });
const body = (i: number) => JSON.parse(String(fetched[i]!.init.body)) as Array<Record<string, unknown>>;

describe('the log sender', () => {
  it('a conversation becomes valid v1 events in one batch, sent as text with keepalive and no credentials', async () => {
    const report = sender();
    const reports: ConversationReport[] = [
      { type: 'routed', decision },
      { type: 'followed', channel: 'phone', topic: 'flytning' },
      { type: 'helped', helped: true, topic: 'flytning' },
      { type: 'routed', decision: { ...decision, channel: 'emergency', urgent: true, topic: null, intent: null, authority: null } },
      { type: 'emergency', kind: 'medical', topic: null },
      { type: 'notFound' },
    ];
    reports.forEach(report);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]!.init).toMatchObject({ method: 'POST', credentials: 'omit', keepalive: true });
    expect(typeof fetched[0]!.init.body).toBe('string');
    const events = body(0);
    expect(events.map((e) => e.type)).toEqual(['routed', 'followed', 'helped', 'emergency', 'notFound']);
    expect(events[1]).toMatchObject({ recommended: 'selfservice', chosen: 'phone' });
    expect(new Set(events.map((e) => e.session)).size).toBe(1);
    expect(validateLogEvents(events, KNOWN, new Date())).toMatchObject({ ok: true });
  });

  it('a refused batch (400) is dropped with a warning, never sent again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const report = sender();
    answers = [400];
    report({ type: 'notFound' });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetched).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Kanalguide: the routing log at \/api\/events refused 1 event\(s\) with 400/));
  });

  it('a network error and a 503 are tried again after growing waits, the same events', async () => {
    const report = sender();
    answers = ['offline', 503];
    report({ type: 'notFound' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetched).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(fetched).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3999);
    expect(fetched).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetched).toHaveLength(3);
    expect(body(2)).toEqual(body(0));
  });

  it('leaving the page hands what is waiting to sendBeacon', async () => {
    const report = sender();
    report({ type: 'notFound' });
    dispatchEvent(new Event('pagehide'));
    expect(beacons).toHaveLength(1);
    expect(JSON.parse(beacons[0]!)).toMatchObject([{ type: 'notFound', municipality: 'aarhus' }]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetched).toHaveLength(0);
  });
});
