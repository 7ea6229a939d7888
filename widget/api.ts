/** The one global a host page sees: window.Kanalguide. */
import type { Municipality } from '../src/model/content-schema.js';
import type { DecisionEvent } from '../src/model/decision-events.js';
import type { WidgetConfig } from '../src/ui/widget-config.js';

export type KanalguideEventName = DecisionEvent['type'] | 'open' | 'close';
export type KanalguideEvent = DecisionEvent | { type: 'open' } | { type: 'close' };

/** Commands the host page can give; queued until the widget has loaded. */
export type Command = { type: 'open' } | { type: 'close' } | { type: 'ask'; text: string } | { type: 'openTopic'; topic: string } | { type: 'setLanguage'; lang: string };

export interface KanalguideApi {
  open(): void;
  close(): void;
  ask(text: string): void;
  openTopic(topic: string): void;
  setLanguage(lang: string): void;
  /** Listen to widget events; returns a function that stops listening. */
  on(event: KanalguideEventName | '*', handler: (event: KanalguideEvent) => void): () => void;
}

/** The loaded app's side of the bridge. */
export interface AppHandle {
  run(command: Command): void;
}

/** Whom the citizen can call instead: the municipality's Borgerservice, once its file has loaded. */
export type Contact = Pick<Municipality['borgerservice'], 'name' | 'phone'>;

/**
 * A command that failed: `cause` is for the webmaster's console (what failed, what to fix), and
 * the citizen is told whom to call (issue 19, 5).
 */
export type Fail = (cause: string, contact: Contact | null) => void;

/** app.js exports `mount` with this signature; the loader calls it once. */
export type MountApp = (root: ShadowRoot, config: WidgetConfig, base: string, emit: (event: KanalguideEvent) => void, launcher: HTMLButtonElement | null, fail: Fail) => AppHandle;
