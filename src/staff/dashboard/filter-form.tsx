/**
 * The filters: period (a preset or own dates), topic, inquiry type and, for operators, the
 * municipality or all of them side by side. Applied with the button, not on every change, so a
 * keyboard user can set several before the page changes. The CSV link always carries the filter
 * shown.
 */
import type { i18n } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { ALL_MUNICIPALITIES, type StatsFilters } from '../../model/stats-api.js';
import { INTENTS, type Intent } from '../../model/vocabulary.js';
import type { StaffLang } from '../../i18n/create-staff-i18n.js';
import { type DashboardFilter, type Preset, PRESETS, presetRange } from './filters.js';

export interface FilterFormProps {
  filter: DashboardFilter;
  choices: StatsFilters;
  today: string;
  exportHref: string;
  onApply: (filter: DashboardFilter) => void;
  i18n: i18n;
  lang: StaffLang;
}

type RangeChoice = Preset | 'custom';

export function FilterForm({ filter, choices, today, exportHref, onApply, i18n, lang }: FilterFormProps) {
  const t = i18n.t.bind(i18n);
  const [range, setRange] = useState<RangeChoice>(filter.preset ?? 'custom');
  const [from, setFrom] = useState(filter.from);
  const [to, setTo] = useState(filter.to);
  const [topic, setTopic] = useState(filter.topic ?? '');
  const [intent, setIntent] = useState(filter.intent ?? '');
  const [municipality, setMunicipality] = useState(filter.municipality ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  // Back and forward move the address: the form shows what the page shows.
  useEffect(() => {
    setRange(filter.preset ?? 'custom');
    setFrom(filter.from);
    setTo(filter.to);
    setTopic(filter.topic ?? '');
    setIntent(filter.intent ?? '');
    setMunicipality(filter.municipality ?? '');
    setProblem(null);
  }, [filter]);

  const chooseRange = (value: RangeChoice) => {
    setRange(value);
    // Own dates start from the range shown, which is easier to adjust than empty fields.
    if (value === 'custom') return;
    const dates = presetRange(value, today);
    setFrom(dates.from);
    setTo(dates.to);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (range === 'custom') {
      if (!from || !to) return setProblem(t('dashboard.filters.dateMissing'));
      if (from > to) return setProblem(t('dashboard.filters.dateOrder'));
    }
    setProblem(null);
    const dates = range === 'custom' ? { from, to } : presetRange(range, today);
    onApply({ preset: range === 'custom' ? null : range, ...dates, topic: topic || null, intent: (intent || null) as Intent | null, municipality: municipality || null });
  };

  const topics = [...choices.topics].sort((a, b) => a.title[lang].localeCompare(b.title[lang], lang));
  const compare = choices.municipalities.length > 1;
  return (
    <form class="filters" onSubmit={submit} aria-labelledby="filters-legend">
      <h2 id="filters-legend" class="filters-legend">
        {t('dashboard.filters.legend')}
      </h2>
      <div class="filters-fields">
        {compare && (
          <div class="form-group">
            <label class="form-label" for="filter-municipality">
              {t('dashboard.filters.municipality')}
            </label>
            <select class="form-select" id="filter-municipality" value={municipality || ALL_MUNICIPALITIES} onChange={(e) => setMunicipality(e.currentTarget.value)}>
              <option value={ALL_MUNICIPALITIES}>{t('dashboard.filters.allMunicipalities')}</option>
              {choices.municipalities.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.name[lang]}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="form-group">
          <label class="form-label" for="filter-range">
            {t('dashboard.filters.range')}
          </label>
          <select class="form-select" id="filter-range" value={range} onChange={(e) => chooseRange(e.currentTarget.value as RangeChoice)}>
            {PRESETS.map((p) => (
              <option key={p} value={p}>
                {t(`dashboard.filters.presets.${p}`)}
              </option>
            ))}
            <option value="custom">{t('dashboard.filters.presets.custom')}</option>
          </select>
        </div>
        {range === 'custom' && (
          <>
            <div class="form-group">
              <label class="form-label" for="filter-from">
                {t('dashboard.filters.from')}
              </label>
              <input
                class="form-input"
                type="date"
                id="filter-from"
                value={from}
                max={today}
                aria-describedby={problem ? 'filter-problem' : undefined}
                onInput={(e) => setFrom(e.currentTarget.value)}
              />
            </div>
            <div class="form-group">
              <label class="form-label" for="filter-to">
                {t('dashboard.filters.to')}
              </label>
              <input class="form-input" type="date" id="filter-to" value={to} aria-describedby={problem ? 'filter-problem' : undefined} onInput={(e) => setTo(e.currentTarget.value)} />
            </div>
          </>
        )}
        <div class="form-group">
          <label class="form-label" for="filter-topic">
            {t('dashboard.filters.topic')}
          </label>
          <select class="form-select" id="filter-topic" value={topic} onChange={(e) => setTopic(e.currentTarget.value)}>
            <option value="">{t('dashboard.filters.allTopics')}</option>
            {topics.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.title[lang]}
              </option>
            ))}
          </select>
        </div>
        <div class="form-group">
          <label class="form-label" for="filter-intent">
            {t('dashboard.filters.intent')}
          </label>
          <select class="form-select" id="filter-intent" value={intent} onChange={(e) => setIntent(e.currentTarget.value)}>
            <option value="">{t('dashboard.filters.allIntents')}</option>
            {INTENTS.map((i) => (
              <option key={i} value={i}>
                {t(`intents.${i}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="filters-apply">
          <button type="submit" class="button button-primary">
            {t('dashboard.filters.apply')}
          </button>
        </div>
      </div>
      {problem && (
        <p id="filter-problem" class="form-error-message" role="alert">
          {problem}
        </p>
      )}
      <p class="filters-export">
        <a href={exportHref} download>
          {t('dashboard.filters.export')}
        </a>
        <span class="form-hint">{t('dashboard.filters.exportHint')}</span>
      </p>
    </form>
  );
}
