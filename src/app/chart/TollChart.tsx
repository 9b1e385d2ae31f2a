import { Area, ComposedChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { type CumulativeMarker, markerTrajectories } from '../../analysis/cumulativeMarkers';
import type { SeriesPoint } from '../../analysis/cumulativeSeries';
import type { Annotation } from '../../model/annotation';
import { fromDayNumber, toDayNumber } from '../../model/dayNumber';
import { formatCount, formatDayRange } from '../format';
import { theme } from '../theme';
import type { AnnotationLayout } from './annotationLayout';
import { countAxisProps, dayAxisProps } from './axisProps';
import { dodgeMarkers } from './dodgeMarkers';
import { MarkerCircles, MarkerDots, StepLine, TrajectoryPaths, ValueGrid } from './MarkerLayer';
import { markerCeiling } from './markerScale';
import { CHART_MARGIN, timeAxis, Y_AXIS_WIDTH } from './timeAxis';
import { onAxis, valueAxis } from './valueScale';

export interface TollChartProps {
  points: SeriesPoint[];
  markers: CumulativeMarker[];
  annotations: Annotation[];
  width: number;
  height: number;
  onSelectPeriod?: (from: string, to: string) => void;
  /** False when no record gives a children figure: a flat zero line would claim "none". */
  showChildren: boolean;
  /** Where the timeline labels go (computed by layoutAnnotations for this width). */
  annotationLayout: AnnotationLayout;
  /** Linear from 0, or logarithmic: either way the axis holds every value drawn. */
  scale?: 'linear' | 'log';
  /** The best estimates' points (coded data): the line is then the best, the band low–high. */
  best?: SeriesPoint[] | null;
}

interface Row {
  x: number;
  start: string;
  end: string;
  lower: number;
  upper: number;
  band: [number, number];
  childrenLower: number;
  childrenUpper: number;
  newLower: number;
  records: number;
}

const ROW_HEIGHT = 14;

const plotHeightOf = (height: number, top: number) => height - top - CHART_MARGIN.bottom - 30;
/**
 * Above this many stated totals in view, markers are drawn as one path of plain dots, without
 * dodging or per-source trajectories (the list below the chart still has each one).
 */
export const MARKER_ELEMENT_LIMIT = 100;

const rowsOf = (points: readonly SeriesPoint[], scale: 'linear' | 'log'): Row[] =>
  points.map((p) => ({
    x: toDayNumber(p.end),
    start: p.start,
    end: p.end,
    lower: p.lower,
    upper: p.upper,
    band: [onAxis(p.lower, scale), onAxis(p.upper, scale)],
    childrenLower: p.childrenLower,
    childrenUpper: p.childrenUpper,
    newLower: p.newLower,
    records: p.records,
  }));

/**
 * Where the stated totals go. The axis holds every stated total up to a ceiling; those above it
 * are drawn at the top with a cue (▲) and listed with their values under the chart. A log axis
 * holds them all. Circles that would overlap are dodged sideways.
 */
const markerGeometry = (
  markers: readonly CumulativeMarker[],
  frame: {
    seriesMax: number;
    scale: 'linear' | 'log';
    fromDay: number;
    toDay: number;
    plotWidth: number;
    plotHeight: number;
  },
) => {
  const { seriesMax, scale, fromDay, toDay, plotWidth, plotHeight } = frame;
  const ceiling = markerCeiling(seriesMax, scale);
  const above = (m: CumulativeMarker) => (m.killedMin ?? 0) > ceiling;
  const markerMax = markers.reduce((m, k) => (above(k) ? m : Math.max(m, k.killedMin ?? 0)), 0);
  const valueScale = valueAxis(Math.max(seriesMax, markerMax), scale);
  const yMax = valueScale.domain[1];
  const yPx = (v: number) =>
    scale === 'log'
      ? (Math.log10(onAxis(v, scale)) / Math.log10(yMax)) * plotHeight
      : (v / yMax) * plotHeight;
  // Numbers on every marker only while they can be told apart; the list below always has them.
  const numbered = markers.length <= 15;
  const elementMarkers = markers.length > MARKER_ELEMENT_LIMIT ? [] : markers;
  const radius = numbered ? 9 : 4.5;
  const pxPerDay = toDay === fromDay ? 1 : plotWidth / (toDay - fromDay);
  const markerDay = (day: string) => Math.min(Math.max(toDayNumber(day), fromDay), toDay);
  const shifts = dodgeMarkers(
    elementMarkers.map((m) => ({
      x: (markerDay(m.day) - fromDay) * pxPerDay,
      y: above(m) ? yPx(yMax) : yPx(m.killedMin ?? 0),
    })),
    radius,
    6,
    plotWidth,
  );
  return {
    valueScale,
    yMax,
    above,
    numbered,
    ceiling,
    asDots: markers.length > MARKER_ELEMENT_LIMIT,
    elementMarkers,
    trajectories: markerTrajectories(elementMarkers),
    radius,
    pxPerDay,
    markerDay,
    shifts,
  };
};

/** Dated events: a dashed line for one day, a light band for a span, with their placed labels. */
const annotationMarks = (
  annotations: readonly Annotation[],
  fromDay: number,
  toDay: number,
  layout: AnnotationLayout,
) => {
  const labelOf = new Map(layout.labels.map((l) => [l.annotation, l]));
  return annotations.map((a) => {
    const start = Math.max(fromDay, toDayNumber(a.dateStart));
    const end = Math.min(toDay, toDayNumber(a.dateEnd));
    const placed = labelOf.get(a);
    const label =
      placed === undefined
        ? undefined
        : (props: { viewBox?: { x?: number } }) => (
            <text
              x={(props.viewBox?.x ?? 0) + 3 - placed.shift}
              y={10 + placed.row * ROW_HEIGHT}
              fill={theme.annotation}
              fontSize={11}
              className="annotation-label"
            >
              {placed.text}
            </text>
          );
    return start === end ? (
      <ReferenceLine
        key={`${a.dateStart}-${a.label}`}
        x={start}
        stroke={theme.annotation}
        strokeDasharray="3 3"
        label={label}
      />
    ) : (
      <ReferenceArea
        key={`${a.dateStart}-${a.label}`}
        x1={start}
        x2={end}
        fill={theme.annotationBand}
        fillOpacity={0.5}
        label={label}
      />
    );
  });
};

/**
 * Cumulative deaths: the lower-bound line, a band up to the highest figures reported, children
 * as a second line, stated totals as numbered markers and timeline context as lines or bands.
 */
export const TollChart = ({
  points,
  markers,
  annotations,
  width,
  height,
  onSelectPeriod,
  annotationLayout,
  showChildren,
  scale = 'linear',
  best = null,
}: TollChartProps) => {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  const rows = rowsOf(points, scale);
  const fromDay = toDayNumber(first.start);
  const toDay = toDayNumber(last.end);
  const top = 12 + annotationLayout.rows * ROW_HEIGHT;
  const plotWidth = width - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right;
  const seriesMax = Math.max(last.upper, last.childrenUpper);
  const geometry = markerGeometry(markers, {
    seriesMax,
    scale,
    fromDay,
    toDay,
    plotWidth,
    plotHeight: plotHeightOf(height, top),
  });
  const {
    valueScale,
    yMax,
    above,
    numbered,
    elementMarkers,
    trajectories,
    radius,
    markerDay,
    shifts,
    ceiling,
    asDots,
    pxPerDay,
  } = geometry;
  const yTicks = valueScale.ticks;
  const axis = timeAxis(fromDay, toDay, plotWidth);

  return (
    <ComposedChart
      width={width}
      height={height}
      data={rows}
      margin={{ ...CHART_MARGIN, top }}
      onClick={(state) => {
        const index = Number(state.activeTooltipIndex);
        const row = Number.isInteger(index) ? rows[index] : undefined;
        if (row && onSelectPeriod) onSelectPeriod(row.start, row.end);
      }}
      style={{ cursor: onSelectPeriod ? 'pointer' : undefined }}
    >
      <ValueGrid ticks={yTicks} stroke={theme.grid} />
      {annotationMarks(annotations, fromDay, toDay, annotationLayout)}
      <XAxis {...dayAxisProps([fromDay, toDay], axis)} />
      <YAxis {...countAxisProps(valueScale)} />
      <Tooltip content={<PointTooltip />} />
      <Area
        type="stepAfter"
        dataKey="band"
        name="Highest figures reported"
        stroke="none"
        fill={theme.deathsBand}
        fillOpacity={0.7}
        isAnimationActive={false}
        activeDot={false}
      />
      <StepLine
        points={rows.map((r, i) => ({ x: r.x, y: onAxis(best?.[i]?.lower ?? r.lower, scale) }))}
        label={best ? 'Deaths (best estimate)' : 'Deaths (lower bound)'}
        stroke={theme.deaths}
        strokeWidth={2.5}
      />
      {showChildren && (
        <StepLine
          points={rows.map((r) => ({ x: r.x, y: onAxis(r.childrenLower, scale) }))}
          label="Children (lower bound)"
          stroke={theme.children}
          strokeWidth={2}
        />
      )}
      <TrajectoryPaths
        trajectories={trajectories.map((t) => ({
          key: t.key,
          label: t.label,
          points: t.points.map((p) => ({
            x: Math.min(Math.max(toDayNumber(p.x), fromDay), toDay),
            y: p.y > ceiling ? yMax : onAxis(p.y, scale),
          })),
        }))}
      />
      {asDots && (
        <MarkerDots
          dots={markers.map((m) => ({
            x: markerDay(m.day),
            y: above(m) ? yMax : onAxis(m.killedMin ?? 0, scale),
          }))}
          label={`${markers.length} stated totals (those above the scale drawn at its top and listed under the chart); each is listed below the chart`}
        />
      )}
      <MarkerCircles
        radius={radius}
        markers={elementMarkers.map((marker, i) => ({
          key: marker.id,
          x: markerDay(marker.day) + (shifts[i] ?? 0) / pxPerDay,
          y: above(marker) ? yMax : onAxis(marker.killedMin ?? 0, scale),
          text: numbered ? `${i + 1}` : null,
          title: `${i + 1}. ${marker.label} (${marker.area})${above(marker) ? ' — above the scale' : ''}`,
          offScale: above(marker),
        }))}
      />
    </ComposedChart>
  );
};

const PointTooltip = ({
  active,
  payload,
}: {
  active?: boolean;
  payload?: Array<{ payload: Row }>;
}) => {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{formatDayRange(row.start, row.end)}</strong>
      <div>
        Deaths by then: <b>{formatCount(row.lower)}</b>
        {row.upper > row.lower ? ` (up to ${formatCount(row.upper)} reported)` : ''}
      </div>
      <div>
        Children: <b>{formatCount(row.childrenLower)}</b>
        {row.childrenUpper > row.childrenLower ? ` (up to ${formatCount(row.childrenUpper)})` : ''}
      </div>
      <div>
        New in this period: {formatCount(row.newLower)} in {row.records} record
        {row.records === 1 ? '' : 's'}
      </div>
      <div className="tooltip-hint">Click to list these records</div>
    </div>
  );
};

export const dayLabel = (day: number) => fromDayNumber(day);
