/**
 * The console as a staff page (the shell's route table loads it at /staff/console): loads the
 * municipality's content and the type-ahead's words, starts the conversation in assisted mode,
 * sends its decisions to the routing log as assisted, and keeps one outbox of registered
 * contacts for as long as the page lives.
 */
import type { i18n } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { createConsoleI18n } from '../../i18n/create-console-i18n.js';
import { createLogSender } from '../../telemetry/log-sender.js';
import { WidgetSession } from '../../ui/widget-session.js';
import type { StaffPageProps } from '../shell/route-table.js';
import type { ContactEvent } from '../../model/contact-event.js';
import { AssistedConsole } from './assisted-console.js';
import { fetchGuidance, postContact } from './console-api.js';
import { loadArticle, loadConsoleData } from './console-data.js';
import { ContactOutbox } from './contact-outbox.js';
import { rememberGuidance } from './guidance-source.js';
import { TopicTypeahead } from './topic-typeahead.js';
import './console.css';

interface Ready {
  i18n: i18n;
  session: WidgetSession;
  typeahead: TopicTypeahead;
  municipalityName: string;
}

const CONTENT_LANG = 'da';
const outbox = new ContactOutbox<ContactEvent>(postContact);
const loadGuidance = rememberGuidance(fetchGuidance);

async function prepare(municipality: string): Promise<Ready> {
  const [i18n, data] = await Promise.all([createConsoleI18n(), loadConsoleData(municipality, CONTENT_LANG)]);
  const session = new WidgetSession({ core: data.core, municipality: data.municipality, uiLang: CONTENT_LANG, assisted: true, loadArticle });
  const log = createLogSender('/api/events', { municipality, assisted: true, lang: () => CONTENT_LANG });
  await session.start(log);
  return { i18n, session, typeahead: new TopicTypeahead(data.topics), municipalityName: data.municipality.name[CONTENT_LANG] };
}

export function Page({ session, i18n: staffI18n }: StaffPageProps) {
  const [ready, setReady] = useState<Ready | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const t = staffI18n.t.bind(staffI18n);
  useEffect(() => {
    if (!session.municipality) return;
    prepare(session.municipality).then(setReady, (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
  }, [session.municipality]);
  if (!session.municipality || failure)
    return (
      <>
        <h1>{t('pages.console.heading')}</h1>
        <p role="alert">{failure ? t('pages.console.failed', { reason: failure }) : t('pages.console.noMunicipality')}</p>
      </>
    );
  if (!ready) return <p role="status">{t('loading')}</p>;
  return (
    <AssistedConsole t={ready.i18n.t.bind(ready.i18n)} session={ready.session} typeahead={ready.typeahead} municipalityName={ready.municipalityName} loadGuidance={loadGuidance} outbox={outbox} />
  );
}
