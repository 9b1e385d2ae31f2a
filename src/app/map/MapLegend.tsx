import { formatCount } from '../format';
import { MAP_NONE_FILL, type MapClass } from './mapClasses';

interface Props {
  classes: readonly MapClass[];
  label: string;
  towns: boolean;
}

const range = (c: MapClass) =>
  c.lo === c.hi ? formatCount(c.lo) : `${formatCount(c.lo)}–${formatCount(c.hi)}`;

/** The classes, each with its exact range; "none" is hatched, apart from the lowest class. */
export const MapLegend = ({ classes, label, towns }: Props) => (
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
      {towns && (
        <li>
          <span className="map-swatch map-swatch-circle" /> records placed at a town (area ∝ figure)
        </li>
      )}
    </ul>
  </div>
);
