/**
 * The widget's sender of the routing log (issue 15): turns what the conversation reports into log
 * events v1, batches them and posts them to the municipality's collector. Sent as text/plain (a
 * string body's default type), so no CORS preflight; `fetch(…, {keepalive: true})` while the page
 * lives, `navigator.sendBeacon` when it is hidden or left. A refused batch (4xx) is dropped and
 * said in the console; a network error or 5xx is tried again, from memory only, after a wait that
 * doubles. Nothing is stored on the device (ePrivacy: that would need consent). The citizen's words
 * are sent only with a search that found nothing, only where the municipality opted in
 * (`logNotFoundWords`), and redacted here first (CPR, phone numbers, e-mail addresses, runs of
 * six or more digits: model/free-text.ts, which the server applies again).
 */
import type { ConversationReport } from '../model/decision-events.js';
import { MAX_WORDS_LENGTH, redactWords } from '../model/free-text.js';
import type { LogEvent, LoggedChannel } from '../model/log-event.js';
import type { UiLang } from '../model/vocabulary.js';

export interface SenderContext {
  municipality: string;
  assisted: boolean;
  /** The interface language when the event happens: the citizen may switch. */
  lang: () => UiLang;
  /**
   * The words of the search that just found nothing, or null: the widget gives them only when
   * the municipality's config has `logNotFoundWords: true`. Unset, no words are ever sent.
   */
  notFoundWords?: () => string | null;
}

/** The citizen's words as they may leave the browser: redacted, at most MAX_WORDS_LENGTH, or undefined when nothing is left. */
export function wordsToLog(text: string): string | undefined {
  let words = redactWords(text).slice(0, MAX_WORDS_LENGTH);
  // Never cut a character written with two UTF-16 units in half.
  if (/[\uD800-\uDBFF]$/.test(words)) words = words.slice(0, -1);
  return words.trimEnd() || undefined;
}

/** Events wait this long for company before they are posted. */
const BATCH_WAIT_MS = 1000;
const MAX_RETRY_WAIT_MS = 60_000;
/** The collector's limit per request. */
const BATCH = 100;
/** Held in memory at most while the collector is unreachable; the oldest go first. */
const KEEP = 1000;

/** Returns the function the conversation's reports go to. */
export function createLogSender(endpoint: string, context: SenderContext): (report: ConversationReport) => void {
  // One conversation: a random id, never stored, gone with the page.
  const session = crypto.randomUUID();
  let queue: LogEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wait = BATCH_WAIT_MS;
  let sending = false;
  // `followed` names the channel that was recommended; the machine's report names only the chosen one.
  let recommended: LoggedChannel | undefined;

  const later = (ms: number) => (timer ??= setTimeout(send, ms));

  async function send(): Promise<void> {
    timer = undefined;
    if (sending || !queue.length) return;
    sending = true;
    const batch = queue.splice(0, BATCH);
    try {
      const response = await fetch(endpoint, { method: 'POST', body: JSON.stringify(batch), credentials: 'omit', keepalive: true });
      if (response.status >= 500) throw response.status;
      if (!response.ok) console.warn(`Kanalguide: the routing log at ${endpoint} refused ${batch.length} event(s) with ${response.status}; they are dropped.`);
      wait = BATCH_WAIT_MS;
    } catch {
      queue = [...batch, ...queue].slice(-KEEP);
      wait = Math.min(wait * 2, MAX_RETRY_WAIT_MS);
    }
    sending = false;
    if (queue.length) later(wait);
  }

  // The page may never come back: hand what is left to the browser, a batch per beacon.
  const leave = () => {
    while (queue.length && navigator.sendBeacon(endpoint, JSON.stringify(queue.slice(0, BATCH)))) queue.splice(0, BATCH);
  };
  addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && leave());

  return (report) => {
    let fields;
    if (report.type === 'routed') {
      const d = report.decision;
      // An emergency is logged as its own event (with the kind), not as a routed one.
      if (d.urgent || !d.topic || !d.intent || !d.authority) return;
      recommended = d.channel as LoggedChannel;
      fields = {
        type: 'routed',
        topic: d.topic,
        intent: d.intent,
        recommended,
        alternatives: d.alternatives.filter((c) => c !== 'emergency'),
        authority: d.authority,
        canUseDigital: d.canUseDigital,
        open: d.open,
        caution: d.caution,
      };
    } else if (report.type === 'followed') {
      if (!report.topic || !recommended || report.channel === 'emergency') return;
      fields = { type: 'followed', topic: report.topic, recommended, chosen: report.channel };
    } else if (report.type === 'helped') {
      if (!report.topic) return;
      fields = report;
    } else if (report.type === 'notFound') {
      const words = wordsToLog(context.notFoundWords?.() ?? '');
      fields = words === undefined ? report : { ...report, words };
    } else fields = report;
    queue.push({ v: 1, id: crypto.randomUUID(), ts: new Date().toISOString(), municipality: context.municipality, session, lang: context.lang(), assisted: context.assisted, ...fields } as LogEvent);
    queue = queue.slice(-KEEP);
    later(wait);
  };
}
