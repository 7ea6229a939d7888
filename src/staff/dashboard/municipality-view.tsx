/**
 * One municipality's dashboard: the headline figures, then each picture the issue lists with its
 * table. Every number comes from /api/stats, where the domain's formulas made it
 * (src/domain/channel-stats.ts, src/domain/contact-stats.ts); nothing here computes a share, a cost or a saving.
 */
import type { i18n } from 'i18next';
import { DANGER_KINDS } from '../../model/content-schema.js';
import { LOGGED_CHANNELS } from '../../model/log-event.js';
import type { MunicipalityStats, StatsInterval } from '../../model/stats-api.js';
import { INTENTS } from '../../model/vocabulary.js';
import { BarTable } from './charts/bar-table.js';
import { ChartFrame } from './charts/chart-frame.js';
import { LineChart } from './charts/line-chart.js';
import { StackedColumns } from './charts/stacked-columns.js';
import { ContactsView } from './contacts-view.js';
import type { Format } from './format.js';
import { Headline } from './headline.js';
import { BAR_COLOR, CHANNEL_COLORS, LINE_COLORS, TARGET_COLOR, WARNING_BAR_COLOR } from './palette.js';

export interface MunicipalityViewProps {
  stats: MunicipalityStats;
  previous: MunicipalityStats | null;
  days: number;
  interval: StatsInterval;
  /** Topic ids to titles in the page's language. */
  topicTitle: (id: string) => string;
  /** Topic or inquiry type chosen: searches that found nothing have neither. */
  filtered: boolean;
  i18n: i18n;
  fmt: Format;
  /** Prefix for element ids: several municipalities share one page when compared. */
  idPrefix: string;
  /** The heading level of the sections (2 alone, 3 inside a comparison). */
  level: 2 | 3;
}

export function MunicipalityView({ stats, previous, days, interval, topicTitle, filtered, i18n, fmt, idPrefix, level }: MunicipalityViewProps) {
  const t = i18n.t.bind(i18n);
  const T = i18n.t.bind(i18n) as (key: string, options?: Record<string, unknown>) => string;
  const Heading = `h${level}` as 'h2' | 'h3';
  const titleLevel = (level + 1) as 3 | 4;
  const Title = `h${titleLevel}` as 'h3' | 'h4';
  const unit = t(`intervals.${interval}`);
  const labels = stats.periods.map((p) => fmt.periodLabel(p.from, interval));
  const rowNames = stats.periods.map((p) => fmt.periodName(p.from, p.to, interval));
  const total = stats.total;
  const channelName = (c: string) => T(`channels.${c}`);
  const used = LOGGED_CHANNELS.filter((c) => total.byChannel[c] > 0);
  const id = (name: string) => `${idPrefix}-${name}`;
  // Compared side by side, a section's name carries its municipality's (the column heading has
  // the prefix as its id), so the landmarks stay told apart.
  const labelledBy = (name: string) => (level === 3 ? `${idPrefix} ${id(name)}` : id(name));
  const showTable = t('dashboard.charts.showTable');
  const periodHeader = t('dashboard.charts.period');
  const rows = (cells: (p: MunicipalityStats['periods'][number]) => string[]) => stats.periods.map((p, i) => ({ header: rowNames[i]!, cells: cells(p) }));

  const mixSeries = used.map((c) => ({ key: c, label: channelName(c), color: CHANNEL_COLORS[c], values: stats.periods.map((p) => p.byChannel[c]) }));
  const byIntent = INTENTS.map((intent) => ({
    intent,
    counts: LOGGED_CHANNELS.map((c) => total.byIntentAndChannel.find((r) => r.intent === intent && r.channel === c)?.count ?? 0),
  }));

  return (
    <div class="municipality-view">
      <Headline current={stats} previous={previous} days={days} i18n={i18n} fmt={fmt} />

      <section aria-labelledby={labelledBy('mix')}>
        <Heading id={id('mix')}>{t('dashboard.sections.mix')}</Heading>
        <div class="chart-grid">
          <ChartFrame
            level={titleLevel}
            id={id('mix-chart')}
            title={t('dashboard.charts.mix.title', { interval: unit })}
            legend={mixSeries.map((s) => ({ label: s.label, color: s.color }))}
            showTable={showTable}
            table={{
              caption: t('dashboard.charts.mix.caption', { interval: unit }),
              rowHeader: periodHeader,
              columns: [...LOGGED_CHANNELS.map(channelName), t('dashboard.charts.total')],
              rows: rows((p) => [...LOGGED_CHANNELS.map((c) => fmt.count(p.byChannel[c])), fmt.count(p.routed)]),
            }}
          >
            <StackedColumns
              summary={t('dashboard.charts.mix.summary', { interval: unit, count: stats.periods.length, total: fmt.count(total.routed) })}
              labels={labels}
              series={mixSeries}
              format={fmt.count}
            />
          </ChartFrame>
          <ChartFrame
            level={titleLevel}
            id={id('mix-intent')}
            title={t('dashboard.charts.mixByIntent.title')}
            legend={mixSeries.map((s) => ({ label: s.label, color: s.color }))}
            showTable={showTable}
            table={{
              caption: t('dashboard.charts.mixByIntent.caption'),
              rowHeader: t('dashboard.charts.mixByIntent.type'),
              columns: [...LOGGED_CHANNELS.map(channelName), t('dashboard.charts.total')],
              rows: byIntent.map((r) => ({ header: T(`intents.${r.intent}`), cells: [...r.counts.map(fmt.count), fmt.count(total.byIntent[r.intent])] })),
            }}
          >
            <ul class="intent-bars">
              {byIntent.map((r) => {
                const sum = r.counts.reduce((a, b) => a + b, 0);
                let x = 0;
                return (
                  <li key={r.intent}>
                    <span class="intent-name">{T(`intents.${r.intent}`)}</span>
                    <span class="intent-count">{fmt.count(sum)}</span>
                    <svg viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false" aria-hidden="true">
                      {sum > 0 &&
                        LOGGED_CHANNELS.map((c, i) => {
                          const w = (r.counts[i]! / sum) * 100;
                          const rect = w > 0 ? <rect key={c} x={x} width={w} height="10" fill={CHANNEL_COLORS[c]} /> : null;
                          x += w;
                          return rect;
                        })}
                    </svg>
                  </li>
                );
              })}
            </ul>
          </ChartFrame>
        </div>
      </section>

      <section aria-labelledby={labelledBy('targets')}>
        <Heading id={id('targets')}>{t('dashboard.sections.targets')}</Heading>
        <div class="chart-grid">
          <ChartFrame
            level={titleLevel}
            id={id('digital')}
            title={t('dashboard.charts.digital.title')}
            legend={[
              { label: t('dashboard.charts.digital.recommended'), color: LINE_COLORS.first, mark: 'line' },
              { label: t('dashboard.charts.digital.chosen'), color: LINE_COLORS.second, mark: 'dotted' },
              { label: t('dashboard.charts.target', { value: fmt.share(stats.targets.digitalShare) }), color: TARGET_COLOR, mark: 'dashed' },
            ]}
            showTable={showTable}
            table={{
              caption: t('dashboard.charts.digital.caption', { interval: unit }),
              rowHeader: periodHeader,
              columns: [t('dashboard.charts.digital.recommended'), t('dashboard.charts.digital.chosen'), t('dashboard.charts.target', { value: '' }).trim()],
              rows: rows((p) => [fmt.share(p.digitalShare), fmt.share(p.chosenDigitalShare), fmt.share(stats.targets.digitalShare)]),
            }}
          >
            <LineChart
              summary={t('dashboard.charts.digital.summary', { interval: unit, target: fmt.share(stats.targets.digitalShare) })}
              labels={labels}
              series={[
                { key: 'recommended', label: t('dashboard.charts.digital.recommended'), color: LINE_COLORS.first, values: stats.periods.map((p) => p.digitalShare) },
                { key: 'chosen', label: t('dashboard.charts.digital.chosen'), color: LINE_COLORS.second, dashed: true, values: stats.periods.map((p) => p.chosenDigitalShare) },
              ]}
              target={{ value: stats.targets.digitalShare, label: t('dashboard.charts.target', { value: fmt.share(stats.targets.digitalShare) }), color: TARGET_COLOR }}
              format={fmt.share}
              minTop={1}
            />
          </ChartFrame>
          <ChartFrame
            level={titleLevel}
            id={id('applications')}
            title={t('dashboard.charts.applications.title')}
            legend={[
              { label: t('dashboard.charts.applications.recommended'), color: LINE_COLORS.first, mark: 'line' },
              { label: t('dashboard.charts.applications.chosen'), color: LINE_COLORS.second, mark: 'dotted' },
              { label: t('dashboard.charts.target', { value: fmt.share(stats.targets.applications) }), color: TARGET_COLOR, mark: 'dashed' },
            ]}
            showTable={showTable}
            table={{
              caption: t('dashboard.charts.applications.caption', { interval: unit }),
              rowHeader: periodHeader,
              columns: [t('dashboard.charts.applications.recommended'), t('dashboard.charts.applications.chosen'), t('dashboard.charts.target', { value: '' }).trim()],
              rows: rows((p) => [fmt.share(p.applications.share), fmt.share(p.applications.chosenShare), fmt.share(stats.targets.applications)]),
            }}
          >
            <LineChart
              summary={t('dashboard.charts.applications.summary', { interval: unit, target: fmt.share(stats.targets.applications) })}
              labels={labels}
              series={[
                { key: 'recommended', label: t('dashboard.charts.applications.recommended'), color: LINE_COLORS.first, values: stats.periods.map((p) => p.applications.share) },
                { key: 'chosen', label: t('dashboard.charts.applications.chosen'), color: LINE_COLORS.second, dashed: true, values: stats.periods.map((p) => p.applications.chosenShare) },
              ]}
              target={{ value: stats.targets.applications, label: t('dashboard.charts.target', { value: fmt.share(stats.targets.applications) }), color: TARGET_COLOR }}
              format={fmt.share}
              minTop={1}
            />
          </ChartFrame>
        </div>
      </section>

      <section aria-labelledby={labelledBy('money')}>
        <Heading id={id('money')}>{t('dashboard.sections.money')}</Heading>
        <ChartFrame
          level={titleLevel}
          id={id('cost')}
          title={t('dashboard.charts.cost.title')}
          note={t('dashboard.charts.cost.baseline')}
          legend={[
            { label: t('dashboard.charts.cost.estimated'), color: LINE_COLORS.first, mark: 'line' },
            { label: t('dashboard.charts.cost.allByPhone'), color: LINE_COLORS.second, mark: 'dotted' },
          ]}
          showTable={showTable}
          table={{
            caption: t('dashboard.charts.cost.caption', { interval: unit }),
            rowHeader: periodHeader,
            columns: [t('dashboard.charts.cost.estimated'), t('dashboard.charts.cost.allByPhone'), t('dashboard.charts.cost.saving')],
            rows: [
              ...rows((p) => [fmt.kroner(p.cost.estimated), fmt.kroner(p.cost.allByPhone), fmt.kroner(p.cost.saving)]),
              { header: t('dashboard.charts.total'), cells: [fmt.kroner(total.cost.estimated), fmt.kroner(total.cost.allByPhone), fmt.kroner(total.cost.saving)] },
            ],
          }}
        >
          <LineChart
            summary={t('dashboard.charts.cost.summary', { interval: unit, saving: fmt.kroner(total.cost.saving) })}
            labels={labels}
            series={[
              { key: 'estimated', label: t('dashboard.charts.cost.estimated'), color: LINE_COLORS.first, values: stats.periods.map((p) => p.cost.estimated) },
              { key: 'phone', label: t('dashboard.charts.cost.allByPhone'), color: LINE_COLORS.second, dashed: true, values: stats.periods.map((p) => p.cost.allByPhone) },
            ]}
            format={fmt.kroner}
          />
        </ChartFrame>
      </section>

      <section aria-labelledby={labelledBy('quality')}>
        <Heading id={id('quality')}>{t('dashboard.sections.quality')}</Heading>
        <div class="chart-grid">
          <ChartFrame
            level={titleLevel}
            id={id('follow')}
            title={t('dashboard.charts.quality.title')}
            note={`${t('dashboard.charts.quality.followNote')} ${t('dashboard.charts.quality.helpedCounts', { yes: fmt.count(total.helped.yes), no: fmt.count(total.helped.no) })}`}
            legend={[
              { label: t('dashboard.charts.quality.followThrough'), color: LINE_COLORS.first, mark: 'line' },
              { label: t('dashboard.charts.quality.helped'), color: LINE_COLORS.third, mark: 'dotted' },
              { label: t('dashboard.charts.quality.assisted'), color: LINE_COLORS.second, mark: 'line' },
            ]}
            showTable={showTable}
            table={{
              caption: t('dashboard.charts.quality.caption', { interval: unit }),
              rowHeader: periodHeader,
              columns: [t('dashboard.charts.quality.followThrough'), t('dashboard.charts.quality.helped'), t('dashboard.charts.quality.assisted')],
              rows: [
                ...rows((p) => [fmt.share(p.followThrough), fmt.share(p.helped.share), fmt.share(p.assisted.share)]),
                { header: t('dashboard.charts.total'), cells: [fmt.share(total.followThrough), fmt.share(total.helped.share), fmt.share(total.assisted.share)] },
              ],
            }}
          >
            <LineChart
              summary={t('dashboard.charts.quality.summary', { interval: unit })}
              labels={labels}
              series={[
                { key: 'follow', label: t('dashboard.charts.quality.followThrough'), color: LINE_COLORS.first, values: stats.periods.map((p) => p.followThrough) },
                { key: 'helped', label: t('dashboard.charts.quality.helped'), color: LINE_COLORS.third, dashed: true, values: stats.periods.map((p) => p.helped.share) },
                { key: 'assisted', label: t('dashboard.charts.quality.assisted'), color: LINE_COLORS.second, values: stats.periods.map((p) => p.assisted.share) },
              ]}
              format={fmt.share}
              minTop={1}
            />
          </ChartFrame>
          <div class="chart">
            <Title class="chart-title">{t('dashboard.charts.emergencies.title')}</Title>
            <p class="chart-note">{total.emergencies.total > 0 ? t('dashboard.charts.emergencies.total', { count: total.emergencies.total }) : t('dashboard.charts.emergencies.none')}</p>
            {total.emergencies.total > 0 && (
              <BarTable
                caption={t('dashboard.charts.emergencies.caption')}
                labelHeader={t('dashboard.charts.emergencies.kind')}
                valueHeader={t('dashboard.charts.emergencies.count')}
                rows={DANGER_KINDS.map((k) => ({ key: k, label: T(`dangers.${k}`), value: total.emergencies.byKind[k] }))}
                format={fmt.count}
                color={WARNING_BAR_COLOR}
                empty={t('dashboard.charts.emergencies.none')}
              />
            )}
          </div>
        </div>
      </section>

      <section aria-labelledby={labelledBy('contacts')}>
        <Heading id={id('contacts')}>{t('dashboard.sections.contacts')}</Heading>
        <ContactsView stats={stats} interval={interval} topicTitle={topicTitle} i18n={i18n} fmt={fmt} id={id} titleLevel={titleLevel} />
      </section>

      <section aria-labelledby={labelledBy('gaps')}>
        <Heading id={id('gaps')}>{t('dashboard.sections.gaps')}</Heading>
        <div class="chart-grid">
          <div class="chart">
            <Title class="chart-title">{t('dashboard.charts.topics.title')}</Title>
            <BarTable
              caption={t('dashboard.charts.topics.caption')}
              labelHeader={t('dashboard.charts.topics.topic')}
              valueHeader={t('dashboard.charts.topics.count')}
              rows={total.topics.map((r) => ({ key: r.topic, label: topicTitle(r.topic), value: r.count }))}
              format={fmt.count}
              color={BAR_COLOR}
              empty={t('dashboard.charts.topics.none')}
            />
          </div>
          <div class="chart">
            <Title class="chart-title">{t('dashboard.charts.notFound.title')}</Title>
            {filtered ? (
              <p class="chart-note">{t('dashboard.charts.notFound.filtered')}</p>
            ) : (
              <>
                <p class="chart-note">
                  {t('dashboard.charts.notFound.count', { count: total.notFound })} {t('dashboard.charts.notFound.editor')}
                </p>
                <BarTable
                  caption={t('dashboard.charts.notFound.caption')}
                  labelHeader={t('dashboard.charts.notFound.words')}
                  valueHeader={t('dashboard.charts.notFound.times')}
                  rows={stats.notFoundWords.map((w) => ({ key: w.words, label: w.words, value: w.count }))}
                  format={fmt.count}
                  color={BAR_COLOR}
                  empty={t('dashboard.charts.notFound.none')}
                />
              </>
            )}
          </div>
        </div>
      </section>
    </div>
  );
}
