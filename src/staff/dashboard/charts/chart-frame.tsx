/**
 * What every chart shares: a figure with its heading and a sentence saying what it shows, the
 * picture, a legend in words, and the same numbers as a real table behind a disclosure (screen
 * readers and copying).
 */
import type { ComponentChildren } from 'preact';

export interface LegendItem {
  label: string;
  color: string;
  /** How the series is drawn: a filled swatch (bars), a line, a dotted line, or the target's dashes. */
  mark?: 'swatch' | 'line' | 'dotted' | 'dashed';
}

/** The same dash patterns the line chart draws with. */
const DASHES: Record<string, string | undefined> = { line: undefined, dotted: '2 3', dashed: '6 4' };

export interface TableData {
  caption: string;
  /** The first column's heading (the period, the topic …). */
  rowHeader: string;
  columns: string[];
  rows: Array<{ header: string; cells: string[] }>;
}

export function ChartFrame(props: { id: string; title: string; level: 3 | 4; note?: ComponentChildren; legend?: LegendItem[]; table: TableData; showTable: string; children: ComponentChildren }) {
  const Title = `h${props.level}` as 'h3' | 'h4';
  return (
    <figure class="chart" aria-labelledby={`${props.id}-title`}>
      <Title id={`${props.id}-title`} class="chart-title">
        {props.title}
      </Title>
      {props.note && <p class="chart-note">{props.note}</p>}
      <div class="chart-picture">{props.children}</div>
      {props.legend && props.legend.length > 0 && (
        <ul class="chart-legend">
          {props.legend.map((item) => (
            <li key={item.label}>
              <svg width="18" height="12" aria-hidden="true" focusable="false">
                {(item.mark ?? 'swatch') === 'swatch' ? (
                  <rect width="18" height="12" fill={item.color} />
                ) : (
                  <line x1="0" y1="6" x2="18" y2="6" stroke={item.color} stroke-width="2.5" stroke-dasharray={DASHES[item.mark!]} />
                )}
              </svg>
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <details class="chart-table">
        <summary>{props.showTable}</summary>
        <DataTable table={props.table} />
      </details>
    </figure>
  );
}

export function DataTable({ table }: { table: TableData }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={table.caption}>
      <table class="table table--compact">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((c) => (
              <th scope="col" class="num" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.header}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, i) => (
                <td class="num" key={i}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
