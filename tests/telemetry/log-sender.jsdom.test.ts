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

describe('the words of a search that found nothing', () => {
  const withWords = (words: string | null) => createLogSender('/api/events', { municipality: 'aarhus', assisted: false, lang: () => 'da', notFoundWords: () => words });

  it('where the municipality opted in: sent redacted in the browser (CPR, phone, e-mail, long digit runs removed)', async () => {
    withWords('flyttet 010190-1234 ring 12 34 56 78 eller jens@example.dk om sag 1234567 kolonihave')({ type: 'notFound' });
    await vi.advanceTimersByTimeAsync(1000);
    const [event] = body(0);
    expect(event!.words).toBe('flyttet ring eller om sag kolonihave');
    // Already as the server would store it: its own redaction changes nothing.
    const checked = validateLogEvents(body(0), KNOWN, new Date());
    expect(checked).toMatchObject({ ok: true, events: [{ words: 'flyttet ring eller om sag kolonihave' }] });
  });

  it('at most 200 characters, never half a character', async () => {
    withWords(`${'hundeskat '.repeat(19)}hunde😀😀😀😀😀😀`)({ type: 'notFound' });
    await vi.advanceTimersByTimeAsync(1000);
    const words = String(body(0)[0]!.words);
    expect(words.length).toBeLessThanOrEqual(200);
    expect(words).toBe(`${'hundeskat '.repeat(19)}hunde😀😀`);
    expect(validateLogEvents(body(0), KNOWN, new Date())).toMatchObject({ ok: true });
  });

  it('without the opt-in, or when nothing is left after redaction: no words at all', async () => {
    sender()({ type: 'notFound' });
    withWords(null)({ type: 'notFound' });
    withWords('12345678')({ type: 'notFound' });
    await vi.advanceTimersByTimeAsync(1000);
    const events = fetched.flatMap((_, i) => body(i));
    expect(events.map((e) => [e.type, 'words' in e])).toEqual([
      ['notFound', false],
      ['notFound', false],
      ['notFound', false],
    ]);
  });
});
