/**
 * A weaker danger signal: the errand is answered, under one line that asks whether anyone is in
 * danger now, with 112 and the crisis line that fits. Criteria: a named region read before the
 * step it sits above; both numbers are real tel: links reachable by keyboard; colours 4.5:1.
 */
import type { TFunction } from 'i18next';
import type { ContentBundle } from '../../model/content-bundle.js';
import type { DangerKind } from '../../model/content-schema.js';
import type { ContentLang } from '../../model/vocabulary.js';
import { safeHref } from '../safe-href.js';

interface Props {
  t: TFunction;
  kind: DangerKind;
  emergency: ContentBundle['emergency'];
  lang: ContentLang;
}

export function CautionLine({ t, kind, emergency, lang }: Props) {
  const line = emergency.lines[kind]?.[0];
  return (
    <section class="caution" aria-label={t('caution.question')}>
      <strong>{t('caution.question')}</strong>
      <a class="button call" href={safeHref(emergency.emergency.phone.href)}>
        {t('caution.call')}
      </a>
      {line && (
        <a class="button secondary" href={safeHref(line.phone.href)}>
          {`${line.name[lang]}: ${line.phone.label}`}
        </a>
      )}
    </section>
  );
}
