import { ComposedChart, XAxis, YAxis } from 'recharts';
import type { SeriesPoint } from '../../analysis/cumulativeSeries';
import type { StatedSeries } from '../../analysis/statedTotals';
import { toDayNumber } from '../../model/dayNumber';
import { formatCount } from '../format';
import { theme } from '../theme';
import { countAxisProps, dayAxisProps } from './axisProps';
import { dodgeMarkers } from './dodgeMarkers';
import { MarkerCircles, StepLine, ValueGrid } from './MarkerLayer';
import { SeriesPaths } from './SeriesPaths';
import { CHART_MARGIN, timeAxis, Y_AXIS_WIDTH } from './timeAxis';
import { onAxis, valueAxis } from './valueScale';

export interface StatedChartProps {
  series: readonly StatedSeries[];
  /** The documented incidents' cumulative lower bound, drawn beside the sources' own lines. */
  documented: readonly SeriesPoint[];
  scale: 'linear' | 'log';
  width: number;
  height: number;
}

export interface LineStyle {
  color: string;
  /** A source's second and third counts (other victims, another start) are dashed, dotted. */
  dash: string | undefined;
}

const DASHES = [undefined, '6 3', '2 3', '8 3 2 3'];

/**
 * One colour per source (the sources ordered by their largest statement), one dash per count
 * of that source: the same in the chart, its legend and the export.
 */
export const statedStyles = (series: readonly StatedSeries[]): LineStyle[] => {
  const largest = new Map<string, number>();
  for (const s of series) {
    const who = s.sources.join('|');
    const top = Math.max(...s.points.map((p) => p.killedMin));
    largest.set(who, Math.max(largest.get(who) ?? 0, top));
  }
  const order = [...largest.entries()].sort((a, b) => b[1] - a[1]).map(([who]) => who);
  const used = new Map<string, number>();
  return series.map((s) => {
    const who = s.sources.join('|');
    const n = used.get(who) ?? 0;
    used.set(who, n + 1);
    const i = order.indexOf(who);
    return {
      color: theme.sources[i % theme.sources.length] ?? theme.marker,
      dash: DASHES[n % DASHES.length],
    };
  });
};

/**
 * Each source's stated totals as its own stepped line with its numbered points (numbered as in
 * the list below), on an axis that holds every value, beside the documented-incidents line.
 */
export const StatedChart = ({ series, documented, scale, width, height }: StatedChartProps) => {
  const first = documented[0];
  const last = documented.at(-1);
  if (!first || !last) return null;
  const fromDay = toDayNumber(first.start);
  const toDay = toDayNumber(last.end);
  const plotWidth = width - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right;
  const plotHeight = height - 12 - CHART_MARGIN.bottom - 30;
  let max = last.lower;
  for (const s of series) for (const p of s.points) max = Math.max(max, p.value, p.killedMin);
  for (const s of series)
    for (const run of s.runs) for (const p of run) max = Math.max(max, p.value);
  const axis = valueAxis(max, scale);
  const time = timeAxis(fromDay, toDay, plotWidth);
  const pxPerDay = toDay === fromDay ? 1 : plotWidth / (toDay - fromDay);
  const yPx = (v: number) => {
    const [lo, hi] = axis.domain;
    const t =
      scale === 'log' ? Math.log10(onAxis(v, scale)) / Math.log10(hi) : (v - lo) / (hi - lo);
    return t * plotHeight;
  };
  const styles = statedStyles(series);
  const points = series.flatMap((s, i) => s.points.map((p) => ({ p, color: styles[i]?.color })));
  const dayOf = (day: string) => Math.min(Math.max(toDayNumber(day), fromDay), toDay);
  // Smaller circles and little sideways room on a narrow chart: a circle stays near its day.
  const radius = plotWidth < 500 ? 7 : 9;
  const shifts = dodgeMarkers(
    points.map(({ p }) => ({ x: (dayOf(p.day) - fromDay) * pxPerDay, y: yPx(p.killedMin) })),
    radius,
    plotWidth < 500 ? 2 : 6,
    plotWidth,
  );
  return (
    <ComposedChart
      width={width}
      height={height}
      data={documented.map((p) => ({ x: toDayNumber(p.end), lower: p.lower }))}
      margin={{ ...CHART_MARGIN, top: 12 }}
    >
      <ValueGrid ticks={axis.ticks} stroke={theme.grid} />
      <XAxis {...dayAxisProps([fromDay, toDay], time)} />
      <YAxis {...countAxisProps(axis)} />
      <StepLine
        points={documented.map((p) => ({ x: toDayNumber(p.end), y: onAxis(p.lower, scale) }))}
        label="Documented in incidents (sum of lowest figures)"
        stroke={theme.deaths}
        strokeWidth={2.5}
      />
      <SeriesPaths
        lines={series.flatMap((s, i) =>
          s.runs.map((run, k) => ({
            key: `${s.key}#${k}`,
            label: s.label,
            color: styles[i]?.color ?? theme.marker,
            dash: styles[i]?.dash,
            points: run.map((p) => ({ x: dayOf(p.day), y: onAxis(p.value, scale) })),
            endLabel:
              k === s.runs.length - 1 ? `${s.label}: ${formatCount(run.at(-1)?.value ?? 0)}` : null,
          })),
        )}
      />
      <MarkerCircles
        radius={radius}
        markers={points.map(({ p, color }, i) => ({
          key: p.id,
          x: dayOf(p.day) + (shifts[i] ?? 0) / pxPerDay,
          y: onAxis(p.killedMin, scale),
          text: String(p.number),
          title: `${p.number}. ${formatCount(p.killedMin)}${p.killedMax === null ? ' (at least)' : ''} on ${p.day}`,
          color,
        }))}
      />
    </ComposedChart>
  );
};
