/**
 * The free-text question. Criteria: a visible label tied to the input; submit by Enter or the
 * button; a privacy hint linked by aria-describedby; focus lands in the field when it appears.
 */
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  t: TFunction;
  onAsk: (text: string) => void;
  autoFocus: boolean;
}

const MAX_LENGTH = 500;

export function AskForm({ t, onAsk, autoFocus }: Props) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  return (
    <form
      class="ask"
      onSubmit={(e) => {
        e.preventDefault();
        const q = text.trim();
        if (q) onAsk(q);
      }}
    >
      <label for="kg-q">{t('askNeed.label')}</label>
      <div class="row">
        <input
          ref={input}
          id="kg-q"
          type="text"
          name="q"
          value={text}
          maxLength={MAX_LENGTH}
          autocomplete="off"
          placeholder={t('askNeed.placeholder')}
          aria-describedby="kg-q-hint"
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="primary">
          {t('askNeed.submit')}
        </button>
      </div>
      <p id="kg-q-hint" class="hint">
        {t('askNeed.privacy')}
      </p>
    </form>
  );
}
