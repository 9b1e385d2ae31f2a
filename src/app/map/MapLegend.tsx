import { formatCount } from '../format';
import { MAP_NONE_FILL, type MapClass } from './mapClasses';
import { legendValues, MAX_CIRCLE_RADIUS, radiusOf } from './townCircles';

interface Props {
  classes: readonly MapClass[];
  label: string;
  /** The largest circle's value (0: no circles drawn). */
  circleMax: number;
  /** Some circles add up the places of a screen cell. */
  circlesAdded: boolean;
  /** Some circles stand for records' own coordinates (mapPoints.ts). */
  withPoints: boolean;
  /** Records with coordinates drawn as no point: only their area shows them. */
  pointsLeftOut: number;
  /** Screen pixels per map unit, so the legend's circles are the map's sizes. */
  scale: number;
}

const range = (c: MapClass) =>
  c.lo === c.hi ? formatCount(c.lo) : `${formatCount(c.lo)}–${formatCount(c.hi)}`;

/** The classes, each with its exact range; "none" is hatched, apart from the lowest class. */
export const MapLegend = ({
  classes,
  label,
  circleMax,
  circlesAdded,
  withPoints,
  pointsLeftOut,
  scale,
}: Props) => (
  <div className="map-legend" data-testid="map-legend">
    <h3>{label}</h3>
    <ul>
      {classes.map((c) => (
        <li key={c.lo}>
          <span className="map-swatch" style={{ background: c.colour }} /> {range(c)}
        </li>
      ))}
      <li>
        <span
          className="map-swatch"
          style={{
            background: `repeating-linear-gradient(135deg, ${MAP_NONE_FILL} 0 3px, #b0b0b0 3px 4px)`,
          }}
        />{' '}
        none documented
      </li>
    </ul>
    {circleMax > 0 && (
      <CircleSizes max={circleMax} added={circlesAdded} points={withPoints} scale={scale} />
    )}
    {pointsLeftOut > 0 && (
      <p className="map-points-left-out" data-testid="map-points-left-out">
        {formatCount(pointsLeftOut)} {pointsLeftOut === 1 ? 'record' : 'records'} with coordinates
        drawn as no circle: their point stands for a district, a governorate, a wider area or the
        country, or they are coded in no one governorate. They still count in the shading or in the
        list below.
      </p>
    )}
  </div>
);

/** Reference circles side by side, drawn to the map's scale (area ∝ figure), each labelled. */
const CircleSizes = ({
  max,
  added,
  points,
  scale,
}: {
  max: number;
  added: boolean;
  points: boolean;
  scale: number;
}) => {
  const values = legendValues(max);
  const height = MAX_CIRCLE_RADIUS * 2 * scale + 18;
  let x = 2;
  const placed = values.map((v) => {
    const r = Math.max(2, radiusOf(v, max)) * scale;
    const cx = x + Math.max(r, 12);
    x = cx + Math.max(r, 12) + 8;
    return { v, r, cx };
  });
  return (
    <div className="map-circle-legend" data-testid="map-circle-legend">
      <p>
        {points ? 'Places and points with records' : 'Places with records'}: circle area ∝ figure
        {added ? `; nearby ${points ? 'ones' : 'places'} added up` : ''}
      </p>
      <svg
        width={x}
        height={height}
        role="img"
        aria-label={`Circles for ${values.map(formatCount).join(', ')}`}
      >
        {placed.map(({ v, r, cx }) => (
          <g key={v}>
            <circle
              cx={cx}
              cy={MAX_CIRCLE_RADIUS * 2 * scale + 1 - r}
              r={r}
              fill="#1b1b1b"
              fillOpacity={0.35}
              stroke="#1b1b1b"
            />
            <text x={cx} y={height - 2} fontSize="11" textAnchor="middle">
              {formatCount(v)}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
};
