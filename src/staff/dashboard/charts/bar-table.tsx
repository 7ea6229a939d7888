/**
 * A ranked list as a real table with a bar in each row (topics most routed, searches that found
 * nothing, emergencies by kind): the numbers are the table, the bars make the ranking visible at
 * a glance. The bars are SVG attributes, not inline styles (style-src 'self').
 */
export interface BarRow {
  key: string;
  label: string;
  value: number;
}

export function BarTable(props: { caption: string; labelHeader: string; valueHeader: string; rows: BarRow[]; format: (n: number) => string; color: string; empty: string }) {
  const max = Math.max(1, ...props.rows.map((r) => r.value));
  if (props.rows.length === 0) return <p class="chart-empty">{props.empty}</p>;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={props.caption}>
      <table class="table table--compact bar-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.labelHeader}</th>
            <th scope="col" class="num">
              {props.valueHeader}
            </th>
            <td aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td class="num">{props.format(row.value)}</td>
              <td class="bar-cell" aria-hidden="true">
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                  <rect width={(row.value / max) * 100} height="10" fill={props.color} />
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
