/**
 * Lines over the periods, with an optional target drawn across as a dashed line and named at its
 * end. A period without a value (nothing to divide by) breaks the line rather than drawing zero.
 */
import { labelEvery, niceTicks } from './scale.js';
import { useWidth } from './use-width.js';
import { ValueGrid } from './value-grid.js';

export interface LineSeries {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
  values: Array<number | null>;
}

export interface LineChartProps {
  summary: string;
  labels: string[];
  series: LineSeries[];
  target?: { value: number; label: string; color: string };
  format: (value: number) => string;
  /** The axis's top at least this (1 for shares: the whole scale); it grows with the data. */
  minTop?: number;
  height?: number;
}

const MARGIN = { top: 12, right: 10, bottom: 28, left: 56 };

/** Runs of consecutive values, each a polyline; nulls split them. */
function runs(values: Array<number | null>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) out.push(current);
      current = [];
    } else current.push([i, v]);
  });
  if (current.length) out.push(current);
  return out;
}

export function LineChart({ summary, labels, series, target, format, minTop = 0, height = 220 }: LineChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = niceTicks(Math.max(minTop, target?.value ?? 0, ...values));
  const top = ticks.at(-1)!;
  const plotW = Math.max(width - MARGIN.left - MARGIN.right, 10);
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const step = labels.length > 1 ? plotW / (labels.length - 1) : 0;
  const x = (i: number) => MARGIN.left + (labels.length > 1 ? i * step : plotW / 2);
  const y = (v: number) => MARGIN.top + plotH - (v / top) * plotH;
  const every = labelEvery(labels.length, plotW, 44);
  return (
    <div ref={ref} class="chart-canvas">
      <svg width={width} height={height} role="img" aria-label={summary}>
        <ValueGrid ticks={ticks} left={MARGIN.left} right={width - MARGIN.right} y={y} format={format} />
        {labels.map((label, i) =>
          i % every === 0 ? (
            <text key={label} x={x(i)} y={height - 8} text-anchor="middle" class="chart-axis">
              {label}
            </text>
          ) : null,
        )}
        {target && (
          <g>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(target.value)} y2={y(target.value)} stroke={target.color} stroke-width="2" stroke-dasharray="6 4" />
            <text x={width - MARGIN.right} y={y(target.value) - 5} text-anchor="end" class="chart-axis chart-target">
              {target.label}
            </text>
          </g>
        )}
        {series.map((s) =>
          runs(s.values).map((run, r) =>
            run.length === 1 ? (
              <circle key={`${s.key}-${r}`} cx={x(run[0]![0])} cy={y(run[0]![1])} r="3" fill={s.color} />
            ) : (
              <polyline
                key={`${s.key}-${r}`}
                points={run.map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
                fill="none"
                stroke={s.color}
                stroke-width="2.5"
                stroke-dasharray={s.dashed ? '2 3' : undefined}
                stroke-linejoin="round"
              />
            ),
          ),
        )}
        <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(0)} y2={y(0)} stroke="#3d3d3d" />
      </svg>
    </div>
  );
}
