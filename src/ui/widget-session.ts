/**
 * The widget's boundary: it runs search and the danger check, loads the articles a decision needs,
 * stamps events with the time and hands them to the conversation machine. Components call it;
 * they never decide anything themselves.
 */
import { type Actor, createActor } from 'xstate';
import { conversationMachine } from '../machine/conversation-machine.js';
import type { ContentBundle } from '../model/content-bundle.js';
import type { Municipality } from '../model/content-schema.js';
import type { ConversationEvent } from '../machine/conversation-types.js';
import type { ConversationReport } from '../model/decision-events.js';
import type { ContentLang, Intent, RoutableChannel } from '../model/vocabulary.js';
import { ChannelRouter } from '../routing/channel-router.js';
import { cuesFor, findQuery, withoutDigitalFor } from '../routing/query-findings.js';
import { addArticle, type CardArticle, unpackCore, type WidgetArticle, type WidgetCore } from '../widget-data/unpack.js';
import { hasOwn, own } from '../model/own-key.js';

export type ArticleLoader = (lang: ContentLang, topic: string) => Promise<WidgetArticle>;

export interface SessionOptions {
  core: WidgetCore;
  municipality: Municipality;
  uiLang: string;
  assisted: boolean;
  loadArticle: ArticleLoader;
  /** Where the municipality's imported borger.dk articles in this language are, if it has any. */
  imported?: string;
  clock?: () => Date;
}

/**
 * Runs `start` with the host page's enumerable keys on Object.prototype made non-enumerable, then
 * puts them back. XState 5.33's system start replays its scheduled events with for…in over a plain
 * object, so such a key reads as a scheduled event and throws (issue 19, 8). Starting the machine
 * is synchronous and its first state emits nothing, so no script of the page sees the change. A
 * key the page made non-configurable cannot be hidden; the start then fails and the loader says so.
 */
function withPrototypeKeysHidden(start: () => void): void {
  const keys = Object.keys(Object.prototype).filter((key) => Object.getOwnPropertyDescriptor(Object.prototype, key)?.configurable);
  for (const key of keys) Object.defineProperty(Object.prototype, key, { enumerable: false });
  try {
    start();
  } finally {
    for (const key of keys) Object.defineProperty(Object.prototype, key, { enumerable: true });
  }
}

export class WidgetSession {
  readonly bundle: ContentBundle;
  readonly router: ChannelRouter;
  readonly actor: Actor<typeof conversationMachine>;
  readonly contentLang: ContentLang;
  readonly imported: string | undefined;
  private readonly loaded = new Set<string>();
  private history: ConversationEvent[] = [];
  private lastText: string | null = null;
  private readonly clock: () => Date;

  constructor(private readonly options: SessionOptions) {
    this.contentLang = options.core.contentLang;
    this.imported = options.imported;
    const { bundle, index } = unpackCore(options.core, options.municipality);
    this.bundle = bundle;
    this.router = new ChannelRouter(bundle, { [this.contentLang]: index });
    this.clock = options.clock ?? (() => new Date());
    this.actor = createActor(conversationMachine, {
      input: { content: this.bundle, municipality: options.municipality.slug, lang: options.uiLang, assisted: options.assisted },
    });
  }

  /**
   * Starts the conversation; `earlier`, another session's `conversation`, puts it where that one
   * was (a switch of content language keeps the citizen's place). The replayed steps are not
   * reported again: their decisions were reported when they were first made.
   */
  async start(onEmitted: (event: ConversationReport) => void, earlier: readonly ConversationEvent[] = []): Promise<void> {
    withPrototypeKeysHidden(() => this.actor.start());
    for (const event of earlier) await this.take(event);
    this.actor.on('*', onEmitted);
  }

  /** The events of the conversation since it last started over: topic ids, choices and times, never the citizen's words. */
  get conversation(): readonly ConversationEvent[] {
    return this.history;
  }

  private send(event: ConversationEvent): void {
    if (event.type === 'citizen.startOver') this.history = [];
    else this.history.push(event);
    this.actor.send(event);
  }

  /** Loads the articles a step needs, then hands the step to the machine. */
  private async take(event: ConversationEvent): Promise<void> {
    await this.ensureArticles(this.articlesFor(event));
    this.send(event);
  }

  /** The articles a step needs before the machine takes it. */
  private articlesFor(event: ConversationEvent): string[] {
    if (event.type === 'citizen.submitQuery') return event.matches.slice(0, 1).map((m) => m.id);
    if (event.type === 'citizen.chooseTopic') return [event.topic];
    if (event.type === 'citizen.continueAfterEmergency') return this.actor.getSnapshot().context.matches.map((m) => m.id);
    return [];
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private async ensureArticles(topics: string[]): Promise<void> {
    const missing = topics.filter((t) => hasOwn(this.bundle.topics, t) && !this.loaded.has(t));
    const articles = await Promise.all(missing.map((t) => this.options.loadArticle(this.contentLang, t)));
    missing.forEach((t, i) => {
      addArticle(this.bundle, t, this.contentLang, articles[i]!);
      this.loaded.add(t);
    });
  }

  /**
   * The citizen's latest search, in memory only and never in `conversation`: the routing log
   * sends it (redacted) with a search that found nothing, where the municipality opted in.
   */
  get lastQuery(): string | null {
    return this.lastText;
  }

  async ask(text: string): Promise<void> {
    const findings = findQuery(this.router, text, this.contentLang);
    // The best match's article, which the decision needs; others load if the citizen picks them.
    await this.ensureArticles(findings.matches.slice(0, 1).map((m) => m.id));
    // A topic's own cue words and situations come with its article: read them again now that it is here.
    const cues = cuesFor(this.router, text, findings.matches, this.contentLang);
    const withoutDigital = withoutDigitalFor(this.router, text, findings.matches, this.contentLang);
    // Set just before the machine takes the step: its notFound report is emitted within send().
    this.lastText = text;
    this.send({ type: 'citizen.submitQuery', now: this.now(), ...findings, cues, withoutDigital });
  }

  async chooseTopic(topic: string, intent?: Intent): Promise<void> {
    if (!hasOwn(this.bundle.topics, topic)) return;
    await this.take({ type: 'citizen.chooseTopic', topic, intent, now: this.now() });
  }

  async continueAfterEmergency(): Promise<void> {
    await this.take({ type: 'citizen.continueAfterEmergency', now: this.now() });
  }

  chooseIntent(intent: Intent): void {
    this.send({ type: 'citizen.chooseIntent', intent, now: this.now() });
  }

  answerDigital(canUseDigital: boolean | null): void {
    this.send(canUseDigital === null ? { type: 'citizen.skipQuestion', now: this.now() } : { type: 'citizen.answerDigital', canUseDigital, now: this.now() });
  }

  changeIntent(): void {
    this.send({ type: 'citizen.changeIntent' });
  }

  followAction(channel: RoutableChannel): void {
    this.send({ type: 'citizen.followAction', channel });
  }

  finish(): void {
    this.send({ type: 'citizen.finish' });
  }

  answerHelped(helped: boolean): void {
    this.send({ type: 'citizen.answerHelped', helped });
  }

  goBack(): void {
    this.send({ type: 'citizen.goBack' });
  }

  startOver(): void {
    this.send({ type: 'citizen.startOver' });
  }

  popular(): string[] {
    return this.options.core.popular.filter((t) => hasOwn(this.bundle.topics, t));
  }

  title(topic: string): string {
    return own(this.bundle.topics, topic)?.articles[this.contentLang].title ?? topic;
  }

  article(topic: string | null): CardArticle | null {
    return topic && this.loaded.has(topic) ? own(this.bundle.topics, topic)!.articles[this.contentLang] : null;
  }
}
