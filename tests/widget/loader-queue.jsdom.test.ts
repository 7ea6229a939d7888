// @vitest-environment jsdom
/**
 * The loader (widget/embed.ts) in jsdom, with the app it imports replaced by a recorder: what the
 * host page asks before the app has arrived is queued and run in order, a failed import is told
 * to the citizen and tried again on the next command, and a warm-up that fails stays quiet.
 *
 * One story in steps, in order: the loader marks the page as taken, so a test file holds one
 * loader (a second import would only warn about a second script tag).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Command, KanalguideEvent, MountApp } from '../../widget/api.js';
import { launcherLabel } from '../../src/i18n/locales/da.js';

const BASE = 'https://widget.example/kanalguide/';
let offline = true;
const imports = vi.fn();
const ran: Command[] = [];
const mounted = vi.fn<MountApp>((_root, _config, _base, _emit, _launcher, _fail) => ({ run: (c) => ran.push(c) }));
// The loader imports `${base}app.js` on first use; a factory that throws is a failed import.
vi.doMock(`${BASE}app.js`, () => {
  imports();
  if (offline) throw new TypeError('Failed to fetch dynamically imported module');
  return { mount: mounted };
});

const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
const shadow = () => document.querySelector('.kanalguide-host')!.shadowRoot!;
const launcher = () => shadow().querySelector<HTMLButtonElement>('button.launcher')!;
const notice = () => shadow().querySelector('[role="alert"]');
/** Lets the import and the commands behind it settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeAll(async () => {
  const script = document.createElement('script');
  script.src = `${BASE}kanalguide.js`;
  script.dataset.municipality = 'aarhus';
  script.dataset.color = '#004D99';
  document.head.append(script);
  // jsdom sets currentScript only for scripts it runs itself; the loader reads its tag from it.
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
  await import('../../widget/embed.js');
});
afterAll(() => {
  errors.mockRestore();
});

describe('the loader before and after its app arrives', () => {
  it('draws the launcher in the tag’s colour, with its label from the Danish locale, and imports nothing until the citizen shows interest', () => {
    expect(launcher().textContent).toBe(launcherLabel);
    expect(launcher().style.backgroundColor).toBe('rgb(0, 77, 153)');
    expect(imports).not.toHaveBeenCalled();
  });

  it('a warm-up import (pointer over the launcher) that fails says nothing to the citizen', async () => {
    launcher().dispatchEvent(new Event('pointerenter'));
    await settle();
    expect(imports).toHaveBeenCalledTimes(1);
    expect(notice()).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });

  it('commands given while the import fails share one attempt, and the citizen is told whom to call', async () => {
    window.Kanalguide!.ask('pas');
    window.Kanalguide!.openTopic('flytning');
    await settle();
    expect(imports).toHaveBeenCalledTimes(2);
    expect(notice()?.textContent).toMatch(/70 10 18 81/);
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^Kanalguide: could not load https:\/\/widget\.example\/kanalguide\/app\.js/));
    expect(mounted).not.toHaveBeenCalled();
  });

  it('the next click tries again; the commands queued meanwhile run in the order given, and the failed ones are not replayed', async () => {
    offline = false;
    launcher().click();
    window.Kanalguide!.setLanguage('en');
    window.Kanalguide!.ask('nyt pas');
    expect(notice()).toBeNull();
    await settle();
    expect(imports).toHaveBeenCalledTimes(3);
    expect(mounted).toHaveBeenCalledTimes(1);
    expect(ran).toEqual([{ type: 'open' }, { type: 'setLanguage', lang: 'en' }, { type: 'ask', text: 'nyt pas' }]);
  });

  it('once the app is there, commands go straight to it (no new import)', async () => {
    window.Kanalguide!.close();
    window.Kanalguide!.openTopic('pas');
    expect(ran.slice(-2)).toEqual([{ type: 'close' }, { type: 'openTopic', topic: 'pas' }]);
    await settle();
    expect(imports).toHaveBeenCalledTimes(3);
  });

  it('mounts with the tag’s configuration, the base of its src and the launcher', () => {
    const [root, config, base, emit, button] = mounted.mock.calls[0]!;
    expect(root).toBe(shadow());
    expect(config).toMatchObject({ municipality: 'aarhus', mode: 'floating', position: 'right' });
    expect(base).toBe(BASE);
    expect(button).toBe(launcher());
    const heard: KanalguideEvent[] = [];
    const stop = window.Kanalguide!.on('open', (e) => heard.push(e));
    emit({ type: 'open' });
    stop();
    emit({ type: 'open' });
    expect(heard).toEqual([{ type: 'open' }]);
  });
});
