import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { BOUNDARIES_FILE } from '../src/model/boundaries.ts';

/** The team's OCHA boundaries (../shared/data, CC BY 3.0 IGO): never copied into the repository. */
export const SHARED_BOUNDARY_FILES = {
  governorates: 'syria-adm1.geojson',
  districts: 'syria-adm2.geojson',
} as const;

/** Where the app fetches the simplified boundaries (a build asset, not in git). */
export const BOUNDARIES_ASSET = BOUNDARIES_FILE;

/** Share of the removable vertices kept: enough for districts at dashboard size. */
const KEEP = 0.25;

/** Twice the signed area in the lon/lat plane: positive for counter-clockwise rings. */
const signedArea = (ring: Position[]): number => {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j] ?? [];
    const [x2 = 0, y2 = 0] = ring[i] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
};

/**
 * d3-geo's winding: outer rings clockwise, holes counter-clockwise (RFC 7946, which the shared
 * files follow, says the opposite; d3 would fill the whole globe but the polygon).
 */
const rewindRings = (rings: Position[][]): Position[][] =>
  rings.map((ring, i) => {
    const clockwise = signedArea(ring) < 0;
    return (i === 0) === clockwise ? ring : [...ring].reverse();
  });

const rewind = (geometry: Geometry): Geometry => {
  if (geometry.type === 'Polygon')
    return { ...geometry, coordinates: rewindRings(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon')
    return { ...geometry, coordinates: geometry.coordinates.map(rewindRings) };
  return geometry;
};

/** Only what the map shows: the P-code (the feature id) and the English and Arabic names. */
const slim = (feature: Feature): Feature => {
  const p = feature.properties ?? {};
  return {
    type: 'Feature',
    id: String(p.pcode),
    properties: { name: p.name_en, nameAr: p.name_ar },
    geometry: rewind(feature.geometry),
  };
};

/**
 * Both levels in one topology (shared borders stored once), simplified and quantised: the
 * ~430 kB of GeoJSON become a file the map fetches when it is opened. null when the shared
 * folder is missing (a clone without ../shared): the map then says the boundaries are unavailable.
 */
export const boundariesTopology = (sharedDataDir: string): string | null => {
  const paths = Object.values(SHARED_BOUNDARY_FILES).map((f) => join(sharedDataDir, f));
  if (!paths.every((p) => existsSync(p))) return null;
  const [adm1, adm2] = paths.map(
    (p) => JSON.parse(readFileSync(p, 'utf8')) as FeatureCollection,
  ) as [FeatureCollection, FeatureCollection];
  const governorates: FeatureCollection = { ...adm1, features: adm1.features.map(slim) };
  const districts: FeatureCollection = { ...adm2, features: adm2.features.map(slim) };
  const pre = presimplify(topology({ governorates, districts }, 1e5) as never);
  const simplified = simplify(pre, quantile(pre, 1 - KEEP));
  // Simplifying un-quantises: a 10⁴ grid over Syria is ~80 m, far below a pixel of the map.
  return JSON.stringify(quantize(simplified as Parameters<typeof quantize>[0], 1e4));
};
