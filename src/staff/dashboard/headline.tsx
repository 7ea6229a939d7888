/**
 * The figures on top: inquiries guided, digital share against the target, estimated saving, each
 * compared with the period of the same length just before when that period has numbers.
 */
import type { i18n } from 'i18next';
import type { MunicipalityStats } from '../../model/stats-api.js';
import type { Format } from './format.js';

interface Figure {
  key: string;
  label: string;
  value: string;
  extra?: string;
  change?: string;
}

export function Headline({ current, previous, days, i18n, fmt }: { current: MunicipalityStats; previous: MunicipalityStats | null; days: number; i18n: i18n; fmt: Format }) {
  const t = i18n.t.bind(i18n);
  const c = current.total;
  const p = previous?.total ?? null;
  const change = (delta: number, say: (n: number) => string, previousValue: string) =>
    t('dashboard.headline.vsPrevious', {
      change: delta === 0 ? t('dashboard.headline.same') : t(delta > 0 ? 'dashboard.headline.up' : 'dashboard.headline.down', { value: say(delta) }),
      days,
      previous: previousValue,
    });
  const figures: Figure[] = [
    {
      key: 'routed',
      label: t('dashboard.headline.routed'),
      value: fmt.count(c.routed),
      ...(p && p.routed > 0 ? { change: change(c.routed - p.routed, (d) => fmt.share(Math.abs(d) / p.routed), fmt.count(p.routed)) } : {}),
    },
    {
      key: 'digital',
      label: t('dashboard.headline.digitalShare'),
      value: fmt.share(c.digitalShare),
      extra: t('dashboard.headline.target', { value: fmt.share(current.targets.digitalShare) }),
      ...(p && p.digitalShare !== null && c.digitalShare !== null ? { change: change(c.digitalShare - p.digitalShare, fmt.points, fmt.share(p.digitalShare)) } : {}),
    },
    {
      key: 'saving',
      label: t('dashboard.headline.saving'),
      value: fmt.kroner(c.cost.saving),
      ...(p && p.routed > 0 ? { change: change(c.cost.saving - p.cost.saving, (d) => fmt.kroner(Math.abs(d)), fmt.kroner(p.cost.saving)) } : {}),
    },
  ];
  return (
    <dl class="headline" aria-label={t('dashboard.headline.label')}>
      {figures.map((f) => (
        <div class="headline-figure" key={f.key} data-figure={f.key}>
          <dt>{f.label}</dt>
          <dd class="headline-value">{f.value}</dd>
          {f.extra && <dd class="headline-extra">{f.extra}</dd>}
          <dd class="headline-change">{f.change ?? t('dashboard.headline.noPrevious')}</dd>
        </div>
      ))}
    </dl>
  );
}
