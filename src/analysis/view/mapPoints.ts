import type { Incident } from '../../model/incident';
import type { Gazetteer } from '../gazetteer';

/**
 * Coordinates precise enough to draw as a point: UCDP's where_prec 1 (the place itself) and 2
 * (within about 25 km of it), or a point whose source gives no precision. 3 and 4 are the
 * centroid of a district or governorate, 5 a wider area or a line, 6 the country, 7 waters or
 * airspace: the shading already shows what those say, and a circle would claim a place.
 */
export const POINT_PRECISIONS: ReadonlySet<number> = new Set([1, 2]);

/**
 * The point a record is drawn at, or null. Never a record coded at country level or across
 * several governorates, whatever its coordinates: it belongs to no one place on the map.
 */
export const drawnPointOf = (
  record: Incident,
  gazetteer: Gazetteer,
): { lat: number; lon: number; key: string } | null => {
  const c = record.coordinates;
  if (!c || record.kind !== 'incident' || record.coversIds.length > 0) return null;
  if (c.precision !== null && !POINT_PRECISIONS.has(c.precision)) return null;
  if (!gazetteer.lineage(record.placeId).some((p) => p.level === 1)) return null;
  return { lat: c.lat, lon: c.lon, key: `point ${c.lat} ${c.lon}` };
};
