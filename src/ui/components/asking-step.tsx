/** The first step and "not found": the question, the closest topics when nothing matched, and the popular topics. */
import type { TFunction } from 'i18next';
import type { ComponentChildren } from 'preact';
import type { WidgetSession } from '../widget-session.js';
import { AskForm } from './ask-form.js';
import { TopicChoices } from './topic-choices.js';

interface Props {
  t: TFunction;
  session: WidgetSession;
  /** The closest topics when nothing matched with confidence; null on the first step. */
  suggestions: string[] | null;
  onAsk: (text: string) => void;
  onChoose: (topic: string) => void;
  /** Shown under the question: the imported articles that answer what the topics did not. */
  children?: ComponentChildren;
}

export function AskingStep({ t, session, suggestions, onAsk, onChoose, children }: Props) {
  const title = (id: string) => session.title(id);
  return (
    <>
      <AskForm t={t} onAsk={onAsk} autoFocus />
      {children}
      {suggestions && <TopicChoices heading={t('notFound.suggestions')} label={t('notFound.suggestions')} topics={suggestions} title={title} onChoose={onChoose} />}
      <TopicChoices heading={t('askNeed.popular')} label={t('askNeed.popular')} topics={session.popular()} title={title} onChoose={onChoose} />
    </>
  );
}
