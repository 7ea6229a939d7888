/**
 * The assisted contacts staff registered in the console (issue 17): first-contact resolution per
 * period against the target, the contacts by how the citizen came with those where the citizen
 * did the self-service with help, and the topics where citizens most often needed help. Every
 * number is the API's `contacts` block (src/domain/contact-stats.ts made it); nothing here
 * divides or adds.
 */
import type { i18n } from 'i18next';
import { CONTACT_CHANNELS } from '../../model/contact-event.js';
import type { MunicipalityStats, StatsInterval } from '../../model/stats-api.js';
import { BarTable } from './charts/bar-table.js';
import { ChartFrame } from './charts/chart-frame.js';
import { LineChart } from './charts/line-chart.js';
import { StackedColumns } from './charts/stacked-columns.js';
import type { Format } from './format.js';
import { BAR_COLOR, CONTACT_COLORS, LINE_COLORS, TARGET_COLOR } from './palette.js';

export interface ContactsViewProps {
  stats: MunicipalityStats;
  interval: StatsInterval;
  topicTitle: (id: string) => string;
  i18n: i18n;
  fmt: Format;
  /** Makes the element ids unique when several municipalities share the page. */
  id: (name: string) => string;
  titleLevel: 3 | 4;
}

export function ContactsView({ stats, interval, topicTitle, i18n, fmt, id, titleLevel }: ContactsViewProps) {
  const t = i18n.t.bind(i18n);
  const T = i18n.t.bind(i18n) as (key: string, options?: Record<string, unknown>) => string;
  const Title = `h${titleLevel}` as 'h3' | 'h4';
  const total = stats.total.contacts;
  // An empty range says so in words: a chart of zeros would look like a measurement.
  if (total.registered === 0) return <p class="chart-note">{t('dashboard.charts.contacts.none')}</p>;

  const unit = t(`intervals.${interval}`);
  const labels = stats.periods.map((p) => fmt.periodLabel(p.from, interval));
  const rowNames = stats.periods.map((p) => fmt.periodName(p.from, p.to, interval));
  const target = stats.targets.firstContactResolution;
  const targetLabel = t('dashboard.charts.target', { value: fmt.share(target) });
  const showTable = t('dashboard.charts.showTable');
  const periodHeader = t('dashboard.charts.period');
  const cameName = (c: string) => T(`dashboard.charts.contacts.came.${c}`);
  const cameSeries = CONTACT_CHANNELS.map((c) => ({ key: c, label: cameName(c), color: CONTACT_COLORS[c], values: stats.periods.map((p) => p.contacts.byCame[c]) }));
  const fcr = t('dashboard.charts.contacts.fcr.share');

  return (
    <div class="chart-grid">
      <ChartFrame
        level={titleLevel}
        id={id('contacts-fcr')}
        title={t('dashboard.charts.contacts.fcr.title')}
        note={t('dashboard.charts.contacts.fcr.note', { solved: fmt.count(total.solvedAtFirstContact), registered: fmt.count(total.registered), share: fmt.share(total.firstContactResolution) })}
        legend={[
          { label: fcr, color: LINE_COLORS.first, mark: 'line' },
          { label: targetLabel, color: TARGET_COLOR, mark: 'dashed' },
        ]}
        showTable={showTable}
        table={{
          caption: t('dashboard.charts.contacts.fcr.caption', { interval: unit }),
          rowHeader: periodHeader,
          columns: [t('dashboard.charts.contacts.registered'), t('dashboard.charts.contacts.fcr.solved'), fcr, t('dashboard.charts.target', { value: '' }).trim()],
          rows: [...stats.periods, stats.total].map((p, i) => ({
            header: rowNames[i] ?? t('dashboard.charts.total'),
            cells: [fmt.count(p.contacts.registered), fmt.count(p.contacts.solvedAtFirstContact), fmt.share(p.contacts.firstContactResolution), fmt.share(target)],
          })),
        }}
      >
        <LineChart
          summary={t('dashboard.charts.contacts.fcr.summary', { interval: unit, target: fmt.share(target) })}
          labels={labels}
          // A period without registered contacts has no share (null): the line breaks there.
          series={[{ key: 'fcr', label: fcr, color: LINE_COLORS.first, values: stats.periods.map((p) => p.contacts.firstContactResolution) }]}
          target={{ value: target, label: targetLabel, color: TARGET_COLOR }}
          format={fmt.share}
          minTop={1}
        />
      </ChartFrame>
      <ChartFrame
        level={titleLevel}
        id={id('contacts-came')}
        title={t('dashboard.charts.contacts.came.title', { interval: unit })}
        note={t('dashboard.charts.contacts.withHelpNote', { helped: fmt.count(total.selfServiceWithHelp), registered: fmt.count(total.registered) })}
        legend={cameSeries.map((s) => ({ label: s.label, color: s.color }))}
        showTable={showTable}
        table={{
          caption: t('dashboard.charts.contacts.came.caption', { interval: unit }),
          rowHeader: periodHeader,
          columns: [...CONTACT_CHANNELS.map(cameName), t('dashboard.charts.total'), t('dashboard.charts.contacts.withHelp')],
          rows: [...stats.periods, stats.total].map((p, i) => ({
            header: rowNames[i] ?? t('dashboard.charts.total'),
            cells: [...CONTACT_CHANNELS.map((c) => fmt.count(p.contacts.byCame[c])), fmt.count(p.contacts.registered), fmt.count(p.contacts.selfServiceWithHelp)],
          })),
        }}
      >
        <StackedColumns summary={t('dashboard.charts.contacts.came.summary', { interval: unit, total: fmt.count(total.registered) })} labels={labels} series={cameSeries} format={fmt.count} />
      </ChartFrame>
      <div class="chart">
        <Title class="chart-title">{t('dashboard.charts.contacts.topics.title')}</Title>
        <p class="chart-note">{t('dashboard.charts.contacts.topics.note')}</p>
        <BarTable
          caption={t('dashboard.charts.contacts.topics.caption')}
          labelHeader={t('dashboard.charts.topics.topic')}
          valueHeader={t('dashboard.charts.contacts.registered')}
          rows={total.topics.map((r) => ({ key: r.topic, label: topicTitle(r.topic), value: r.count }))}
          format={fmt.count}
          color={BAR_COLOR}
          empty={t('dashboard.charts.contacts.topics.none')}
        />
      </div>
    </div>
  );
}
