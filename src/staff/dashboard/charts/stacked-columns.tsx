/**
 * Stacked columns, one per period (the channel mix per week): each series a colour, the stack the
 * period's total. Drawn at the container's pixel width; a thin white gap separates the segments so
 * neighbouring colours stay apart.
 */
import { labelEvery, niceTicks } from './scale.js';
import { useWidth } from './use-width.js';
import { ValueGrid } from './value-grid.js';

export interface Series {
  key: string;
  label: string;
  color: string;
  values: number[];
}

export interface StackedColumnsProps {
  /** A short sentence for screen readers: what the picture shows. */
  summary: string;
  labels: string[];
  series: Series[];
  format: (value: number) => string;
  height?: number;
}

const MARGIN = { top: 10, right: 8, bottom: 28, left: 48 };

export function StackedColumns({ summary, labels, series, format, height = 240 }: StackedColumnsProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const ticks = niceTicks(Math.max(0, ...totals));
  const top = ticks.at(-1)!;
  const plotW = Math.max(width - MARGIN.left - MARGIN.right, 10);
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const slot = plotW / Math.max(labels.length, 1);
  const barW = Math.max(slot * 0.75, 1);
  const y = (v: number) => MARGIN.top + plotH - (v / top) * plotH;
  const every = labelEvery(labels.length, plotW, 44);
  return (
    <div ref={ref} class="chart-canvas">
      <svg width={width} height={height} role="img" aria-label={summary}>
        <ValueGrid ticks={ticks} left={MARGIN.left} right={width - MARGIN.right} y={y} format={format} />
        {labels.map((label, i) => {
          let base = 0;
          const x = MARGIN.left + i * slot + (slot - barW) / 2;
          return (
            <g key={label}>
              {series.map((s) => {
                const v = s.values[i] ?? 0;
                if (v <= 0) return null;
                const rect = <rect key={s.key} x={x} width={barW} y={y(base + v)} height={Math.max(y(base) - y(base + v), 0.5)} fill={s.color} stroke="#fff" stroke-width={barW > 4 ? 0.75 : 0} />;
                base += v;
                return rect;
              })}
              {i % every === 0 && (
                <text x={x + barW / 2} y={height - 8} text-anchor="middle" class="chart-axis">
                  {label}
                </text>
              )}
            </g>
          );
        })}
        <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} stroke="#3d3d3d" />
      </svg>
    </div>
  );
}
