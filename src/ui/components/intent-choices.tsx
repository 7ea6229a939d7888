/** "Not what you wanted?": the topic's inquiry types, the one recommended marked as pressed. */
import type { TFunction } from 'i18next';
import type { Intent } from '../../model/vocabulary.js';

const INTENT_ORDER: Intent[] = ['transaction', 'interaction', 'information', 'relation'];

interface Props {
  t: TFunction;
  intents: readonly Intent[];
  current: Intent | null;
  onChoose: (said: string, intent: Intent) => void;
}

export function IntentChoices({ t, intents, current, onChoose }: Props) {
  return (
    <ul class="choices" aria-label={t('intent.question')}>
      {INTENT_ORDER.filter((i) => intents.includes(i)).map((i) => (
        <li key={i}>
          <button type="button" class="secondary" aria-pressed={current === i} onClick={() => onChoose(t(`intent.${i}`), i)}>
            {t(`intent.${i}`)}
          </button>
        </li>
      ))}
    </ul>
  );
}
