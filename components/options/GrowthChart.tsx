import { useId } from 'preact/hooks';
import { AREAS, AREA_LABELS } from '../../utils/tips/areas';
import { areaTotals, weekLabel, type GrowthSeries } from '../../utils/growth';

/** Layout of the small multiples: one panel per area, two columns, shared vertical scale. */
const WIDTH = 680;
const COLUMNS = 2;
const GUTTER = 28;
const PANEL_WIDTH = (WIDTH - GUTTER) / COLUMNS;
const LABEL_HEIGHT = 20;
const BARS_HEIGHT = 52;
const AXIS_HEIGHT = 16;
const ROW_GAP = 14;
const ROW_HEIGHT = LABEL_HEIGHT + BARS_HEIGHT + AXIS_HEIGHT + ROW_GAP;

/** A round maximum for the shared scale, so bars of equal value look equal across panels. */
export function niceMax(value: number): number {
  if (value <= 4) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

export interface GrowthChartProps {
  series: GrowthSeries;
}

/**
 * Ten small bar charts, one per area: for each of the last weeks, a pale bar for tips met and a strong bar for
 * tips acted on. Drawn by hand in SVG; the same numbers are in the table that follows it.
 */
export function GrowthChart({ series }: GrowthChartProps) {
  const id = useId();
  const totals = areaTotals(series);
  const weeks = series.weeks.length;
  const max = niceMax(Math.max(0, ...AREAS.flatMap((area) => series.areas[area].met.concat(series.areas[area].acted))));
  const rows = Math.ceil(AREAS.length / COLUMNS);
  const height = rows * ROW_HEIGHT - ROW_GAP;
  const slot = PANEL_WIDTH / weeks;
  const barWidth = Math.max(2, (slot - 4) / 2);
  const y = (value: number) => LABEL_HEIGHT + BARS_HEIGHT - (value / max) * BARS_HEIGHT;

  const metTotal = series.totals.met.reduce((a, b) => a + b, 0);
  const actedTotal = series.totals.acted.reduce((a, b) => a + b, 0);
  const busiest = [...AREAS].sort((a, b) => totals[b].acted - totals[a].acted || totals[b].met - totals[a].met)[0]!;
  const summary =
    metTotal === 0
      ? `No tips met in the last ${weeks} weeks yet.`
      : `In the last ${weeks} weeks you met ${metTotal} tips and acted on ${actedTotal}. Most active area: ${AREA_LABELS[busiest]}.`;

  return (
    <figure class="op-chart">
      <div class="op-legend" aria-hidden="true">
        <span class="op-legend-item">
          <span class="op-swatch op-swatch-met" /> Met (shown to you)
        </span>
        <span class="op-legend-item">
          <span class="op-swatch op-swatch-acted" /> Acted on (helpful or done)
        </span>
        <span class="op-legend-item op-hint">Scale: 0–{max} a week</span>
      </div>
      <svg
        class="op-chart-svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="growth-chart"
      >
        <title id={`${id}-title`}>Tips met and acted on per week, by area</title>
        <desc id={`${id}-desc`}>{summary} The table below lists every number.</desc>
        {AREAS.map((area, index) => {
          const x0 = (index % COLUMNS) * (PANEL_WIDTH + GUTTER);
          const y0 = Math.floor(index / COLUMNS) * ROW_HEIGHT;
          const data = series.areas[area];
          return (
            <g transform={`translate(${x0} ${y0})`} data-area={area}>
              <text class="op-chart-label" x={0} y={13}>
                {AREA_LABELS[area]}
              </text>
              <text class="op-chart-total" x={PANEL_WIDTH} y={13} text-anchor="end">
                {totals[area].met} met · {totals[area].acted} acted
              </text>
              <line class="op-chart-grid" x1={0} x2={PANEL_WIDTH} y1={LABEL_HEIGHT} y2={LABEL_HEIGHT} />
              <line class="op-chart-grid" x1={0} x2={PANEL_WIDTH} y1={y(max / 2)} y2={y(max / 2)} />
              {series.weeks.map((week, w) => {
                const met = data.met[w] ?? 0;
                const acted = data.acted[w] ?? 0;
                const x = w * slot + (slot - barWidth * 2 - 1) / 2;
                return (
                  <g>
                    <rect class="op-bar-met" x={x} y={y(met)} width={barWidth} height={LABEL_HEIGHT + BARS_HEIGHT - y(met)} rx={1}>
                      <title>{`${weekLabel(week)}: ${met} met`}</title>
                    </rect>
                    <rect class="op-bar-acted" x={x + barWidth + 1} y={y(acted)} width={barWidth} height={LABEL_HEIGHT + BARS_HEIGHT - y(acted)} rx={1}>
                      <title>{`${weekLabel(week)}: ${acted} acted on`}</title>
                    </rect>
                  </g>
                );
              })}
              <line class="op-chart-axis" x1={0} x2={PANEL_WIDTH} y1={LABEL_HEIGHT + BARS_HEIGHT} y2={LABEL_HEIGHT + BARS_HEIGHT} />
              <text class="op-chart-tick" x={0} y={LABEL_HEIGHT + BARS_HEIGHT + 12}>
                {weekLabel(series.weeks[0]!)}
              </text>
              <text class="op-chart-tick" x={PANEL_WIDTH} y={LABEL_HEIGHT + BARS_HEIGHT + 12} text-anchor="end">
                this week
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="op-hint">{summary}</figcaption>
      <details class="op-details">
        <summary>Show the numbers as a table</summary>
        <div class="op-table-wrap">
          <table class="op-table" data-testid="growth-table">
            <caption>Tips met / acted on, per week starting Monday</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                {series.weeks.map((week) => (
                  <th scope="col">{weekLabel(week)}</th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {AREAS.map((area) => (
                <tr>
                  <th scope="row">{AREA_LABELS[area]}</th>
                  {series.weeks.map((_, w) => (
                    <td>
                      {series.areas[area].met[w] ?? 0} / {series.areas[area].acted[w] ?? 0}
                    </td>
                  ))}
                  <td>
                    {totals[area].met} / {totals[area].acted}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
