import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { theme } from '../theme';

/*
 * Stated totals drawn as plain SVG inside the chart, placed with the chart's own scales. One
 * Recharts component per marker (ReferenceDot, a Line per trajectory) registers itself in the
 * chart's store and is recomputed on every change: with dozens of markers that was most of a
 * filter change's rendering time.
 */

export interface PlacedMarker {
  key: string;
  /** Day number (possibly shifted sideways so markers of one day do not hide each other). */
  x: number;
  /** Value, already capped at the top of the axis. */
  y: number;
  /** Shown inside the circle while markers are few enough to number. */
  text: string | null;
  title: string;
  /** The stroke; the stated-totals colour unless a source line gives its own. */
  color?: string;
  /** Above the scale: drawn at its top with an upward cue, its value listed under the chart. */
  offScale?: boolean;
}

/** Markers as circles, each with its hover title (and its number when `radius` allows one). */
export const MarkerCircles = ({
  markers,
  radius,
}: {
  markers: readonly PlacedMarker[];
  radius: number;
}) => {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  return (
    <g className="stated-total-markers">
      {markers.map((m) => {
        const x = xScale(m.x);
        const y = yScale(m.y);
        if (x === undefined || y === undefined) return null;
        return (
          <g key={m.key}>
            <title>{m.title}</title>
            {m.offScale && (
              <path
                d={`M${x - 5} ${y - radius - 2}L${x + 5} ${y - radius - 2}L${x} ${y - radius - 10}Z`}
                fill={m.color ?? theme.marker}
                className="off-scale-cue"
              />
            )}
            <circle
              cx={x}
              cy={y}
              r={radius}
              fill="#ffffff"
              stroke={m.color ?? theme.marker}
              strokeWidth={2}
            />
            {m.text !== null && (
              <text
                x={x}
                y={y}
                textAnchor="middle"
                dominantBaseline="central"
                fill={m.color ?? theme.marker}
                fontSize={10}
                fontWeight={700}
              >
                {m.text}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
};

/** One source's running totals joined by a dotted line, one path per trajectory. */
export const TrajectoryPaths = ({
  trajectories,
}: {
  trajectories: ReadonlyArray<{
    key: string;
    label: string;
    points: ReadonlyArray<{ x: number; y: number }>;
  }>;
}) => {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  return (
    <g className="stated-total-trajectories">
      {trajectories.map((t) => {
        const d = t.points
          .map((p, i) => {
            const x = xScale(p.x);
            const y = yScale(p.y);
            return x === undefined || y === undefined
              ? ''
              : `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
          })
          .join('');
        return (
          <path
            key={t.key}
            d={d}
            fill="none"
            stroke={theme.marker}
            strokeOpacity={0.6}
            strokeDasharray="2 3"
          >
            <title>{t.label}</title>
          </path>
        );
      })}
    </g>
  );
};

export interface MarkerDot {
  /** Day number. */
  x: number;
  y: number;
}

/**
 * Many stated totals drawn as one SVG path of small rings: past a few dozen markers nobody reads
 * them one by one, and the list below the chart has every figure.
 */
export const MarkerDots = ({ dots, label }: { dots: readonly MarkerDot[]; label: string }) => {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  const r = 3;
  let d = '';
  for (const dot of dots) {
    const x = xScale(dot.x);
    const y = yScale(dot.y);
    if (x === undefined || y === undefined) continue;
    // A full circle as two arcs (a path has no circle command).
    d += `M${(x - r).toFixed(1)} ${y.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  }
  return (
    <path
      d={d}
      fill="#ffffff"
      fillOpacity={0.6}
      stroke={theme.marker}
      strokeWidth={1.2}
      data-testid="marker-dots"
    >
      <title>{label}</title>
    </path>
  );
};

/**
 * A step line (Recharts' stepAfter: level until the next point, then up) as one SVG path on the
 * chart's scales. A Recharts Line measures its own path length on every render.
 */
export const StepLine = ({
  points,
  stroke,
  strokeWidth,
  label,
}: {
  points: ReadonlyArray<{ x: number; y: number }>;
  stroke: string;
  strokeWidth: number;
  label: string;
}) => {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  let d = '';
  for (const p of points) {
    const x = xScale(p.x);
    const y = yScale(p.y);
    if (x === undefined || y === undefined) continue;
    d += d === '' ? `M${x.toFixed(1)} ${y.toFixed(1)}` : `H${x.toFixed(1)}V${y.toFixed(1)}`;
  }
  // In the layer of Recharts' lines: above the band and the timeline's shaded periods.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <path d={d} fill="none" stroke={stroke} strokeWidth={strokeWidth} className="step-line">
        <title>{label}</title>
      </path>
    </ZIndexLayer>
  );
};

/**
 * Horizontal grid lines at the value ticks, as one path under everything else (Recharts'
 * CartesianGrid measures and re-renders through its store on every change).
 */
export const ValueGrid = ({ ticks, stroke }: { ticks: readonly number[]; stroke: string }) => {
  const yScale = useYAxisScale();
  const area = usePlotArea();
  if (!yScale || !area) return null;
  let d = '';
  for (const t of ticks) {
    const y = yScale(t);
    if (y === undefined) continue;
    d += `M${area.x} ${y.toFixed(1)}H${(area.x + area.width).toFixed(1)}`;
  }
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.grid}>
      <path d={d} fill="none" stroke={stroke} className="value-grid" />
    </ZIndexLayer>
  );
};
