import { useXAxisScale, useYAxisScale } from 'recharts';
import { theme } from '../theme';

export interface MarkerDot {
  /** Day number. */
  x: number;
  y: number;
}

/**
 * Many stated totals drawn as one SVG path of small rings. Hundreds of Recharts reference dots
 * (one component and one SVG group each) make every filter change slow, and past a few dozen
 * markers nobody reads them one by one: the list below the chart has every figure.
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
