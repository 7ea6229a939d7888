// @vitest-environment jsdom
/**
 * The dashboard's pictures carry real tables of the same numbers the API gave (computed here by
 * the domain's own functions from roll-up rows), and the filter form writes what the address
 * reads back.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { municipalityStats, statsCountsOf } from '../../src/domain/channel-stats.js';
import { createStaffI18n } from '../../src/i18n/create-staff-i18n.js';
import type { ContactRollupRow, RollupRow, StatsFilters } from '../../src/model/stats-api.js';
import { FilterForm } from '../../src/staff/dashboard/filter-form.js';
import { type DashboardFilter, filterSearch, parseFilter } from '../../src/staff/dashboard/filters.js';
import { createFormat } from '../../src/staff/dashboard/format.js';
import { MunicipalityView } from '../../src/staff/dashboard/municipality-view.js';

afterEach(() => cleanup());

const i18n = createStaffI18n('da');
const fmt = createFormat('da', i18n);
/**
 * A municipality's cost model and targets as content gives them (Aarhus's prices and digital
 * target), written out: the content loader reads files relative to its own module, which jsdom's
 * module URLs do not allow.
 */
const AARHUS = {
  costs: { selfservice: 0, selfserviceManual: 19, phone: 31, letter: 52, email: 51, meeting: 57 },
  integratedSelfservice: [],
  targets: { digitalShare: 0.8 },
};
const TITLES: Record<string, string> = { flytning: 'Anmeld flytning', pas: 'Pas' };

const row = (fields: Partial<RollupRow> & Pick<RollupRow, 'day' | 'type' | 'count'>): RollupRow => ({
  municipality: 'aarhus',
  topic: 'flytning',
  intent: 'transaction',
  recommended: null,
  chosen: null,
  kind: null,
  helped: null,
  assisted: false,
  ...fields,
});

const ROWS: RollupRow[] = [
  row({ day: '2026-11-30', type: 'routed', recommended: 'selfservice', count: 30 }),
  row({ day: '2026-11-30', type: 'routed', recommended: 'phone', count: 10, assisted: true }),
  row({ day: '2026-12-02', type: 'routed', topic: 'pas', intent: 'information', recommended: 'web', count: 12 }),
  row({ day: '2026-12-08', type: 'routed', recommended: 'meeting', intent: 'relation', count: 4 }),
  row({ day: '2026-12-08', type: 'followed', recommended: 'selfservice', chosen: 'selfservice', count: 20 }),
  row({ day: '2026-12-08', type: 'helped', helped: true, count: 7 }),
  row({ day: '2026-12-08', type: 'helped', helped: false, count: 2 }),
  row({ day: '2026-12-09', type: 'emergency', topic: null, intent: null, kind: 'fire', count: 3 }),
  row({ day: '2026-12-09', type: 'notFound', topic: null, intent: null, count: 5 }),
];
const RANGE = { from: '2026-11-30', to: '2026-12-13', interval: 'week' as const };
// No assisted contacts in these rows: the contacts section below has its own.
const stats = municipalityStats(
  'aarhus',
  statsCountsOf(ROWS, RANGE, () => AARHUS.integratedSelfservice),
  RANGE,
  AARHUS,
  [{ words: 'kolonihave leje', count: 2 }],
  [],
);

function view(previous = null as typeof stats | null, shown = stats) {
  return render(<MunicipalityView stats={shown} previous={previous} days={14} interval="week" topicTitle={(id) => TITLES[id] ?? id} filtered={false} i18n={i18n} fmt={fmt} idPrefix="t" level={2} />);
}

/** A table's body as text, row by row. */
const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => Array.from(tr.children).map((c) => c.textContent));

describe('the charts’ tables', () => {
  it('the channel mix per week: one row per week, a column per channel, the week’s total', () => {
    view();
    const table = screen.getByRole('table', { name: 'Henvendelser pr. uge efter anbefalet kanal' });
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((c) => c.textContent);
    expect(columns).toEqual(['Periode', 'hjemmeside', 'selvbetjening', 'Min Side', 'Digital Post', 'telefon', 'medbetjening', 'personligt fremmøde', 'I alt']);
    expect(cells(table)).toEqual([
      ['uge 49 (30. nov. – 6. dec. 2026)', '12', '30', '0', '0', '10', '0', '0', '52'],
      ['uge 50 (7. dec. – 13. dec. 2026)', '0', '0', '0', '0', '0', '0', '4', '4'],
    ]);
    // The picture has one stacked segment per non-zero count.
    expect(document.querySelectorAll('[aria-label^="Stablede søjler"] rect').length).toBe(4);
  });

  it('digital share and applications through self-service, each period against the target', () => {
    view();
    const digital = cells(screen.getByRole('table', { name: 'Digital andel pr. uge' }));
    expect(digital[0]).toEqual(['uge 49 (30. nov. – 6. dec. 2026)', fmt.share(42 / 52), '–', fmt.share(stats.targets.digitalShare)]);
    expect(digital[1]![1]).toBe('0\u00a0%');
    const applications = cells(screen.getByRole('table', { name: 'Ansøgninger gennem selvbetjening pr. uge' }));
    expect(applications[0]![1]).toBe(fmt.share(30 / 40));
    // The target is drawn as a dashed line in the picture.
    expect(document.querySelectorAll('line[stroke-dasharray="6 4"]').length).toBeGreaterThanOrEqual(2);
  });

  it('cost and saving are the API’s numbers with their total row, and the baseline is said in words', () => {
    view();
    const rows = cells(screen.getByRole('table', { name: 'Anslået omkostning, grundlinje og besparelse pr. uge' }));
    expect(rows.at(-1)).toEqual(['I alt', fmt.kroner(stats.total.cost.estimated), fmt.kroner(stats.total.cost.allByPhone), fmt.kroner(stats.total.cost.saving)]);
    expect(stats.total.cost.saving).toBeGreaterThan(0);
    expect(screen.getByText(/de samme henvendelser, hvis de alle var taget i telefonen/)).toBeTruthy();
    expect(screen.getByLabelText(/Besparelse i alt/).getAttribute('aria-label')).toContain(fmt.kroner(stats.total.cost.saving));
  });

  it('follow-through, helped, assisted; emergencies; topics; not-found words', () => {
    view();
    const quality = cells(screen.getByRole('table', { name: 'Fulgt, hjulpet og medbetjent pr. uge' }));
    expect(quality.at(-1)).toEqual(['I alt', fmt.share(20 / 56), fmt.share(7 / 9), fmt.share(10 / 56)]);
    expect(
      cells(screen.getByRole('table', { name: 'Nødsituationer vist efter slags' }))
        .find((r) => r[0] === 'brand')
        ?.slice(0, 2),
    ).toEqual(['brand', '3']);
    expect(cells(screen.getByRole('table', { name: 'De ti emner med flest guidede henvendelser' })).map((r) => r.slice(0, 2))).toEqual([
      ['Anmeld flytning', '44'],
      ['Pas', '12'],
    ]);
    expect(screen.getByText(/5 søgninger fandt intet emne/)).toBeTruthy();
    expect(cells(screen.getByRole('table', { name: /Ord fra søgninger uden svar/ }))[0]?.slice(0, 2)).toEqual(['kolonihave leje', '2']);
  });

  it('the headline compares with the period before only when there is one', () => {
    view();
    expect(screen.getAllByText('Ingen tal for perioden før at sammenligne med')).toHaveLength(3);
    cleanup();
    const before = municipalityStats(
      'aarhus',
      statsCountsOf(
        ROWS.map((r) => ({ ...r, count: r.count * 2 })),
        RANGE,
        () => AARHUS.integratedSelfservice,
      ),
      RANGE,
      AARHUS,
      [],
      [],
    );
    view(before);
    expect(document.querySelector('[data-figure=routed] .headline-change')?.textContent).toBe(`ned 50\u00a0% mod de 14 dage før (${fmt.count(112)})`);
  });
});

describe('the assisted contacts', () => {
  const contact = (fields: Partial<ContactRollupRow> & Pick<ContactRollupRow, 'came' | 'count'>): ContactRollupRow => ({
    municipality: 'aarhus',
    day: '2026-12-01',
    topic: 'flytning',
    intent: 'transaction',
    solvedAtFirstContact: true,
    selfServiceWithHelp: false,
    ...fields,
  });
  // All in the first week: the second week has none, so its share is not a number.
  const CONTACTS = [
    contact({ came: 'phone', selfServiceWithHelp: true, count: 3 }),
    contact({ came: 'desk', solvedAtFirstContact: false, count: 1 }),
    contact({ came: 'chat', day: '2026-12-04', topic: 'pas', intent: 'information', count: 2 }),
    contact({ came: 'phone', topic: null, intent: null, solvedAtFirstContact: false, count: 1 }),
  ];
  const withContacts = municipalityStats(
    'aarhus',
    statsCountsOf(ROWS, RANGE, () => AARHUS.integratedSelfservice),
    RANGE,
    AARHUS,
    [],
    CONTACTS,
  );

  it('first-contact resolution per week against the 60 % target, the ways in with self-service with help, and the topics needing help', () => {
    view(null, withContacts);
    expect(screen.getByRole('heading', { level: 2, name: 'Medbetjening' })).toBeTruthy();
    // The queries fold the no-break space of "71 %" into a space, as they fold all white space.
    expect(screen.getByText(`5 af 7 registrerede henvendelser blev løst ved første kontakt (${fmt.share(5 / 7).replace('\u00a0', ' ')}).`)).toBeTruthy();
    const fcr = cells(screen.getByRole('table', { name: 'Straksafklaring pr. uge' }));
    expect(fcr.map((r) => r.slice(1))).toEqual([
      ['7', '5', fmt.share(5 / 7), '60\u00a0%'],
      ['0', '0', '–', '60\u00a0%'],
      ['7', '5', fmt.share(5 / 7), '60\u00a0%'],
    ]);
    expect(fcr.at(-1)?.[0]).toBe('I alt');
    expect(screen.getByLabelText(/Linje: andel af de registrerede henvendelser løst ved første kontakt pr. uge; målet 60\s% er stiplet/)).toBeTruthy();

    const came = cells(screen.getByRole('table', { name: 'Registrerede henvendelser pr. uge efter hvordan borgeren kom' }));
    expect(
      within(screen.getByRole('table', { name: 'Registrerede henvendelser pr. uge efter hvordan borgeren kom' }))
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Periode', 'telefon', 'skranke', 'chat', 'I alt', 'Selvbetjening med hjælp']);
    expect(came.map((r) => r.slice(1))).toEqual([
      ['4', '1', '2', '7', '3'],
      ['0', '0', '0', '0', '0'],
      ['4', '1', '2', '7', '3'],
    ]);
    expect(screen.getByText('I 3 af de 7 henvendelser lavede borgeren selv selvbetjeningen med hjælp.')).toBeTruthy();

    // The contact with no topic is counted above but not among the topics.
    expect(cells(screen.getByRole('table', { name: 'De ti emner med flest registrerede henvendelser' })).map((r) => r.slice(0, 2))).toEqual([
      ['Anmeld flytning', '4'],
      ['Pas', '2'],
    ]);
    expect(screen.queryByText('Der er ikke registreret henvendelser med medbetjening i perioden.')).toBeNull();
  });

  it('a period without registered contacts says so in words, with no charts or tables', () => {
    view();
    const section = screen.getByRole('region', { name: 'Medbetjening' });
    expect(within(section).getByText('Der er ikke registreret henvendelser med medbetjening i perioden.')).toBeTruthy();
    expect(section.querySelectorAll('svg, table')).toHaveLength(0);
  });
});

describe('the filter form and the address', () => {
  const choices: StatsFilters = {
    municipalities: [
      { slug: 'aarhus', name: { da: 'Aarhus Kommune', en: 'Aarhus Municipality' } },
      { slug: 'demo', name: { da: 'Kanalby Kommune', en: 'Kanalby Municipality' } },
    ],
    topics: [
      { id: 'flytning', title: { da: 'Anmeld flytning', en: 'Report a move' } },
      { id: 'pas', title: { da: 'Pas', en: 'Passport' } },
    ],
  };
  const known = { topics: new Set(['flytning', 'pas']), municipalities: ['aarhus', 'demo'] };
  const TODAY = '2026-12-06';

  function form(search: string) {
    const onApply = vi.fn<(f: DashboardFilter) => void>();
    const { filter } = parseFilter(search, TODAY, known);
    render(<FilterForm filter={filter} choices={choices} today={TODAY} exportHref="/api/export.csv" onApply={onApply} i18n={i18n} lang="da" />);
    return onApply;
  }

  it('shows the address’s filter and writes the chosen one back to an address that reads the same', () => {
    const onApply = form('?municipality=aarhus&range=30d&intent=transaction');
    expect((screen.getByLabelText('Kommune') as HTMLSelectElement).value).toBe('aarhus');
    expect((screen.getByLabelText('Periode') as HTMLSelectElement).value).toBe('30d');
    expect((screen.getByLabelText('Henvendelsestype') as HTMLSelectElement).value).toBe('transaction');
    fireEvent.change(screen.getByLabelText('Emne'), { target: { value: 'pas' } });
    fireEvent.change(screen.getByLabelText('Kommune'), { target: { value: '*' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vis' }));
    const applied = onApply.mock.calls[0]![0];
    expect(filterSearch(applied)).toBe('?municipality=*&range=30d&topic=pas&intent=transaction');
    expect(parseFilter(filterSearch(applied), TODAY, known).filter).toEqual(applied);
  });

  it('own dates: the fields start from the range shown; a reversed or missing range is said in words and not applied', () => {
    const onApply = form('?range=month');
    fireEvent.change(screen.getByLabelText('Periode'), { target: { value: 'custom' } });
    expect((screen.getByLabelText('Fra og med') as HTMLInputElement).value).toBe('2026-12-01');
    fireEvent.input(screen.getByLabelText('Fra og med'), { target: { value: '2026-12-05' } });
    fireEvent.input(screen.getByLabelText('Til og med'), { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vis' }));
    expect(screen.getByRole('alert').textContent).toBe('Til-datoen må ikke ligge før fra-datoen.');
    fireEvent.input(screen.getByLabelText('Til og med'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vis' }));
    expect(screen.getByRole('alert').textContent).toBe('Skriv både en fra- og en til-dato.');
    expect(onApply).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Til og med'), { target: { value: '2026-12-06' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vis' }));
    expect(filterSearch(onApply.mock.calls[0]![0])).toBe('?from=2026-12-05&to=2026-12-06');
  });
});
