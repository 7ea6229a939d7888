/**
 * The staff console (medbetjening): the citizen widget's conversation machine in assisted mode
 * and its components, full width, keyboard first, with what only staff see beside the
 * recommendation (guidance, the link to hand over) and the contact's registration below.
 * Props in, events out: the page that mounts it supplies the session, the type-ahead, the
 * guidance loader and the outbox; nothing here knows the shell or the server's addresses.
 * Criteria: focus starts in the search field; each new step moves focus to its heading or first
 * answer; Alt+N starts a new contact and Alt+R goes to the registration from anywhere (shortcuts
 * with a modifier only: WCAG 2.1.4); no state of it hides the search field.
 */
import type { TFunction } from 'i18next';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CONTACT_EVENT_VERSION, type ContactEvent } from '../../model/contact-event.js';
import type { Recommendation } from '../../model/recommendation.js';
import { toIsoWithOffset } from '../../domain/copenhagen-time.js';
import type { Intent } from '../../model/vocabulary.js';
import { own } from '../../model/own-key.js';
import { EmergencyCard } from '../../ui/components/emergency-card.js';
import { RecommendationCard } from '../../ui/components/recommendation-card.js';
import { TopicChoices } from '../../ui/components/topic-choices.js';
import { safeHref } from '../../ui/safe-href.js';
import { useSnapshot } from '../../ui/use-snapshot.js';
import type { WidgetSession } from '../../ui/widget-session.js';
import type { ContactOutbox } from './contact-outbox.js';
import { ConsoleSearch, type SearchPick } from './console-search.js';
import { type GuidanceLoader } from './guidance-source.js';
import { LinkHandover } from './link-handover.js';
import { type Came, type ContactOutcome, RegisterForm, type RegisterStatus } from './register-form.js';
import { type GuidanceView, StaffGuidance } from './staff-guidance.js';
import type { TopicTypeahead } from './topic-typeahead.js';

interface Props {
  t: TFunction;
  session: WidgetSession;
  typeahead: TopicTypeahead;
  municipalityName: string;
  loadGuidance: GuidanceLoader;
  outbox: ContactOutbox<ContactEvent>;
  /** Writes the link to the clipboard; the browser's unless a test gives its own. */
  copy?: (text: string) => Promise<void>;
}

const INTENT_ORDER: Intent[] = ['transaction', 'interaction', 'information', 'relation'];

/** The link the citizen can open themselves: the recommended action's, else the first alternative's. */
export function selfServiceLink(r: Recommendation): { href: string; label: string } | null {
  for (const option of [r, ...r.alternatives]) {
    const href = safeHref(option.action.href);
    if (href?.startsWith('https:')) return { href, label: option.action.label };
  }
  return null;
}

/** Alt with a letter, by the key's place on the keyboard (layout-independent), nothing else held. */
function isAltShortcut(e: KeyboardEvent, code: string): boolean {
  return e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === code;
}

export function AssistedConsole({ t, session, typeahead, municipalityName, loadGuidance, outbox, copy }: Props) {
  const snapshot = useSnapshot(session.actor);
  const state = String(snapshot.value);
  const ctx = snapshot.context;
  const lang = session.contentLang;
  const [contact, setContact] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [came, setCame] = useState<Came | null>(null);
  const [registering, setRegistering] = useState(false);
  const [status, setStatus] = useState<RegisterStatus>(null);
  const [guidance, setGuidance] = useState<GuidanceView>({ kind: 'none' });
  const heading = useRef<HTMLHeadingElement>(null);
  const firstAnswer = useRef<HTMLButtonElement>(null);

  const intentsOf = useMemo(
    () => (topic: string) => {
      const data = own(session.bundle.topics, topic);
      if (!data) return [];
      return [data.defaultIntent, ...INTENT_ORDER.filter((i) => i !== data.defaultIntent && data.intents.includes(i))];
    },
    [session],
  );

  const run = (work: () => Promise<void> | void) => {
    setBusy(true);
    setFailed(false);
    Promise.resolve()
      .then(work)
      .catch(() => setFailed(true))
      .finally(() => setBusy(false));
  };

  const newContact = () => {
    session.startOver();
    setGuidance({ kind: 'none' });
    setContact((c) => c + 1);
  };

  const pick = (p: SearchPick) => {
    session.startOver();
    run(() => (p.kind === 'topic' ? session.chooseTopic(p.topic, p.intent) : session.ask(p.text)));
  };

  // Focus follows the conversation: the MitID question's first answer, else the step's heading.
  // In the same commit as the step (a layout effect): a plain effect waits for the next frame, and
  // a shortcut pressed as the step appears (Alt+R) would have its focus taken back a moment later.
  useLayoutEffect(() => {
    if (state === 'askingDigital') firstAnswer.current?.focus();
    else if (state !== 'askingNeed') heading.current?.focus();
  }, [state, ctx.recommendation]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isAltShortcut(e, 'KeyN')) {
        e.preventDefault();
        newContact();
      } else if (isAltShortcut(e, 'KeyR')) {
        e.preventDefault();
        document.querySelector<HTMLButtonElement>('#kc-register .kc-outcomes button')?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const recommendation = state === 'recommending' ? ctx.recommendation : null;
  const guidanceTopic = recommendation?.topic ?? null;
  const guidanceIntent = recommendation?.intent ?? null;
  useEffect(() => {
    if (!guidanceTopic || !guidanceIntent) {
      setGuidance({ kind: 'none' });
      return;
    }
    let current = true;
    setGuidance({ kind: 'loading' });
    loadGuidance(guidanceTopic).then(
      (all) => current && setGuidance(own(all, guidanceIntent) ? { kind: 'shown', guidance: own(all, guidanceIntent)! } : { kind: 'none' }),
      (e: unknown) => current && setGuidance({ kind: 'failed', message: t('console.guidance.failed', { reason: e instanceof Error ? e.message : String(e) }) }),
    );
    return () => {
      current = false;
    };
  }, [guidanceTopic, guidanceIntent, loadGuidance]);

  const register = (outcome: ContactOutcome) => {
    // The id is random per contact: a retry of one the server already stored is not counted twice.
    const registered: ContactEvent = {
      v: CONTACT_EVENT_VERSION,
      id: crypto.randomUUID(),
      ts: toIsoWithOffset(new Date()),
      topic: recommendation?.topic ?? ctx.topic,
      intent: recommendation?.intent ?? null,
      ...outcome,
    };
    setRegistering(true);
    outbox
      .register(registered)
      .then((result) =>
        setStatus(
          result.error
            ? { kind: 'error', text: t('console.register.failed', { reason: result.error, count: result.waiting }) }
            : { kind: 'done', text: t('console.register.done', { count: result.sent }) },
        ),
      )
      .finally(() => {
        setRegistering(false);
        // The contact is registered or kept for the next round either way: the next citizen can come.
        newContact();
      });
  };

  const topic = ctx.topic ? own(session.bundle.topics, ctx.topic) : undefined;
  const authorityName = recommendation?.authority
    ? recommendation.authority === 'kommune'
      ? municipalityName
      : ((topic?.authority === recommendation.authority ? topic.authorityName?.[lang] : undefined) ??
        session.bundle.authorities[recommendation.authority as keyof typeof session.bundle.authorities]?.name[lang] ??
        '')
    : '';
  const link = recommendation ? selfServiceLink(recommendation) : null;
  const stepTitle = stepHeading(state, t, recommendation ? session.title(recommendation.topic ?? '') : '');

  return (
    <div class="kc-console">
      <div class="kc-bar">
        <h1>{t('console.title')}</h1>
        <span class="kc-badge">{t('assistedBadge')}</span>
        <button type="button" class="secondary" aria-keyshortcuts="Alt+N" onClick={newContact}>
          {t('console.newContact')}
        </button>
        <p class="kc-hint">{t('console.shortcuts')}</p>
      </div>
      <div class="kc-grid">
        <div class="kc-work">
          <ConsoleSearch t={t} typeahead={typeahead} intentsOf={intentsOf} onPick={pick} contact={contact} />
          {ctx.caution && state !== 'emergency' && <p class="kc-caution">{t('caution.question')}</p>}
          {stepTitle && (
            <h2 ref={heading} tabIndex={-1} id="kg-step" class="kc-step">
              {busy ? t('loading') : stepTitle}
            </h2>
          )}
          {failed && (
            <p class="kc-error" role="alert">
              {t('console.stepFailed')}
            </p>
          )}
          {state === 'notFound' && (
            <TopicChoices
              heading={t('notFound.suggestions')}
              label={t('notFound.suggestions')}
              topics={ctx.suggestions.map((m) => m.id)}
              title={(id) => session.title(id)}
              onChoose={(id) => run(() => session.chooseTopic(id))}
            />
          )}
          {state === 'choosingTopic' && (
            <TopicChoices heading={null} label={t('choosing.text')} topics={ctx.matches.map((m) => m.id)} title={(id) => session.title(id)} onChoose={(id) => run(() => session.chooseTopic(id))} />
          )}
          {state === 'emergency' && ctx.recommendation && (
            <EmergencyCard t={t} recommendation={ctx.recommendation} lang={lang} canContinue={ctx.matches.length > 0} onContinue={() => run(() => session.continueAfterEmergency())} />
          )}
          {state === 'askingDigital' && (
            <div class="kc-choices" role="group" aria-labelledby="kg-step">
              <button ref={firstAnswer} type="button" class="primary" onClick={() => session.answerDigital(true)}>
                {t('console.digital.yes')}
              </button>
              <button type="button" class="secondary" onClick={() => session.answerDigital(false)}>
                {t('console.digital.no')}
              </button>
              <button type="button" class="link" onClick={() => session.answerDigital(null)}>
                {t('digital.skip')}
              </button>
            </div>
          )}
          {state === 'clarifyingIntent' && (
            <ul class="kc-choices" aria-labelledby="kg-step">
              {INTENT_ORDER.filter((i) => topic?.intents.includes(i)).map((i) => (
                <li key={i}>
                  <button type="button" class="secondary" aria-pressed={ctx.recommendation?.intent === i} onClick={() => session.chooseIntent(i)}>
                    {t(`console.intent.${i}`)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {recommendation && (
            <div class="kc-answer">
              <div class="kc-answer-main">
                <RecommendationCard
                  t={t}
                  recommendation={recommendation}
                  article={session.article(ctx.topic)}
                  authorityName={authorityName}
                  lang={lang}
                  now={new Date(ctx.now)}
                  withoutMitId={ctx.canUseDigital === false}
                  // The staff member opening the link is not the citizen following it: nothing is reported.
                  onFollow={() => undefined}
                />
                {(topic?.intents.length ?? 0) > 1 && (
                  <button type="button" class="secondary" onClick={() => session.changeIntent()}>
                    {t('console.changeIntent')}
                  </button>
                )}
                {link && <LinkHandover t={t} href={link.href} label={link.label} copy={copy} />}
              </div>
              <StaffGuidance t={t} view={guidance} />
            </div>
          )}
        </div>
      </div>
      <RegisterForm
        t={t}
        came={came}
        onCame={setCame}
        onRegister={register}
        onMissingCame={() => setStatus({ kind: 'missing', text: t('console.register.missingCame') })}
        status={status}
        busy={registering}
      />
    </div>
  );
}

/** The heading of each step; none before the staff member has picked anything. */
const STEP_HEADINGS: Record<string, string> = {
  notFound: 'notFound.text',
  choosingTopic: 'choosing.text',
  emergency: 'emergency.heading',
  askingDigital: 'console.digital.question',
  clarifyingIntent: 'console.intentQuestion',
};

function stepHeading(state: string, t: TFunction, title: string): string {
  if (state === 'recommending') return t('console.recommendation', { title });
  const key = STEP_HEADINGS[state];
  return key ? t(key) : '';
}
