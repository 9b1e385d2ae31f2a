import { fromDayNumber } from '../dayNumber';
import {
  type HeadlineFigures,
  NOT_IN_ONE_GOVERNORATE,
  type RegionFigures,
  type SourceFigures,
} from '../headlineFigures';
import { BitSet } from './bitSet';
import { type IncidentColumns, NO_DAY, NO_REGION } from './incidentColumns';

/**
 * `headlineFigures` without `reports` (columns do not keep report ids): the same sums, counts,
 * first/last dates and per-governorate and per-source figures for the selected rows.
 */
export type ColumnHeadline = Omit<HeadlineFigures, 'reports'>;

export const headlineFromColumns = (
  columns: IncidentColumns,
  rows: Uint32Array,
): ColumnHeadline => {
  const { killedMin, killedMax, childrenMin, childrenMax, dayStart, dayEnd, region } = columns;
  const regionCount = columns.regions.ids.length;
  // Per governorate code (last slot: not in one governorate), then folded by name below.
  const regionMin = new Float64Array(regionCount + 1);
  const regionMax = new Float64Array(regionCount + 1);
  const regionChildren = new Float64Array(regionCount + 1);
  const regionSeen = new Uint8Array(regionCount + 1);
  const rowMin = new Float64Array(rows.length);
  const rowMax = new Float64Array(rows.length);
  const rowChildren = new Float64Array(rows.length);
  let totalMin = 0;
  let totalMax = 0;
  let totalChildrenMin = 0;
  let totalChildrenMax = 0;
  let openEnded = 0;
  let killedUnknown = 0;
  let childrenReported = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] ?? 0;
    const kMin = killedMin[row] ?? Number.NaN;
    const kMax = killedMax[row] ?? Number.NaN;
    const cMin = childrenMin[row] ?? Number.NaN;
    const cMax = childrenMax[row] ?? Number.NaN;
    // lowerOf / upperOf (figureBounds.ts), with NaN for an unknown count.
    const lower = !Number.isNaN(kMin) ? kMin : 0;
    const upper = !Number.isNaN(kMax) ? kMax : lower;
    const children = !Number.isNaN(cMin) ? cMin : 0;
    totalMin += lower;
    totalMax += upper;
    totalChildrenMin += children;
    totalChildrenMax += !Number.isNaN(cMax) ? cMax : children;
    if (!Number.isNaN(cMin) || !Number.isNaN(cMax)) childrenReported++;
    if (Number.isNaN(kMin)) killedUnknown++;
    else if (Number.isNaN(kMax)) openEnded++;
    const start = dayStart[row] ?? NO_DAY;
    const end = dayEnd[row] ?? NO_DAY;
    if (start !== NO_DAY && start < first) first = start;
    if (end !== NO_DAY && end > last) last = end;
    const r = region[row] ?? NO_REGION;
    const code = r === NO_REGION ? regionCount : r;
    regionMin[code] = (regionMin[code] ?? 0) + lower;
    regionMax[code] = (regionMax[code] ?? 0) + upper;
    regionChildren[code] = (regionChildren[code] ?? 0) + children;
    regionSeen[code] = 1;
    rowMin[k] = lower;
    rowMax[k] = upper;
    rowChildren[k] = children;
  }
  const byAdmin1: Record<string, RegionFigures> = {};
  for (let code = 0; code <= regionCount; code++) {
    if (regionSeen[code] !== 1) continue;
    // Governorates sharing a name are one entry, as in headlineFigures (it keys by name).
    const name =
      code === regionCount ? NOT_IN_ONE_GOVERNORATE : (columns.regions.names[code] ?? '');
    const figures = byAdmin1[name] ?? { killedMin: 0, killedMax: 0, childrenMin: 0 };
    figures.killedMin += regionMin[code] ?? 0;
    figures.killedMax += regionMax[code] ?? 0;
    figures.childrenMin += regionChildren[code] ?? 0;
    byAdmin1[name] = figures;
  }
  const bySource: Record<string, SourceFigures> = {};
  columns.sources.forEach((name, s) => {
    const words = columns.sourceRows[s];
    if (!words) return;
    const set = new BitSet(columns.length, words);
    const figures: SourceFigures = { killedMin: 0, killedMax: 0, childrenMin: 0, records: 0 };
    for (let k = 0; k < rows.length; k++) {
      if (!set.get(rows[k] ?? 0)) continue;
      figures.killedMin += rowMin[k] ?? 0;
      figures.killedMax += rowMax[k] ?? 0;
      figures.childrenMin += rowChildren[k] ?? 0;
      figures.records++;
    }
    if (figures.records > 0) bySource[name] = figures;
  });
  return {
    records: rows.length,
    killedMin: totalMin,
    killedMax: totalMax,
    childrenMin: totalChildrenMin,
    childrenMax: totalChildrenMax,
    openEnded,
    killedUnknown,
    childrenReported,
    firstDate: first === Number.POSITIVE_INFINITY ? null : fromDayNumber(first),
    lastDate: last === Number.NEGATIVE_INFINITY ? null : fromDayNumber(last),
    byAdmin1,
    bySource,
  };
};
