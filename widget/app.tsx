/**
 * The widget proper, imported by the loader on first use: fetches the municipality and the
 * content for the language, starts a conversation session and renders the panel into the shadow
 * root. Its own i18next instance, its own stylesheet, no cookies, no third-party requests.
 */
import type { i18n } from 'i18next';
import { render } from 'preact';
import { createI18n, type UiLang, uiLang } from '../src/i18n/create-i18n.js';
import type { Municipality } from '../src/model/content-schema.js';
import { type ContentLang, contentLangOf } from '../src/model/vocabulary.js';
import { createLogSender } from '../src/telemetry/log-sender.js';
import { WidgetPanel } from '../src/ui/components/widget-panel.js';
import styles from '../src/ui/styles.css?inline';
import { WidgetSession } from '../src/ui/widget-session.js';
import type { WidgetArticle, WidgetCore } from '../src/widget-data/unpack.js';
import type { WidgetMunicipality } from '../src/widget-data/imported.js';
import { unreachable } from '../src/ui/widget-config.js';
import type { AppHandle, Command, MountApp } from './api.js';

/** A file of the widget that did not arrive, worded for the webmaster. */
class LoadError extends Error {}

/** `missing` words a 404 where the name in the URL came from the page (the municipality's slug). */
async function getJson<T>(url: string, missing?: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch (e) {
    // A network error, a CORS refusal and a CSP block all look alike from here: a TypeError.
    throw new LoadError(unreachable(url, e));
  }
  if (response.status === 404 && missing) throw new LoadError(missing);
  if (!response.ok) throw new LoadError(unreachable(url, `${response.status} ${response.statusText}`));
  return (await response.json()) as T;
}

export const mount: MountApp = (root, config, base, emit, launcher, fail): AppHandle => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const container = document.createElement('div');
  root.append(container);
  if (config.mode === 'inline') (root.host as HTMLElement).dataset.mode = 'inline';

  let lang: UiLang = uiLang(config.lang);
  let i18n: i18n | null = null;
  let open = config.mode === 'inline';
  let session: WidgetSession | null = null;
  let sessionLang: ContentLang | null = null;
  let municipality: Municipality | null = null;
  // Decisions go to the municipality's collector only when it configured one.
  // The words of a search that found nothing go along only where the municipality opted in.
  const notFoundWords = () => (municipality?.logNotFoundWords ? (session?.lastQuery ?? null) : null);
  const log = config.logEndpoint ? createLogSender(config.logEndpoint, { municipality: config.municipality, assisted: config.assisted, lang: () => lang, notFoundWords }) : null;

  const close = () => {
    if (config.mode !== 'floating' || !open) return;
    open = false;
    draw();
    launcher?.setAttribute('aria-expanded', 'false');
    launcher?.focus();
    emit({ type: 'close' });
  };

  function draw(): void {
    if (launcher) launcher.hidden = open;
    if (!open || !session || !municipality || !i18n) {
      render(null, container);
      return;
    }
    render(
      <WidgetPanel
        key={`${sessionLang}-${lang}`}
        session={session}
        t={i18n.t}
        uiLang={lang}
        mode={config.mode}
        position={config.position}
        municipalityName={municipality.name[sessionLang ?? 'da']}
        assisted={config.assisted}
        onClose={close}
        onLanguage={(l) => run({ type: 'setLanguage', lang: l })}
      />,
      container,
    );
  }

  async function ensureSession(): Promise<WidgetSession> {
    i18n ??= await createI18n(lang);
    const wanted = contentLangOf(lang);
    if (session && sessionLang === wanted) return session;
    const municipalityUrl = `${base}data/municipalities/${config.municipality}.json`;
    // Settled, not all: when only the content fails, the citizen can still be given the municipality's number.
    const [coreFile, municipalityFile] = await Promise.allSettled([
      getJson<WidgetCore>(`${base}data/core.${wanted}.json`),
      getJson<WidgetMunicipality>(municipalityUrl, `data-municipality="${config.municipality}" names no municipality the widget knows (${municipalityUrl} answered 404).`),
    ]);
    if (municipalityFile.status === 'rejected') throw municipalityFile.reason;
    const m = municipalityFile.value;
    municipality = m;
    if (coreFile.status === 'rejected') throw coreFile.reason;
    const core = coreFile.value;
    if (m.theme?.primary) (root.host as HTMLElement).style.setProperty('--kg-primary', m.theme.primary);
    // A switch between Danish and English content needs a new session; it takes up where the old one was.
    const earlier = session?.conversation ?? [];
    session = new WidgetSession({
      core,
      municipality: m,
      uiLang: lang,
      assisted: config.assisted,
      loadArticle: (l, topic) => getJson<WidgetArticle>(`${base}data/articles/${l}/${encodeURIComponent(topic)}.json`),
      imported: m.imported?.includes(wanted) ? `${base}data/imported/${m.slug}/${wanted}/` : undefined,
    });
    sessionLang = wanted;
    await session.start((report) => {
      // The page hears the public decision events only; emergency kinds and empty searches are the log's.
      if (report.type !== 'emergency' && report.type !== 'notFound') emit(report);
      log?.(report);
    }, earlier);
    return session;
  }

  function show(): void {
    if (!open) {
      open = true;
      launcher?.setAttribute('aria-expanded', 'true');
      emit({ type: 'open' });
    }
    draw();
  }

  async function perform(command: Command): Promise<void> {
    switch (command.type) {
      case 'close':
        close();
        return;
      case 'setLanguage':
        lang = uiLang(command.lang);
        i18n = await createI18n(lang);
        await ensureSession();
        draw();
        return;
      case 'open':
        await ensureSession();
        show();
        return;
      case 'ask': {
        const s = await ensureSession();
        show();
        s.startOver();
        await s.ask(command.text.slice(0, 500));
        return;
      }
      case 'openTopic': {
        const s = await ensureSession();
        show();
        s.startOver();
        await s.chooseTopic(command.topic);
        return;
      }
    }
  }

  const failed = (e: unknown) =>
    fail(
      e instanceof LoadError ? e.message : `stopped on an unexpected error (${String(e)}); a script on the page that changes built-in objects such as Object.prototype can cause this.`,
      municipality?.borgerservice ?? null,
    );

  // Commands run one after another, so "open" then "ask" never race.
  let chain = Promise.resolve();
  function run(command: Command): void {
    chain = chain.then(() => perform(command).catch(failed));
  }

  return { run };
};
