import { coordinateCell } from '../../model/cells';
import type { Coordinates } from '../../model/incident';
import { shownValue } from '../../model/shownValue';
import type { CellProblem } from './collectRows';

const latitudeCell = coordinateCell('latitude', 90);
const longitudeCell = coordinateCell('longitude', 180);

/** What a GED row says about where its event happened. */
export interface UcdpPoint {
  coordinates: Coordinates | null;
  /** A point that cannot be read: the event is imported without one, never dropped. */
  warnings: CellProblem[];
}

/**
 * GED's `latitude`, `longitude` and `where_prec` (1 the exact place … 7 international waters or
 * airspace; GED codebook 19.1). The point is kept as UCDP gives it, whatever its precision: the
 * precision travels with it, and the map decides what it may draw as a point. A file without
 * these columns gives no point and no warning.
 */
export const readUcdpPoint = (
  latitude: string,
  longitude: string,
  wherePrec: string,
): UcdpPoint => {
  if (latitude.trim() === '' && longitude.trim() === '') return { coordinates: null, warnings: [] };
  const warnings: CellProblem[] = [];
  const lat = latitudeCell.safeParse(latitude);
  const lon = longitudeCell.safeParse(longitude);
  const read = (column: string, parsed: typeof lat, other: string) => {
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'is not a coordinate';
      warnings.push({ column, message: `${message}; event imported without a point` });
    } else if (parsed.data === null) {
      warnings.push({
        column,
        message: `is empty while ${other} is not (expected both coordinates, or neither); event imported without a point`,
      });
    }
  };
  read('latitude', lat, 'longitude');
  read('longitude', lon, 'latitude');
  if (!lat.success || !lon.success || lat.data === null || lon.data === null)
    return { coordinates: null, warnings };
  const precision = wherePrec.trim();
  const known = /^[1-7]$/.test(precision);
  if (!known && precision !== '')
    warnings.push({
      column: 'where_prec',
      message: `${shownValue(wherePrec)} is not a GED location precision (expected 1 to 7); point imported without a precision`,
    });
  return {
    coordinates: { lat: lat.data, lon: lon.data, precision: known ? Number(precision) : null },
    warnings,
  };
};
