/** The horizontal grid lines of a chart's value axis, each with its value written at the left. */
interface Props {
  ticks: number[];
  /** Where the plot starts and ends across the picture. */
  left: number;
  right: number;
  y: (value: number) => number;
  format: (value: number) => string;
}

export function ValueGrid({ ticks, left, right, y, format }: Props) {
  return (
    <>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={right} y1={y(t)} y2={y(t)} stroke="#d6d6d6" />
          <text x={left - 6} y={y(t) + 4} text-anchor="end" class="chart-axis">
            {format(t)}
          </text>
        </g>
      ))}
    </>
  );
}
