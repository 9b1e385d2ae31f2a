import type { TownFigures } from '../../analysis/view/mapFigures';
import type { MapMeasure } from '../url/viewState';
import { measureOf } from './mapText';
import type { MapTransform } from './useMapZoom';

/** The largest circle's radius, in the map's units (its area stands for the largest figure). */
export const MAX_CIRCLE_RADIUS = 14;
/** Past this many places, circles are added up per screen cell so they stay readable. */
export const CELL_OVER = 120;
/** A cell's side, in the map's units as drawn (after the zoom). */
export const CELL_SIZE = 28;

export interface Circle {
  key: string;
  x: number;
  y: number;
  value: number;
  r: number;
  /** The places it stands for (one, or all those of its cell). */
  towns: TownFigures[];
}

/** Radius for a value: area ∝ value (radius ∝ √value), against the largest value shown. */
export const radiusOf = (value: number, max: number): number =>
  max > 0 ? MAX_CIRCLE_RADIUS * Math.sqrt(value / max) : 0;

/**
 * The circles drawn: one per place with a figure, or, with more than CELL_OVER places, one per
 * screen cell at the value-weighted centre of its places (their figures added up, never
 * estimated). Largest first, so smaller ones are drawn on top.
 */
export const circleLayout = (
  towns: readonly TownFigures[],
  measure: MapMeasure,
  project: (lon: number, lat: number) => [number, number] | null,
  transform: MapTransform,
): Circle[] => {
  const placed = towns.flatMap((t) => {
    const v = measureOf(t, measure);
    const at = v > 0 ? project(t.lon, t.lat) : null;
    return at
      ? [{ t, v, x: at[0] * transform.k + transform.x, y: at[1] * transform.k + transform.y }]
      : [];
  });
  const groups = new Map<string, typeof placed>();
  for (const p of placed) {
    const key =
      placed.length > CELL_OVER
        ? `cell ${Math.floor(p.x / CELL_SIZE)} ${Math.floor(p.y / CELL_SIZE)}`
        : p.t.id;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const circles = [...groups].map(([key, group]) => {
    const value = group.reduce((sum, p) => sum + p.v, 0);
    return {
      key,
      x: group.reduce((sum, p) => sum + p.x * p.v, 0) / value,
      y: group.reduce((sum, p) => sum + p.y * p.v, 0) / value,
      value,
      r: 0,
      towns: group.map((p) => p.t),
    };
  });
  const max = Math.max(0, ...circles.map((c) => c.value));
  for (const c of circles) c.r = Math.max(2, radiusOf(c.value, max));
  return circles.sort((a, b) => b.value - a.value);
};

/** Reference values for the circles' legend: the largest, then about a quarter and a sixteenth. */
export const legendValues = (max: number): number[] => {
  if (max <= 0) return [];
  const nice = (v: number) => {
    const p = 10 ** Math.floor(Math.log10(v));
    return Math.floor(v / p) * p;
  };
  return [...new Set([max, nice(max / 4), nice(max / 16)].filter((v) => v >= 1))];
};
