/** The one global a host page sees: window.Kanalguide. */
import type { DecisionEvent } from '../src/model/decision-events.js';
import type { WidgetConfig } from '../src/ui/widget-config.js';

export type KanalguideEventName = DecisionEvent['type'] | 'open' | 'close';
export type KanalguideEvent = DecisionEvent | { type: 'open' } | { type: 'close' };

/** Commands the host page can give; queued until the widget has loaded. */
export type Command =
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'ask'; text: string }
  | { type: 'openTopic'; topic: string }
  | { type: 'setLanguage'; lang: string };

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

/** app.js exports `mount` with this signature; the loader calls it once. */
export type MountApp = (
  root: ShadowRoot,
  config: WidgetConfig,
  base: string,
  emit: (event: KanalguideEvent) => void,
  launcher: HTMLButtonElement | null,
) => AppHandle;
