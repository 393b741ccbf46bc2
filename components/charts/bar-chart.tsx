// A vertical bar chart drawn on the server as SVG: bars from a zero baseline on a "nice"
// axis (lib/charts/scale.ts), each value written above its bar, the labels below. The SVG is
// one image to assistive technology (role="img", named by its title and described by a
// summary of the values); the data table beside it gives the same numbers to everyone.
// No inline style (the CSP forbids it): sizes are attributes, colours are classes, so that
// forced-colours mode can map them onto system colours (app/globals.css, "charts").
import { niceTicks, scaleLinear } from "@/lib/charts/scale";
import { formatFixed, formatNumber } from "@/lib/i18n/format-number";

export type BarChartPoint = { label: string; value: number };

type Props = {
  /** Prefix of the ids the title and description get; unique on the page. */
  id: string;
  title: string;
  description: string;
  points: readonly BarChartPoint[];
  /** Counts: keep the axis steps whole. */
  integer?: boolean;
};

// The drawing's own units; the SVG scales to its container (viewBox). Narrow enough that
// 15-unit text stays about 15 px on a 400 px wide screen (and about 20 px at its widest).
const WIDTH = 360;
const HEIGHT = 240;
const TOP = 24;
const BOTTOM = 30;
const RIGHT = 8;
const FONT = 15;
/** About the width of one digit at FONT, for spacing labels. */
const CHAR = 9;

export function BarChart({ id, title, description, points, integer = false }: Props) {
  const ticks = niceTicks(Math.max(0, ...points.map((point) => point.value)), { integer });
  const tickLabels = ticks.values.map((value) => formatFixed(value, ticks.decimals));
  const left = Math.max(28, Math.ceil(Math.max(...tickLabels.map((label) => label.length)) * CHAR) + 10);
  const plotWidth = WIDTH - left - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const baseline = TOP + plotHeight;
  const y = scaleLinear(ticks.max, plotHeight);
  const band = plotWidth / Math.max(1, points.length);
  const barWidth = Math.min(56, band * 0.62);
  const valueLabels = points.map((point) => formatNumber(point.value));
  // Labels that would touch their neighbours are left out here; the table has them all.
  const showValues = Math.max(...valueLabels.map((label) => label.length)) * CHAR + 4 <= band;
  const labelEvery = Math.max(1, Math.ceil((Math.max(...points.map((point) => point.label.length)) * CHAR + 6) / band));
  const titleId = `${id}-titel`;
  const descriptionId = `${id}-beschrijving`;

  return (
    <svg
      className="bar-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${titleId} ${descriptionId}`}
      focusable="false"
    >
      <title id={titleId}>{title}</title>
      <desc id={descriptionId}>{description}</desc>
      <g className="bar-chart__axis" fontSize={FONT}>
        {ticks.values.map((value, index) => {
          const at = baseline - y(value);
          return (
            <g key={value}>
              {index > 0 && <line className="bar-chart__grid" x1={left} x2={WIDTH - RIGHT} y1={at} y2={at} />}
              <text className="bar-chart__tick" x={left - 6} y={at} dy="0.35em" textAnchor="end">
                {tickLabels[index]}
              </text>
            </g>
          );
        })}
      </g>
      <g className="bar-chart__bars">
        {points.map((point, index) => {
          const height = y(point.value);
          const x = left + index * band + (band - barWidth) / 2;
          const middle = x + barWidth / 2;
          return (
            <g key={point.label}>
              <rect className="bar-chart__bar" x={x} y={baseline - height} width={barWidth} height={height} />
              {showValues && (
                <text
                  className="bar-chart__value"
                  x={middle}
                  y={baseline - height - 6}
                  textAnchor="middle"
                  fontSize={FONT}
                >
                  {valueLabels[index]}
                </text>
              )}
              {index % labelEvery === 0 && (
                <text className="bar-chart__label" x={middle} y={baseline + 20} textAnchor="middle" fontSize={FONT}>
                  {point.label}
                </text>
              )}
            </g>
          );
        })}
      </g>
      <line className="bar-chart__baseline" x1={left} x2={WIDTH - RIGHT} y1={baseline} y2={baseline} />
    </svg>
  );
}
