/**
 * The channel manager's dashboard (/staff/): the filter from the address, the statistics for it
 * and for the period of the same length before, and one municipality's pictures or all of them
 * side by side. A manager sees their own municipality; the server refuses any other (403).
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import './dashboard.css';
import { localTime } from '../../domain/copenhagen-time.js';
import { ALL_MUNICIPALITIES, daysInRange, type MunicipalityStats, type StatsFilters, type StatsResponse } from '../../model/stats-api.js';
import { ApiError, type ApiFailure, exportHref, fetchFilters, fetchStats, type StatsRequest } from '../shell/api-client.js';
import type { StaffPageProps } from '../shell/route-table.js';
import { CompareView } from './compare-view.js';
import { FilterForm } from './filter-form.js';
import { type DashboardFilter, filterSearch, type FilterNotice, intervalFor, parseFilter, previousRange, shownMunicipality } from './filters.js';
import { createFormat } from './format.js';
import { MunicipalityView } from './municipality-view.js';

/** User Timing names: the time from the statistics' answer to the dashboard drawn (the benchmark reads them). */
export const STATS_ANSWERED = 'kanalguide:stats-answered';
export const DASHBOARD_RENDERED = 'kanalguide:dashboard-render';

type Loaded = { kind: 'loading' } | { kind: 'failed'; failure: ApiFailure } | { kind: 'ready'; key: string; stats: StatsResponse; previous: StatsResponse | null };

const failureOf = (e: unknown): ApiFailure => (e instanceof ApiError ? e.failure : { kind: 'server', message: e instanceof Error ? e.message : String(e) });

/**
 * Whether the period before has numbers to compare with: its first two weeks hold routed
 * decisions. A period the log only partly covers (the log began within it) would compare a
 * fraction of a period with a whole one.
 */
function hasData(previous: MunicipalityStats): boolean {
  return previous.periods.slice(0, 2).reduce((sum, p) => sum + p.routed, 0) > 0;
}

export function Page({ i18n, lang }: StaffPageProps) {
  const t = i18n.t.bind(i18n);
  const T = i18n.t.bind(i18n) as (key: string, options?: Record<string, unknown>) => string;
  const fmt = useMemo(() => createFormat(lang, i18n), [lang, i18n]);
  const today = useMemo(() => localTime(new Date()).date, []);
  const [choices, setChoices] = useState<StatsFilters | null>(null);
  const [choicesFailure, setChoicesFailure] = useState<ApiFailure | null>(null);
  const [search, setSearch] = useState(location.search);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    fetchFilters().then(setChoices, (e: unknown) => setChoicesFailure(failureOf(e)));
    const onPop = () => setSearch(location.search);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const parsed = useMemo(
    () => (choices ? parseFilter(search, today, { topics: new Set(choices.topics.map((c) => c.id)), municipalities: choices.municipalities.map((m) => m.slug) }) : null),
    [choices, search, today],
  );
  const request: StatsRequest | null = useMemo(() => {
    if (!parsed || !choices) return null;
    const { filter } = parsed;
    return {
      municipality: shownMunicipality(filter, { topics: new Set(), municipalities: choices.municipalities.map((m) => m.slug) }),
      from: filter.from,
      to: filter.to,
      interval: intervalFor(filter.from, filter.to),
      topic: filter.topic ?? undefined,
      intent: filter.intent ?? undefined,
    };
  }, [parsed, choices]);
  const key = request ? `${request.municipality}|${request.from}|${request.to}|${request.topic ?? ''}|${request.intent ?? ''}` : '';

  useEffect(() => {
    if (!request) return;
    const abort = new AbortController();
    setLoaded({ kind: 'loading' });
    const before = previousRange(request.from, request.to);
    Promise.all([
      fetchStats(request, abort.signal),
      // The comparison is a nicety: when it cannot be had, the page shows none rather than failing.
      fetchStats({ ...request, ...before, interval: 'week' }, abort.signal).catch(() => null),
    ]).then(
      ([stats, previous]) => {
        if (abort.signal.aborted) return;
        performance.clearMarks(STATS_ANSWERED);
        performance.mark(STATS_ANSWERED);
        setLoaded({ kind: 'ready', key, stats, previous });
      },
      (e: unknown) => !abort.signal.aborted && setLoaded({ kind: 'failed', failure: failureOf(e) }),
    );
    return () => abort.abort();
  }, [key]);

  // Measured after the DOM is written and the next frame is painted.
  useLayoutEffect(() => {
    if (loaded.kind !== 'ready') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.clearMeasures(DASHBOARD_RENDERED);
        performance.measure(DASHBOARD_RENDERED, STATS_ANSWERED);
      }, 0),
    );
  }, [loaded]);

  const apply = (filter: DashboardFilter) => {
    const next = filterSearch(filter);
    history.pushState(null, '', `${location.pathname}${next}`);
    setSearch(next);
  };

  const municipalityName = (slug: string) => choices?.municipalities.find((m) => m.slug === slug)?.name[lang] ?? slug;
  const topicTitle = (id: string) => choices?.topics.find((c) => c.id === id)?.title[lang] ?? id;
  const failureText = (f: ApiFailure) => {
    switch (f.kind) {
      case 'unauthenticated':
        return t('dashboard.sessionEnded');
      case 'forbidden':
        return t('dashboard.forbidden', { reason: f.message });
      case 'invalid':
        return t('dashboard.invalid', { reason: f.messages.join('; ') });
      case 'server':
        return t('dashboard.failed', { reason: f.message });
    }
  };

  if (choicesFailure)
    return (
      <>
        <h1>{t('dashboard.heading')}</h1>
        <Failure text={failureText(choicesFailure)} />
      </>
    );
  if (!choices || !parsed || !request) return <p role="status">{t('dashboard.loading')}</p>;

  const { filter, notices } = parsed;
  const comparing = request.municipality === ALL_MUNICIPALITIES;
  const days = daysInRange(request.from, request.to);
  const filtered = request.topic !== undefined || request.intent !== undefined;
  const only = [request.topic && topicTitle(request.topic), request.intent && T(`intents.${request.intent}`)].filter(Boolean).join(', ');
  const previousOf = (slug: string): MunicipalityStats | null => {
    if (loaded.kind !== 'ready' || !loaded.previous) return null;
    const found = loaded.previous.municipalities.find((m) => m.municipality === slug);
    return found && hasData(found) ? found : null;
  };

  return (
    // Ready only for the filter in the address: after Back or a new filter, the figures on screen
    // until the new ones come are the old view's (tests and scripts wait on this).
    <div class="dashboard" data-state={loaded.kind === 'ready' && loaded.key !== key ? 'loading' : loaded.kind} data-municipality={request.municipality}>
      <h1>{comparing ? t('dashboard.heading') : t('dashboard.headingFor', { name: municipalityName(request.municipality) })}</h1>
      <p class="dashboard-intro">{t('dashboard.intro')}</p>
      {notices.length > 0 && <Notices notices={notices} i18n={i18n} />}
      <FilterForm filter={filter} choices={choices} today={today} exportHref={exportHref(request)} onApply={apply} i18n={i18n} lang={lang} />
      <p class="dashboard-period" aria-live="polite">
        {comparing && <strong>{t('dashboard.comparing')}. </strong>}
        {t('dashboard.period', { from: fmt.date(request.from), to: fmt.date(request.to) })}
        {only && `. ${t('dashboard.filteredBy', { what: only })}`}
      </p>
      {loaded.kind === 'loading' && <p role="status">{t('dashboard.loading')}</p>}
      {loaded.kind === 'failed' && <Failure text={failureText(loaded.failure)} />}
      {loaded.kind === 'ready' && loaded.key === key && (
        <>
          {loaded.stats.municipalities.every((m) => m.total.routed === 0 && m.total.notFound === 0) && <p class="dashboard-empty">{t('dashboard.noData')}</p>}
          {comparing ? (
            <CompareView
              all={loaded.stats.municipalities}
              previous={
                new Map(
                  loaded.stats.municipalities.flatMap((m) => {
                    const p = previousOf(m.municipality);
                    return p ? [[m.municipality, p] as const] : [];
                  }),
                )
              }
              name={municipalityName}
              days={days}
              interval={loaded.stats.query.interval}
              topicTitle={topicTitle}
              filtered={filtered}
              i18n={i18n}
              fmt={fmt}
            />
          ) : (
            loaded.stats.municipalities.map((m) => (
              <MunicipalityView
                key={m.municipality}
                stats={m}
                previous={previousOf(m.municipality)}
                days={days}
                interval={loaded.stats.query.interval}
                topicTitle={topicTitle}
                filtered={filtered}
                i18n={i18n}
                fmt={fmt}
                idPrefix={`m-${m.municipality}`}
                level={2}
              />
            ))
          )}
        </>
      )}
    </div>
  );
}

function Failure({ text }: { text: string }) {
  return (
    <div class="alert alert-error" role="alert">
      <div class="alert-body">
        <p class="alert-text">{text}</p>
      </div>
    </div>
  );
}

function Notices({ notices, i18n }: { notices: FilterNotice[]; i18n: StaffPageProps['i18n'] }) {
  const t = i18n.t.bind(i18n);
  return (
    <div class="alert alert-warning" role="status">
      <div class="alert-body">
        <h2 class="alert-heading">{t('dashboard.notices.heading')}</h2>
        <ul class="alert-text">
          {notices.map((n) => (
            <li key={`${n.parameter}-${n.problem}`}>{t(`dashboard.notices.${n.problem}`, { parameter: t(`parameters.${n.parameter}`), value: n.value })}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
