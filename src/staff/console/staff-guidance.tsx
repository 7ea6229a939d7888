/**
 * The staff guidance beside the recommendation: how to walk the citizen through the
 * self-service, what they must have at hand, the usual pitfalls, when to book a meeting instead,
 * and digital power of attorney for relatives. Shown only here, never in the citizen widget.
 * A topic whose guidance names a local fact (fee, time, place) carries a visible "check locally".
 */
import type { TFunction } from 'i18next';
import type { IntentGuidance } from './guidance-source.js';

/** What the panel has to show: the guidance, or why there is none. */
export type GuidanceView = { kind: 'loading' } | { kind: 'shown'; guidance: IntentGuidance } | { kind: 'none' } | { kind: 'failed'; message: string };

interface Props {
  t: TFunction;
  view: GuidanceView;
}

function List({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h4>{title}</h4>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

export function StaffGuidance({ t, view }: Props) {
  return (
    <section class="kc-guidance" aria-labelledby="kc-guidance-title" aria-busy={view.kind === 'loading'}>
      <h3 id="kc-guidance-title">{t('console.guidance.title')}</h3>
      {view.kind === 'loading' && <p>{t('console.guidance.loading')}</p>}
      {view.kind === 'none' && <p>{t('console.guidance.none')}</p>}
      {view.kind === 'failed' && <p class="kc-error">{view.message}</p>}
      {view.kind === 'shown' && (
        <>
          {view.guidance.verify && <p class="kc-verify">{t('console.guidance.verify')}</p>}
          <h4>{t('console.guidance.steps')}</h4>
          <ol>
            {view.guidance.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <List title={t('console.guidance.have')} items={view.guidance.have} />
          <List title={t('console.guidance.pitfalls')} items={view.guidance.pitfalls} />
          <h4>{t('console.guidance.meeting')}</h4>
          <p>{view.guidance.meeting}</p>
          <h4>{t('console.guidance.proxy')}</h4>
          <p>{view.guidance.proxy}</p>
        </>
      )}
    </section>
  );
}
