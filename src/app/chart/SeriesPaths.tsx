import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';

export interface SteppedLine {
  key: string;
  label: string;
  color: string;
  dash?: string | undefined;
  /** Day numbers and values on the axis; the line holds each value until the next point. */
  points: ReadonlyArray<{ x: number; y: number }>;
  /** Written at the line's end (direct labels: no legend lookup), or null. */
  endLabel: string | null;
}

interface PlacedLabel {
  key: string;
  text: string;
  color: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** Approximate width of 11 px text: enough to keep labels from overlapping. */
const textWidth = (text: string) => text.length * 6;

/**
 * End labels that do not overlap one another, the longest lines' first: a label that would
 * cover another is left out (the legend below the chart names every line).
 */
export const placeEndLabels = (
  ends: ReadonlyArray<{ key: string; text: string; color: string; x: number; y: number }>,
  plotRight: number,
): PlacedLabel[] => {
  const placed: PlacedLabel[] = [];
  const boxes: Array<[number, number, number, number]> = [];
  for (const end of ends) {
    const w = textWidth(end.text);
    const right = end.x + 12 + w <= plotRight;
    const x = right ? end.x + 12 : end.x - 12;
    const box: [number, number, number, number] = right
      ? [x, end.y - 16, x + w, end.y - 4]
      : [x - w, end.y - 16, x, end.y - 4];
    if (box[0] < 0) continue;
    if (boxes.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]))
      continue;
    boxes.push(box);
    placed.push({ ...end, x, y: end.y - 6, anchor: right ? 'start' : 'end' });
  }
  return placed;
};

/**
 * Labels stacked beside the lines' ends, top to bottom in the lines' order, each moved just
 * enough not to cover the one above (OWID's line labels): every line keeps its name.
 */
export const stackEndLabels = (
  ends: ReadonlyArray<{ key: string; text: string; color: string; x: number; y: number }>,
  x: number,
  top: number,
  bottom: number,
  gap = 13,
): PlacedLabel[] => {
  const sorted = [...ends].sort((a, b) => a.y - b.y);
  const ys: number[] = [];
  for (const end of sorted) ys.push(Math.max(end.y + 4, (ys.at(-1) ?? top - gap) + gap));
  // Pushed past the bottom: move the whole stack up, keeping the gaps.
  const over = (ys.at(-1) ?? 0) - bottom;
  return sorted.map((end, i) => ({
    ...end,
    x,
    y: over > 0 ? Math.max(top, (ys[i] ?? 0) - over) : (ys[i] ?? 0),
    anchor: 'start' as const,
  }));
};

/** Stepped lines as plain SVG on the chart's scales, with their labels at their ends. */
export const SeriesPaths = ({
  lines,
  labelsOnly = false,
}: {
  lines: readonly SteppedLine[];
  /** Only the end labels: another layer draws the lines. */
  labelsOnly?: boolean;
}) => {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  if (!xScale || !yScale || !area) return null;
  const paths: Array<{ key: string; label: string; color: string; dash?: string; d: string }> = [];
  const ends: Array<{ key: string; text: string; color: string; x: number; y: number }> = [];
  for (const line of lines) {
    let d = '';
    let end: { x: number; y: number } | null = null;
    for (const p of line.points) {
      const x = xScale(p.x);
      const y = yScale(p.y);
      if (x === undefined || y === undefined) continue;
      d += d === '' ? `M${x.toFixed(1)} ${y.toFixed(1)}` : `H${x.toFixed(1)}V${y.toFixed(1)}`;
      end = { x, y };
    }
    paths.push({
      key: line.key,
      label: line.label,
      color: line.color,
      d,
      ...(line.dash ? { dash: line.dash } : {}),
    });
    if (end && line.endLabel && (labelsOnly || line.points.length > 1))
      ends.push({ key: line.key, text: line.endLabel, color: line.color, ...end });
  }
  const labels = labelsOnly
    ? stackEndLabels(ends, area.x + area.width + 8, area.y + 8, area.y + area.height)
    : placeEndLabels(
        [...ends].sort((a, b) => a.y - b.y),
        area.x + area.width,
      );
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <g className="series-paths">
        {!labelsOnly &&
          paths.map((p) => (
            <path
              key={p.key}
              d={p.d}
              fill="none"
              stroke={p.color}
              strokeWidth={2}
              strokeDasharray={p.dash}
            >
              <title>{p.label}</title>
            </path>
          ))}
        {labels.map((l) =>
          labelsOnly ? (
            // A colour key and dark text: light colours stay readable as text.
            <g key={l.key} className="line-end-label">
              <line
                x1={l.x}
                y1={l.y - 4}
                x2={l.x + 12}
                y2={l.y - 4}
                stroke={l.color}
                strokeWidth={3}
              />
              <text x={l.x + 16} y={l.y} fontSize={11} fill="#1b1b1b">
                {l.text}
              </text>
            </g>
          ) : (
            <text
              key={l.key}
              x={l.x}
              y={l.y}
              textAnchor={l.anchor}
              fontSize={11}
              fill={l.color}
              stroke="#ffffff"
              strokeWidth={3}
              paintOrder="stroke"
              className="line-end-label"
            >
              {l.text}
            </text>
          ),
        )}
      </g>
    </ZIndexLayer>
  );
};
