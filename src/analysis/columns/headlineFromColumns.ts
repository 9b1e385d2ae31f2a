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

/**
 * Per row, a bit per source (up to 32 sources), made once per columns and kept beside them:
 * one pass over the rows then sums every source, where a pass per source read each row's
 * figures again. The columns are never changed after they are built, so the cache stays right.
 */
const sourceMaskCache = new WeakMap<IncidentColumns, Uint32Array | null>();
const sourceMasksOf = (columns: IncidentColumns): Uint32Array | null => {
  let masks = sourceMaskCache.get(columns);
  if (masks !== undefined) return masks;
  masks = null;
  if (columns.sources.length <= 32) {
    masks = new Uint32Array(columns.length);
    for (let s = 0; s < columns.sourceRows.length; s++) {
      const words = columns.sourceRows[s] ?? new Uint32Array(0);
      const bit = 1 << s;
      for (let w = 0; w < words.length; w++) {
        let word = words[w] ?? 0;
        while (word !== 0) {
          const low = word & -word;
          const row = w * 32 + (31 - Math.clz32(low));
          masks[row] = (masks[row] ?? 0) | bit;
          word ^= low;
        }
      }
    }
  }
  sourceMaskCache.set(columns, masks);
  return masks;
};

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
    const kMin = killedMin[row] ?? -1;
    const kMax = killedMax[row] ?? -1;
    const cMin = childrenMin[row] ?? -1;
    const cMax = childrenMax[row] ?? -1;
    // lowerOf / upperOf (figureBounds.ts), with −1 (UNKNOWN_COUNT) for an unknown count.
    const lower = Math.max(kMin, 0);
    const upper = kMax >= 0 ? kMax : lower;
    const children = Math.max(cMin, 0);
    totalMin += lower;
    totalMax += upper;
    totalChildrenMin += children;
    totalChildrenMax += cMax >= 0 ? cMax : children;
    if (cMin >= 0 || cMax >= 0) childrenReported++;
    if (kMin < 0) killedUnknown++;
    else if (kMax < 0) openEnded++;
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
  const masks = sourceMasksOf(columns);
  if (masks) {
    const n = columns.sources.length;
    const srcMin = new Float64Array(n);
    const srcMax = new Float64Array(n);
    const srcChildren = new Float64Array(n);
    const srcRecords = new Float64Array(n);
    for (let k = 0; k < rows.length; k++) {
      let mask = masks[rows[k] ?? 0] ?? 0;
      while (mask !== 0) {
        const low = mask & -mask;
        const s = 31 - Math.clz32(low);
        srcMin[s] = (srcMin[s] ?? 0) + (rowMin[k] ?? 0);
        srcMax[s] = (srcMax[s] ?? 0) + (rowMax[k] ?? 0);
        srcChildren[s] = (srcChildren[s] ?? 0) + (rowChildren[k] ?? 0);
        srcRecords[s] = (srcRecords[s] ?? 0) + 1;
        mask ^= low;
      }
    }
    columns.sources.forEach((name, s) => {
      const records = srcRecords[s] ?? 0;
      if (records > 0)
        bySource[name] = {
          killedMin: srcMin[s] ?? 0,
          killedMax: srcMax[s] ?? 0,
          childrenMin: srcChildren[s] ?? 0,
          records,
        };
    });
  } else
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
