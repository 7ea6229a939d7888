/** The recommendation with the topics often needed next, "not what you wanted?" and "done". */
import type { TFunction } from 'i18next';
import type { ConversationContext } from '../../machine/conversation-types.js';
import type { Recommendation } from '../../model/recommendation.js';
import { own } from '../../model/own-key.js';
import type { ContentLang } from '../../model/vocabulary.js';
import type { WidgetSession } from '../widget-session.js';
import { RecommendationCard } from './recommendation-card.js';
import { TopicChoices } from './topic-choices.js';

interface Props {
  t: TFunction;
  session: WidgetSession;
  context: ConversationContext;
  recommendation: Recommendation;
  authorityName: string;
  lang: ContentLang;
  onChoose: (topic: string) => void;
}

export function RecommendingStep({ t, session, context, recommendation, authorityName, lang, onChoose }: Props) {
  const topic = context.topic ? own(session.bundle.topics, context.topic) : undefined;
  // At most three, and only topics this widget knows.
  const related = (topic?.related ?? []).filter((id) => own(session.bundle.topics, id)).slice(0, 3);
  return (
    <>
      <RecommendationCard
        t={t}
        recommendation={recommendation}
        article={session.article(context.topic)}
        authorityName={authorityName}
        lang={lang}
        now={new Date(context.now)}
        withoutMitId={context.canUseDigital === false}
        onFollow={(channel) => session.followAction(channel)}
      />
      <TopicChoices heading={t('card.related')} label={t('card.related')} topics={related} title={(id) => session.title(id)} onChoose={onChoose} />
      <div class="choices">
        {(topic?.intents.length ?? 0) > 1 && (
          <button type="button" class="secondary" onClick={() => session.changeIntent()}>
            {t('card.notWhat')}
          </button>
        )}
        <button type="button" class="link" onClick={() => session.finish()}>
          {t('card.done')}
        </button>
      </div>
    </>
  );
}
