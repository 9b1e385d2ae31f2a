import type { Incident } from '../model/incident';
import { cumulativeSeries, type SeriesOptions } from './cumulativeSeries';
import type { Gazetteer } from './gazetteer';

/** The row key of a region's upper bound (the highest figures reported) beside its lower one. */
export const upperKey = (regionId: string): string => `${regionId}~upper`;

export interface CompareSeries {
  regionIds: string[];
  /**
   * One row per bin: `start`, `end`, each region's cumulative lower bound by id and its upper
   * bound by `upperKey(id)`.
   */
  rows: Array<{ start: string; end: string } & Record<string, number | string>>;
}

/**
 * One cumulative line per region, on shared bins: its lower bound (what is certain) and its
 * upper bound (the highest figures reported), so each region's band can be drawn beside it.
 */
export const compareSeries = (
  incidents: readonly Incident[],
  regionIds: readonly string[],
  gazetteer: Gazetteer,
  options: SeriesOptions,
): CompareSeries => {
  const dated = incidents.filter((r) => r.dateStart !== null && r.dateEnd !== null);
  let from = options.from;
  let to = options.to;
  for (const r of dated) {
    if (options.from === null && (from === null || (r.dateStart ?? '') < from)) from = r.dateStart;
    if (options.to === null && (to === null || (r.dateEnd ?? '') > to)) to = r.dateEnd;
  }
  if (from === null || to === null) return { regionIds: [...regionIds], rows: [] };
  const perRegion = regionIds.map((regionId) =>
    cumulativeSeries(
      dated.filter((r) => gazetteer.isWithin(r.placeId, regionId)),
      { from, to, unit: options.unit, ranges: options.ranges ?? 'end' },
    ),
  );
  const first = perRegion[0];
  if (!first) return { regionIds: [], rows: [] };
  const rows = first.points.map((point, i) => {
    const row: { start: string; end: string } & Record<string, number | string> = {
      start: point.start,
      end: point.end,
    };
    regionIds.forEach((regionId, r) => {
      row[regionId] = perRegion[r]?.points[i]?.lower ?? 0;
      row[upperKey(regionId)] = perRegion[r]?.points[i]?.upper ?? 0;
    });
    return row;
  });
  return { regionIds: [...regionIds], rows };
};
