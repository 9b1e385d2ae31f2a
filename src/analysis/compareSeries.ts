import type { Incident } from '../model/incident';
import { cumulativeSeries, type SeriesOptions } from './cumulativeSeries';
import type { Gazetteer } from './gazetteer';

export interface CompareSeries {
  regionIds: string[];
  /** One row per bin: `start`, `end` and each region's cumulative lower bound by id. */
  rows: Array<{ start: string; end: string } & Record<string, number | string>>;
}

/**
 * One cumulative lower-bound line per region, on shared bins. Regions are compared on what is
 * certain (the lower bound); each line's own band stays in the single-region view.
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
      { from, to, unit: options.unit },
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
    });
    return row;
  });
  return { regionIds: [...regionIds], rows };
};
