/**
 * The assistant's panel: a dialog (floating) or a region (inline) with a header, the conversation
 * log and the step the citizen is on. Criteria, checked in a browser: dialog semantics with a
 * name; focus moves into the panel on open and to each new step's heading; Escape closes a
 * floating panel; new assistant messages are announced politely (role="log"); everything works
 * by keyboard; the language picker changes the interface language and direction.
 */
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConversationState } from '../../machine/conversation-machine.js';
import type { ContentLang } from '../../model/vocabulary.js';
import { authorityName } from '../../domain/authority-name.js';
import { isRtl, LANG_NAMES, UI_LANGS, type UiLang } from '../../i18n/create-i18n.js';
import { useSnapshot } from '../use-snapshot.js';
import type { WidgetSession } from '../widget-session.js';
import { AskingStep } from './asking-step.js';
import { CautionLine } from './caution-line.js';
import { DigitalQuestion } from './digital-question.js';
import { EmergencyCard } from './emergency-card.js';
import { HelpedQuestion } from './helped-question.js';
import { ImportedAnswersLazy } from './imported-answers-lazy.js';
import { IntentChoices } from './intent-choices.js';
import { ReadAloud } from './read-aloud.js';
import { RecommendingStep } from './recommending-step.js';
import { TopicChoices } from './topic-choices.js';
import { own } from '../../model/own-key.js';

interface Props {
  session: WidgetSession;
  t: TFunction;
  uiLang: UiLang;
  mode: 'floating' | 'inline';
  position: 'left' | 'right';
  municipalityName: string;
  assisted: boolean;
  onClose: () => void;
  onLanguage: (lang: UiLang) => void;
}

interface Message {
  who: 'assistant' | 'citizen';
  text: string;
}

export function WidgetPanel({ session, t, uiLang, mode, position, municipalityName, assisted, onClose, onLanguage }: Props) {
  const snapshot = useSnapshot(session.actor);
  const state = snapshot.value;
  const ctx = snapshot.context;
  const lang: ContentLang = session.contentLang;
  const [log, setLog] = useState<Message[]>([]);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // The current step's prompt is the heading; when the citizen answers, the prompt and the
  // answer move into the log, in the order they were said.
  const prompt = promptFor(state, t);
  useEffect(() => {
    if (!snapshot.matches('askingNeed') && !snapshot.matches('notFound')) heading.current?.focus();
  }, [state]);
  const say = (text: string) => setLog((l) => [...l, { who: 'assistant' as const, text: prompt }, { who: 'citizen' as const, text }].filter((m) => m.text).slice(-14));

  const run = (work: () => Promise<void> | void) => {
    setBusy(true);
    setFailed(false);
    Promise.resolve()
      .then(work)
      .catch(() => setFailed(true))
      .finally(() => setBusy(false));
  };
  const ask = (text: string) => {
    say(text);
    run(() => session.ask(text));
  };
  const choose = (topic: string) => {
    say(session.title(topic));
    run(() => session.chooseTopic(topic));
  };
  const answer = (label: string, act: () => void) => {
    say(label);
    act();
  };

  const topic = ctx.topic ? own(session.bundle.topics, ctx.topic) : undefined;
  const recommendation = ctx.recommendation;
  const authority = recommendation?.authority && topic ? authorityName(session.bundle, topic, recommendation.authority, municipalityName, lang) : '';

  return (
    <div
      ref={panel}
      class={`panel ${mode} ${position}`}
      role={mode === 'floating' ? 'dialog' : 'region'}
      aria-modal={mode === 'floating' ? 'false' : undefined}
      aria-labelledby="kg-title"
      dir={isRtl(uiLang) ? 'rtl' : 'ltr'}
      lang={uiLang}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && mode === 'floating') onClose();
      }}
    >
      <div class="bar">
        <h2 id="kg-title">
          {t('title')}
          <span class="sub">{municipalityName}</span>
        </h2>
        {assisted && <span class="badge">{t('assistedBadge')}</span>}
        <select aria-label={t('language')} value={uiLang} onChange={(e) => onLanguage((e.target as HTMLSelectElement).value as UiLang)}>
          {UI_LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
        {mode === 'floating' && (
          <button type="button" onClick={onClose} aria-label={t('close')}>
            ✕
          </button>
        )}
      </div>
      <div class="body">
        {uiLang !== 'da' && uiLang !== 'en' && <p class="notice">{t('contentFallback')}</p>}
        {ctx.caution && !snapshot.matches('emergency') && <CautionLine t={t} kind={ctx.caution} emergency={session.bundle.emergency} lang={lang} />}
        <div class="log" role="log" aria-live="polite" aria-label={t('title')} hidden={log.length === 0}>
          {log.map((m, i) => (
            <p key={i} class={`msg ${m.who}`}>
              {m.who === 'citizen' && <span class="who">{`${t('you')}: `}</span>}
              {m.text}
            </p>
          ))}
        </div>
        {prompt && <ReadAloud text={prompt} lang={uiLang} label={t('readAloud')} />}
        <h3 ref={heading} tabIndex={-1} id="kg-step" class="step">
          {busy ? t('loading') : prompt}
        </h3>
        {failed && (
          <p class="notice" role="alert">
            {t('error')}
          </p>
        )}

        {(snapshot.matches('askingNeed') || snapshot.matches('notFound')) && (
          <AskingStep t={t} session={session} suggestions={snapshot.matches('notFound') ? ctx.suggestions.map((m) => m.id) : null} onAsk={ask} onChoose={choose}>
            {snapshot.matches('notFound') && session.imported && <ImportedAnswersLazy base={session.imported} query={log.findLast((m) => m.who === 'citizen')?.text ?? ''} lang={lang} />}
          </AskingStep>
        )}

        {snapshot.matches('emergency') && recommendation && (
          <EmergencyCard t={t} recommendation={recommendation} lang={lang} canContinue={ctx.matches.length > 0} onContinue={() => run(() => session.continueAfterEmergency())} />
        )}

        {snapshot.matches('choosingTopic') && <TopicChoices heading={null} label={t('choosing.text')} topics={ctx.matches.map((m) => m.id)} title={(id) => session.title(id)} onChoose={choose} />}

        {snapshot.matches('askingDigital') && <DigitalQuestion t={t} onAnswer={(said, canUseDigital) => answer(said, () => session.answerDigital(canUseDigital))} />}

        {snapshot.matches('recommending') && recommendation && (
          <RecommendingStep t={t} session={session} context={ctx} recommendation={recommendation} authorityName={authority} lang={lang} onChoose={choose} />
        )}

        {snapshot.matches('clarifyingIntent') && (
          <IntentChoices t={t} intents={topic?.intents ?? []} current={recommendation?.intent ?? null} onChoose={(said, intent) => answer(said, () => session.chooseIntent(intent))} />
        )}

        {snapshot.matches('askingHelped') && <HelpedQuestion t={t} onAnswer={(said, helped) => answer(said, () => session.answerHelped(helped))} />}
      </div>
      {!snapshot.matches('askingNeed') && (
        <nav class="nav" aria-label={t('title')}>
          <button type="button" class="link" onClick={() => session.goBack()}>
            {t('back')}
          </button>
          <button type="button" class="link" onClick={() => session.startOver()}>
            {t('startOver')}
          </button>
        </nav>
      )}
    </div>
  );
}

/**
 * The heading each step shows: what the assistant says or asks there. Keyed by the machine's
 * states, so a state renamed or added there fails the build here. `deciding` is transient: the
 * panel never shows it.
 */
const PROMPTS: Record<Exclude<ConversationState, 'deciding'>, string> = {
  askingNeed: 'askNeed.intro',
  notFound: 'notFound.text',
  choosingTopic: 'choosing.text',
  askingDigital: 'digital.question',
  recommending: 'card.heading',
  clarifyingIntent: 'intent.question',
  askingHelped: 'helped.question',
  thanked: 'helped.thanks',
  emergency: 'emergency.heading',
};

function promptFor(state: ConversationState, t: TFunction): string {
  return state === 'deciding' ? '' : t(PROMPTS[state]);
}
