import { fromDayNumber, toDayNumber } from '../../model/dayNumber';
import { lowerOfCell, upperOfCell } from '../../model/figureBounds';
import {
  type CumulativeSeries,
  RANGES_WITHOUT_IDS,
  type RangeRecord,
  type SeriesOptions,
  type SeriesPoint,
} from '../cumulativeSeries';
import {
  addInOneBin,
  addRangeRecord,
  type BinSums,
  emptyBinSums,
  seriesPoints,
} from '../rangeRecords';
import { type DayBin, timeBins } from '../timeBins';
import { type IncidentColumns, NO_DAY } from './incidentColumns';

/** Sorts `rows[from…to)` by input order, unless they already are (the usual case: one slot). */
const inInputOrder = (rows: Uint32Array, inputIndex: Uint32Array): Uint32Array => {
  for (let k = 1; k < rows.length; k++) {
    if ((inputIndex[rows[k] ?? 0] ?? 0) < (inputIndex[rows[k - 1] ?? 0] ?? 0)) {
      return Uint32Array.from(rows).sort(
        (a, b) => (inputIndex[a] ?? 0) - (inputIndex[b] ?? 0) || a - b,
      );
    }
  }
  return rows;
};

/** The `limit` rows earliest in input order, in that order, without sorting all of them. */
const firstInInputOrder = (rows: readonly number[], inputIndex: Uint32Array, limit: number) => {
  const kept: number[] = [];
  for (const row of rows) {
    const input = inputIndex[row] ?? 0;
    if (kept.length === limit && input >= (inputIndex[kept[limit - 1] ?? 0] ?? 0)) continue;
    let at = kept.length;
    while (at > 0 && (inputIndex[kept[at - 1] ?? 0] ?? 0) > input) at--;
    kept.splice(at, 0, row);
    if (kept.length > limit) kept.pop();
  }
  return kept;
};

/**
 * Records lying on one day each, given as sums instead of rows (regionDayIndex.ts). Each counts
 * as a row dated that day: its lower and upper bounds, children and one record, in its day's bin.
 */
export interface SingleDayTotals {
  count: number;
  /** The first and last day of those records (meaningful when count > 0). */
  first: number;
  last: number;
  /** Adds to `sums[i]` the sums of the records whose day lies in `bins[i]`. */
  addToBins(bins: readonly DayBin[], sums: SingleDaySums): void;
}

export interface SingleDaySums {
  lower: Float64Array;
  upper: Float64Array;
  childrenLower: Float64Array;
  childrenUpper: Float64Array;
  records: Float64Array;
}

const countOrNull = (v: number): number | null => (v >= 0 ? v : null);

/** Records given as sums by day (SingleDayTotals), added as the row loop adds one lying in one bin. */
const addSingleDays = (
  singleDays: SingleDayTotals,
  bins: readonly DayBin[],
  binSums: BinSums,
  inBin: Uint32Array,
): void => {
  const n = bins.length;
  const sums: SingleDaySums = {
    lower: new Float64Array(n),
    upper: new Float64Array(n),
    childrenLower: new Float64Array(n),
    childrenUpper: new Float64Array(n),
    records: new Float64Array(n),
  };
  singleDays.addToBins(bins, sums);
  for (let i = 0; i < n; i++) {
    const childrenLower = sums.childrenLower[i] ?? 0;
    const childrenUpper = sums.childrenUpper[i] ?? 0;
    addInOneBin(binSums, i, sums.lower[i] ?? 0, sums.upper[i] ?? 0, childrenLower, childrenUpper);
    inBin[i] = (inBin[i] ?? 0) + (sums.records[i] ?? 0);
  }
};

/** The days the series covers: the options' from/to, else the span of the dated records. */
const seriesSpan = (
  columns: IncidentColumns,
  rows: Uint32Array,
  options: SeriesOptions,
  singleDays: SingleDayTotals | null,
) => {
  const { dayStart, dayEnd } = columns;
  const NONE = NO_DAY;
  let fromDay = options.from !== null ? toDayNumber(options.from) : Number.POSITIVE_INFINITY;
  let toDay = options.to !== null ? toDayNumber(options.to) : Number.NEGATIVE_INFINITY;
  let dated = 0;
  // The span of the records is needed only where the options leave it open.
  if (options.from === null || options.to === null) {
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k] ?? 0;
      const start = dayStart[row] ?? NONE;
      const end = dayEnd[row] ?? NONE;
      if (start === NONE || end === NONE) continue;
      dated++;
      if (options.from === null && start < fromDay) fromDay = start;
      if (options.to === null && end > toDay) toDay = end;
    }
    if (singleDays !== null && singleDays.count > 0) {
      dated += singleDays.count;
      if (options.from === null && singleDays.first < fromDay) fromDay = singleDays.first;
      if (options.to === null && singleDays.last > toDay) toDay = singleDays.last;
    }
  }
  return { fromDay, toDay, dated };
};

/** The listed range records, in input order (only the first few without ids). */
const rangeRecordsOf = (
  columns: IncidentColumns,
  rangeRows: readonly number[],
  withIds: boolean,
  iso: (day: number) => string,
): RangeRecord[] => {
  const { ids, inputIndex, dayStart, dayEnd, killedMin, killedMax } = columns;
  const listed = withIds
    ? inInputOrder(Uint32Array.from(rangeRows), inputIndex)
    : firstInInputOrder(rangeRows, inputIndex, RANGES_WITHOUT_IDS);
  const ranges: RangeRecord[] = [];
  for (const row of listed) {
    ranges.push({
      id: ids.at(row) ?? '',
      start: iso(dayStart[row] ?? 0),
      end: iso(dayEnd[row] ?? 0),
      killedMin: countOrNull(killedMin[row] ?? -1),
      killedMax: countOrNull(killedMax[row] ?? -1),
    });
  }
  return ranges;
};

/**
 * `cumulativeSeries` over a selection of rows: the same points, ranges and record order as
 * `cumulativeSeries(records)` where `records` are the selected incidents in input order
 * (`columns.inputIndex`). The sums run over the rows as stored (sorted by region and day, so
 * memory is read in order); only the lists of ids and ranges are put back in input order.
 */
export const cumulativeSeriesColumns = (
  columns: IncidentColumns,
  rows: Uint32Array,
  options: SeriesOptions,
  /** Further selected records, as sums by day; their ids cannot be listed (`ids: false` only). */
  singleDays: SingleDayTotals | null = null,
): CumulativeSeries => {
  if (singleDays !== null && options.ids !== false)
    throw new Error('cumulativeSeriesColumns: records given as sums have no ids to list');
  const { dayStart, dayEnd, killedMin, killedMax, childrenMin, childrenMax } = columns;
  // A local copy: an imported binding can cost a getter call per row in CommonJS transpilation.
  const NONE = NO_DAY;
  // ISO strings for day numbers, memoised per call: range records repeat a few hundred days.
  const isoDays = new Map<number, string>();
  const iso = (day: number): string => {
    let s = isoDays.get(day);
    if (s === undefined) {
      s = fromDayNumber(day);
      isoDays.set(day, s);
    }
    return s;
  };
  const { fromDay, toDay, dated } = seriesSpan(columns, rows, options, singleDays);
  if (dated === 0 && (options.from === null || options.to === null)) {
    return { unit: options.unit, points: [], ranges: [], rangeCount: 0 };
  }
  const bins = timeBins(fromDay, toDay, options.unit);
  const n = bins.length;
  // Day → bin by table lookup: bins are contiguous, so the table is as long as the range.
  const binOfDay = new Int32Array(Math.max(0, toDay - fromDay + 1));
  bins.forEach((bin, i) => {
    binOfDay.fill(i, bin.start - fromDay, bin.end - fromDay + 1);
  });

  // Small integers from here on (fromDay/toDay may have started as ±Infinity, i.e. doubles).
  const firstDay = fromDay | 0;
  const lastDay = toDay | 0;
  const sums = emptyBinSums(n);
  const rangeMode = options.ranges ?? 'end';
  // Records lying in one bin are listed by id in that bin; the rest are ranges.
  const inBin = new Uint32Array(n);
  const rangeRows: number[] = [];
  // With ids: the bin of each selected row lying in one bin (−1 otherwise), for idsPerBin.
  const binOfRow = options.ids === false ? null : new Int32Array(rows.length).fill(-1);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] ?? 0;
    const rawStart = dayStart[row] ?? NONE;
    const rawEnd = dayEnd[row] ?? NONE;
    if (rawStart === NONE || rawEnd === NONE) continue;
    const start = Math.max(rawStart, firstDay);
    const end = Math.min(rawEnd, lastDay);
    if (end < firstDay || start > lastDay) continue;
    const first = binOfDay[start - firstDay] ?? 0;
    const last = binOfDay[end - firstDay] ?? 0;
    const kMin = killedMin[row] ?? -1;
    const kMax = killedMax[row] ?? -1;
    const cMin = childrenMin[row] ?? -1;
    const cMax = childrenMax[row] ?? -1;
    const lower = lowerOfCell(kMin);
    const upper = upperOfCell(kMin, kMax);
    const childrenLower = lowerOfCell(cMin);
    const childrenUpper = upperOfCell(cMin, cMax);
    if (first === last) {
      addInOneBin(sums, first, lower, upper, childrenLower, childrenUpper);
      inBin[first] = (inBin[first] ?? 0) + 1;
      if (binOfRow) binOfRow[k] = first;
    } else {
      const figures = { start: rawStart, end: rawEnd, lower, upper, childrenLower, childrenUpper };
      addRangeRecord(sums, bins, first, last, figures, rangeMode);
      rangeRows.push(row);
    }
  }

  if (singleDays !== null) addSingleDays(singleDays, bins, sums, inBin);

  const recordIds = binOfRow ? idsPerBin(columns, rows, inBin, binOfRow) : null;

  const points = seriesPoints(
    bins,
    sums,
    (bin, i, figures): SeriesPoint => ({
      start: iso(bin.start),
      end: iso(bin.end),
      ...figures,
      records: inBin[i] ?? 0,
      recordIds: recordIds?.[i] ?? [],
    }),
  );
  const ranges = rangeRecordsOf(columns, rangeRows, options.ids !== false, iso);
  return { unit: options.unit, points, ranges, rangeCount: rangeRows.length };
};

/**
 * The ids of the records lying in one bin, per bin, in input order. Rows are stored by (region,
 * day, input order), so a bin's ids usually arrive in input order; a bin where they do not
 * (several regions, or weeks and months) is noted and re-sorted.
 */
const idsPerBin = (
  columns: IncidentColumns,
  rows: Uint32Array,
  inBin: Uint32Array,
  /** Per selected row, its bin when it lies in one, else −1. */
  binOfRow: Int32Array,
): string[][] => {
  const n = inBin.length;
  const { ids, inputIndex } = columns;
  const recordIds: string[][] = new Array(n);
  for (let i = 0; i < n; i++) recordIds[i] = new Array<string>(inBin[i] ?? 0);
  const filled = new Uint32Array(n);
  const lastInput = new Float64Array(n).fill(-1);
  let unordered: Set<number> | null = null;
  for (let k = 0; k < rows.length; k++) {
    const bin = binOfRow[k] ?? -1;
    if (bin < 0) continue;
    const row = rows[k] ?? 0;
    const at = filled[bin] ?? 0;
    const list = recordIds[bin];
    if (list) list[at] = ids.at(row) ?? '';
    filled[bin] = at + 1;
    const input = inputIndex[row] ?? 0;
    if (input < (lastInput[bin] ?? -1)) {
      unordered ??= new Set();
      unordered.add(bin);
    }
    lastInput[bin] = input;
  }
  if (unordered !== null) {
    const rowsOf = new Map<number, number[]>();
    for (const b of unordered) rowsOf.set(b, []);
    for (let k = 0; k < rows.length; k++) rowsOf.get(binOfRow[k] ?? -1)?.push(rows[k] ?? 0);
    for (const [b, list] of rowsOf) {
      list.sort((a, c) => (inputIndex[a] ?? 0) - (inputIndex[c] ?? 0) || a - c);
      recordIds[b] = list.map((row) => ids.at(row) ?? '');
    }
  }

  return recordIds;
};
