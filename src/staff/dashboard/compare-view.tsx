/**
 * Every municipality side by side (operators, municipality=*): one table of the key figures, then
 * each municipality's own dashboard in a column (stacked on a narrow screen).
 */
import type { i18n } from 'i18next';
import type { MunicipalityStats, StatsInterval } from '../../model/stats-api.js';
import { DataTable } from './charts/chart-frame.js';
import type { Format } from './format.js';
import { MunicipalityView } from './municipality-view.js';

export function CompareView(props: {
  all: MunicipalityStats[];
  previous: ReadonlyMap<string, MunicipalityStats>;
  name: (slug: string) => string;
  days: number;
  interval: StatsInterval;
  topicTitle: (id: string) => string;
  filtered: boolean;
  i18n: i18n;
  fmt: Format;
}) {
  const t = props.i18n.t.bind(props.i18n);
  const { fmt } = props;
  return (
    <>
      <section aria-labelledby="compare-title">
        <h2 id="compare-title">{t('dashboard.compare.title')}</h2>
        <DataTable
          table={{
            caption: t('dashboard.compare.caption'),
            rowHeader: t('dashboard.compare.municipality'),
            columns: [
              t('dashboard.compare.routed'),
              t('dashboard.compare.digital'),
              t('dashboard.compare.digitalTarget'),
              t('dashboard.compare.applications'),
              t('dashboard.compare.saving'),
              t('dashboard.compare.followThrough'),
            ],
            rows: props.all.map((m) => ({
              header: props.name(m.municipality),
              cells: [
                fmt.count(m.total.routed),
                fmt.share(m.total.digitalShare),
                fmt.share(m.targets.digitalShare),
                fmt.share(m.total.applications.share),
                fmt.kroner(m.total.cost.saving),
                fmt.share(m.total.followThrough),
              ],
            })),
          }}
        />
      </section>
      <div class="compare-grid">
        {props.all.map((m) => (
          <section key={m.municipality} aria-labelledby={`m-${m.municipality}`} class="compare-column">
            <h2 id={`m-${m.municipality}`}>{props.name(m.municipality)}</h2>
            <MunicipalityView
              stats={m}
              previous={props.previous.get(m.municipality) ?? null}
              days={props.days}
              interval={props.interval}
              topicTitle={props.topicTitle}
              filtered={props.filtered}
              i18n={props.i18n}
              fmt={fmt}
              idPrefix={`m-${m.municipality}`}
              level={3}
            />
          </section>
        ))}
      </div>
    </>
  );
}
