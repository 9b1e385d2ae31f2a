import { fromDayNumber } from '../../model/dayNumber';
import { lowerOfCell, upperOfCell } from '../../model/figureBounds';
import {
  type HeadlineFigures,
  NOT_IN_ONE_GOVERNORATE,
  type RegionFigures,
  type SourceFigures,
} from '../headlineFigures';
import { type IncidentColumns, NO_DAY, NO_REGION } from './incidentColumns';
import { type SourceSets, sourceSetsOf, spreadToSources } from './sourceSets';

/**
 * `headlineFigures` without `reports` (columns do not keep report ids): the same sums, counts,
 * first/last dates and per-governorate and per-source figures for the selected rows.
 */
export type ColumnHeadline = Omit<HeadlineFigures, 'reports'>;

/**
 * Sums over some rows before they are named and formatted: the headline of a selection is the
 * sums of its parts, so an index can add the sums it keeps for whole days (regionDayIndex.ts)
 * to those of the rows it lists. Integers in doubles: every sum is exact, in any order.
 */
export interface HeadlineSums {
  records: number;
  killedMin: number;
  killedMax: number;
  childrenMin: number;
  childrenMax: number;
  openEnded: number;
  killedUnknown: number;
  childrenReported: number;
  /** Day numbers, ±Infinity while no dated row has been added. */
  first: number;
  last: number;
  /** Per governorate code, the last entry for rows not in one governorate. */
  regionRecords: Float64Array;
  regionMin: Float64Array;
  regionMax: Float64Array;
  regionChildren: Float64Array;
  /** Per index into `columns.sources`. */
  sourceRecords: Float64Array;
  sourceMin: Float64Array;
  sourceMax: Float64Array;
  sourceChildren: Float64Array;
}

export const emptyHeadlineSums = (columns: IncidentColumns): HeadlineSums => {
  const regions = columns.regions.ids.length + 1;
  const sources = columns.sources.length;
  return {
    records: 0,
    killedMin: 0,
    killedMax: 0,
    childrenMin: 0,
    childrenMax: 0,
    openEnded: 0,
    killedUnknown: 0,
    childrenReported: 0,
    first: Number.POSITIVE_INFINITY,
    last: Number.NEGATIVE_INFINITY,
    regionRecords: new Float64Array(regions),
    regionMin: new Float64Array(regions),
    regionMax: new Float64Array(regions),
    regionChildren: new Float64Array(regions),
    sourceRecords: new Float64Array(sources),
    sourceMin: new Float64Array(sources),
    sourceMax: new Float64Array(sources),
    sourceChildren: new Float64Array(sources),
  };
};

/** Adds the figures of `rows` (incident rows) to `sums`, and returns it. */
export const addRowsToHeadlineSums = (
  columns: IncidentColumns,
  rows: Uint32Array,
  sums: HeadlineSums,
): HeadlineSums => {
  const { killedMin, killedMax, childrenMin, childrenMax, dayStart, dayEnd, region } = columns;
  const regionCount = columns.regions.ids.length;
  const { regionRecords, regionMin, regionMax, regionChildren } = sums;
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
  let first = sums.first;
  let last = sums.last;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] ?? 0;
    const kMin = killedMin[row] ?? -1;
    const kMax = killedMax[row] ?? -1;
    const cMin = childrenMin[row] ?? -1;
    const cMax = childrenMax[row] ?? -1;
    const lower = lowerOfCell(kMin);
    const upper = upperOfCell(kMin, kMax);
    const children = lowerOfCell(cMin);
    totalMin += lower;
    totalMax += upper;
    totalChildrenMin += children;
    totalChildrenMax += upperOfCell(cMin, cMax);
    if (cMin >= 0 || cMax >= 0) childrenReported++;
    if (kMin < 0) killedUnknown++;
    else if (kMax < 0) openEnded++;
    const start = dayStart[row] ?? NO_DAY;
    const end = dayEnd[row] ?? NO_DAY;
    if (start !== NO_DAY && start < first) first = start;
    if (end !== NO_DAY && end > last) last = end;
    const r = region[row] ?? NO_REGION;
    const code = r === NO_REGION ? regionCount : r;
    regionRecords[code] = (regionRecords[code] ?? 0) + 1;
    regionMin[code] = (regionMin[code] ?? 0) + lower;
    regionMax[code] = (regionMax[code] ?? 0) + upper;
    regionChildren[code] = (regionChildren[code] ?? 0) + children;
    rowMin[k] = lower;
    rowMax[k] = upper;
    rowChildren[k] = children;
  }
  sums.records += rows.length;
  sums.killedMin += totalMin;
  sums.killedMax += totalMax;
  sums.childrenMin += totalChildrenMin;
  sums.childrenMax += totalChildrenMax;
  sums.openEnded += openEnded;
  sums.killedUnknown += killedUnknown;
  sums.childrenReported += childrenReported;
  sums.first = first;
  sums.last = last;
  addToSourceSums(sums, sourceSetsOf(columns), rows, rowMin, rowMax, rowChildren);
  return sums;
};

/**
 * Per-source sums of the rows: one pass into sums per source set, then each set's sums spread to
 * its sources, so the cost is the rows plus the sets, whatever the number of sources.
 */
const addToSourceSums = (
  sums: HeadlineSums,
  sets: SourceSets,
  rows: Uint32Array,
  rowMin: Float64Array,
  rowMax: Float64Array,
  rowChildren: Float64Array,
): void => {
  const setRecords = new Float64Array(sets.count);
  const setMin = new Float64Array(sets.count);
  const setMax = new Float64Array(sets.count);
  const setChildren = new Float64Array(sets.count);
  const { ofRow } = sets;
  for (let k = 0; k < rows.length; k++) {
    const set = ofRow[rows[k] ?? 0] ?? 0;
    setRecords[set] = (setRecords[set] ?? 0) + 1;
    setMin[set] = (setMin[set] ?? 0) + (rowMin[k] ?? 0);
    setMax[set] = (setMax[set] ?? 0) + (rowMax[k] ?? 0);
    setChildren[set] = (setChildren[set] ?? 0) + (rowChildren[k] ?? 0);
  }
  spreadToSources(sets, setRecords, sums.sourceRecords);
  spreadToSources(sets, setMin, sums.sourceMin);
  spreadToSources(sets, setMax, sums.sourceMax);
  spreadToSources(sets, setChildren, sums.sourceChildren);
};

/** The headline for summed figures: governorates by name, sources that have records. */
export const headlineFromSums = (columns: IncidentColumns, sums: HeadlineSums): ColumnHeadline => {
  const regionCount = columns.regions.ids.length;
  const byAdmin1: Record<string, RegionFigures> = {};
  for (let code = 0; code <= regionCount; code++) {
    if ((sums.regionRecords[code] ?? 0) === 0) continue;
    // Governorates sharing a name are one entry, as in headlineFigures (it keys by name).
    const name =
      code === regionCount ? NOT_IN_ONE_GOVERNORATE : (columns.regions.names[code] ?? '');
    const figures = byAdmin1[name] ?? { killedMin: 0, killedMax: 0, childrenMin: 0 };
    figures.killedMin += sums.regionMin[code] ?? 0;
    figures.killedMax += sums.regionMax[code] ?? 0;
    figures.childrenMin += sums.regionChildren[code] ?? 0;
    byAdmin1[name] = figures;
  }
  const bySource: Record<string, SourceFigures> = {};
  columns.sources.forEach((name, s) => {
    const records = sums.sourceRecords[s] ?? 0;
    if (records > 0)
      bySource[name] = {
        killedMin: sums.sourceMin[s] ?? 0,
        killedMax: sums.sourceMax[s] ?? 0,
        childrenMin: sums.sourceChildren[s] ?? 0,
        records,
      };
  });
  return {
    records: sums.records,
    killedMin: sums.killedMin,
    killedMax: sums.killedMax,
    childrenMin: sums.childrenMin,
    childrenMax: sums.childrenMax,
    openEnded: sums.openEnded,
    killedUnknown: sums.killedUnknown,
    childrenReported: sums.childrenReported,
    firstDate: sums.first === Number.POSITIVE_INFINITY ? null : fromDayNumber(sums.first),
    lastDate: sums.last === Number.NEGATIVE_INFINITY ? null : fromDayNumber(sums.last),
    byAdmin1,
    bySource,
  };
};

export const headlineFromColumns = (columns: IncidentColumns, rows: Uint32Array): ColumnHeadline =>
  headlineFromSums(columns, addRowsToHeadlineSums(columns, rows, emptyHeadlineSums(columns)));
