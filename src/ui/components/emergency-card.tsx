/** Danger first: 112 as the biggest thing on screen, the crisis line that fits, then the rest. */
import type { TFunction } from 'i18next';
import type { Recommendation } from '../../model/recommendation.js';
import type { ContentLang } from '../../model/vocabulary.js';
import { safeHref } from '../safe-href.js';

interface Props {
  t: TFunction;
  recommendation: Recommendation;
  lang: ContentLang;
  canContinue: boolean;
  onContinue: () => void;
}

export function EmergencyCard({ t, recommendation: r, lang, canContinue, onContinue }: Props) {
  return (
    <section class="emergency" role="alert" aria-labelledby="kg-step">
      <a class="button call" href={safeHref(r.action.href)}>
        {r.action.label}
      </a>
      {r.alternatives.length > 0 && (
        <div>
          <strong>{t('emergency.lines')}</strong>
          <ul class="alternatives">
            {r.alternatives.map((a) => (
              <li key={a.action.href}>
                <a class="button secondary" href={safeHref(a.action.href)}>
                  {a.action.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>{r.reason[lang]}</p>
      {canContinue && (
        <button type="button" class="link" onClick={onContinue}>
          {t('emergency.continue')}
        </button>
      )}
    </section>
  );
}
