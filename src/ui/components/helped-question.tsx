/** "Did it help?", asked after the citizen followed the action or said they were done. */
import type { TFunction } from 'i18next';

interface Props {
  t: TFunction;
  onAnswer: (said: string, helped: boolean) => void;
}

export function HelpedQuestion({ t, onAnswer }: Props) {
  return (
    <div class="choices" role="group" aria-label={t('helped.question')}>
      <button type="button" class="primary" onClick={() => onAnswer(t('helped.yes'), true)}>
        {t('helped.yes')}
      </button>
      <button type="button" class="secondary" onClick={() => onAnswer(t('helped.no'), false)}>
        {t('helped.no')}
      </button>
    </div>
  );
}
