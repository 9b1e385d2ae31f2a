import { fromDayNumber, toDayNumber } from '../model/dayNumber';
import { lowerOf, upperOf } from '../model/figureBounds';
import type { Incident } from '../model/incident';
import type { IsoDay } from '../model/isoDay';
import { addInOneBin, addRangeRecord, emptyBinSums, seriesPoints } from './rangeRecords';
import { type BinUnit, timeBins } from './timeBins';

export interface SeriesPoint {
  /** First and last day of the bin. The cumulative values hold at the end of `end`. */
  start: IsoDay;
  end: IsoDay;
  /** Deaths certainly documented by the end of the bin (sum of lower bounds). */
  lower: number;
  /** Highest reported figures for records that may have happened by then. */
  upper: number;
  childrenLower: number;
  childrenUpper: number;
  /** New deaths of records lying wholly inside this bin. */
  newLower: number;
  newUpper: number;
  newChildrenLower: number;
  /** How many records lie wholly inside this bin. */
  records: number;
  /**
   * Their ids (for the table and provenance), or [] when the series was asked for without ids:
   * a large dataset's ids stay in its worker, where copying a million of them would cost more
   * than the whole view.
   */
  recordIds: string[];
}

export interface RangeRecord {
  id: string;
  start: IsoDay;
  end: IsoDay;
  /** The record's own figure, as coded (null: not stated). */
  killedMin: number | null;
  killedMax: number | null;
}

export interface CumulativeSeries {
  unit: BinUnit;
  points: SeriesPoint[];
  /**
   * Records whose dates span more than one bin: drawn as ranges, not piled on one bar. All of
   * them, or without ids (`ids: false`) only the first RANGES_WITHOUT_IDS in input order.
   */
  ranges: RangeRecord[];
  /** How many records span more than one bin (ranges.length unless the list was cut). */
  rangeCount: number;
}

export interface SeriesOptions {
  from: IsoDay | null;
  to: IsoDay | null;
  unit: BinUnit;
  /** false: leave `recordIds` empty and list few ranges (the counts stay). Default true. */
  ids?: boolean;
  /**
   * Records spanning several bins: spread evenly over their days, or counted on their last day
   * (the band from their first). Default `end`; the dashboard's views spread.
   */
  ranges?: 'spread' | 'end';
}

/** Ranges listed by a series asked for without ids: enough to name some, cheap at a million. */
export const RANGES_WITHOUT_IDS = 20;

/**
 * Cumulative lower/upper tolls over time. A record counts towards the lower line from its last
 * possible day (only then is it certain to have happened) and towards the upper band from its
 * first possible day, so a record with a date range widens the band instead of being piled on
 * its first day.
 */
export const cumulativeSeries = (
  incidents: readonly Incident[],
  options: SeriesOptions,
): CumulativeSeries => {
  const dated = incidents.filter(
    (r): r is Incident & { dateStart: string; dateEnd: string } =>
      r.dateStart !== null && r.dateEnd !== null,
  );
  if (dated.length === 0 && (options.from === null || options.to === null)) {
    return { unit: options.unit, points: [], ranges: [], rangeCount: 0 };
  }
  // Loops, not Math.min(...spread): a spread of a million days overflows the stack.
  let fromDay = options.from !== null ? toDayNumber(options.from) : Number.POSITIVE_INFINITY;
  let toDay = options.to !== null ? toDayNumber(options.to) : Number.NEGATIVE_INFINITY;
  for (const r of dated) {
    if (options.from === null) fromDay = Math.min(fromDay, toDayNumber(r.dateStart));
    if (options.to === null) toDay = Math.max(toDay, toDayNumber(r.dateEnd));
  }
  const bins = timeBins(fromDay, toDay, options.unit);
  const n = bins.length;
  const binIndex = (day: number): number => {
    // Binary search: bins are sorted and contiguous.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((bins[mid]?.end ?? 0) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sums = emptyBinSums(n);
  const ids: string[][] = bins.map(() => []);
  const ranges: RangeRecord[] = [];
  for (const record of dated) {
    const start = Math.max(toDayNumber(record.dateStart), fromDay);
    const end = Math.min(toDayNumber(record.dateEnd), toDay);
    if (end < fromDay || start > toDay) continue;
    const first = binIndex(start);
    const last = binIndex(end);
    const lower = lowerOf(record.killedMin);
    const upper = upperOf(record.killedMin, record.killedMax);
    if (first === last) {
      const childrenLower = lowerOf(record.childrenMin);
      const childrenUpper = upperOf(record.childrenMin, record.childrenMax);
      addInOneBin(sums, first, lower, upper, childrenLower, childrenUpper);
      ids[first]?.push(record.id);
    } else {
      addRangeRecord(
        sums,
        bins,
        first,
        last,
        {
          start: toDayNumber(record.dateStart),
          end: toDayNumber(record.dateEnd),
          lower,
          upper,
          childrenLower: lowerOf(record.childrenMin),
          childrenUpper: upperOf(record.childrenMin, record.childrenMax),
        },
        options.ranges ?? 'end',
      );
      ranges.push({
        id: record.id,
        start: record.dateStart,
        end: record.dateEnd,
        killedMin: record.killedMin,
        killedMax: record.killedMax,
      });
    }
  }
  const points = seriesPoints(
    bins,
    sums,
    (bin, i, figures): SeriesPoint => ({
      start: fromDayNumber(bin.start),
      end: fromDayNumber(bin.end),
      ...figures,
      records: ids[i]?.length ?? 0,
      recordIds: options.ids === false ? [] : (ids[i] ?? []),
    }),
  );
  return {
    unit: options.unit,
    points,
    ranges: options.ids === false ? ranges.slice(0, RANGES_WITHOUT_IDS) : ranges,
    rangeCount: ranges.length,
  };
};
