/** Whether the citizen can use MitID, asked only when the answer changes the channel; it can be skipped. */
import type { TFunction } from 'i18next';

interface Props {
  t: TFunction;
  /** The answer as said (for the conversation log), and what it means: null for skipped. */
  onAnswer: (said: string, canUseDigital: boolean | null) => void;
}

export function DigitalQuestion({ t, onAnswer }: Props) {
  return (
    <div role="group" aria-labelledby="kg-digital-q">
      <p id="kg-digital-q" class="hint">
        {t('digital.why')}
      </p>
      <div class="choices">
        <button type="button" class="primary" onClick={() => onAnswer(t('digital.yes'), true)}>
          {t('digital.yes')}
        </button>
        <button type="button" class="secondary" onClick={() => onAnswer(t('digital.no'), false)}>
          {t('digital.no')}
        </button>
        <button type="button" class="link" onClick={() => onAnswer(t('digital.skip'), null)}>
          {t('digital.skip')}
        </button>
      </div>
    </div>
  );
}
