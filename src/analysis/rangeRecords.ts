import type { SeriesPoint } from './cumulativeSeries';
import type { DayBin } from './timeBins';

/** Per-bin sums a series accumulates. */
export interface BinSums {
  addLower: Float64Array;
  addUpper: Float64Array;
  addChildrenLower: Float64Array;
  addChildrenUpper: Float64Array;
  newLower: Float64Array;
  newUpper: Float64Array;
  newChildren: Float64Array;
}

export const emptyBinSums = (n: number): BinSums => ({
  addLower: new Float64Array(n),
  addUpper: new Float64Array(n),
  addChildrenLower: new Float64Array(n),
  addChildrenUpper: new Float64Array(n),
  newLower: new Float64Array(n),
  newUpper: new Float64Array(n),
  newChildren: new Float64Array(n),
});

export interface RangeFigures {
  start: number;
  end: number;
  lower: number;
  upper: number;
  childrenLower: number;
  childrenUpper: number;
}

/** Adds a record lying in one bin: to the line, the band and that bin's bar. */
export const addInOneBin = (
  sums: BinSums,
  bin: number,
  lower: number,
  upper: number,
  childrenLower: number,
  childrenUpper: number,
): void => {
  add(sums.addLower, bin, lower);
  add(sums.addUpper, bin, upper);
  add(sums.addChildrenLower, bin, childrenLower);
  add(sums.addChildrenUpper, bin, childrenUpper);
  add(sums.newLower, bin, lower);
  add(sums.newUpper, bin, upper);
  add(sums.newChildren, bin, childrenLower);
};

/**
 * Adds a record spanning several bins. `spread`: evenly over its days (each bin gets the share
 * of its days that fall in it), in the line, the band and the bars alike, so a year-long event
 * is not a cliff on its last day. `end`: the line and the bars take it on its last day (only
 * then is it certain to have happened), the band from its first. Either way the bars add up
 * to the line: no record is left out of them.
 */
export const addRangeRecord = (
  sums: BinSums,
  bins: readonly DayBin[],
  firstBin: number,
  lastBin: number,
  r: RangeFigures,
  mode: 'spread' | 'end',
): void => {
  if (mode === 'end') {
    add(sums.addLower, lastBin, r.lower);
    add(sums.addUpper, firstBin, r.upper);
    add(sums.addChildrenLower, lastBin, r.childrenLower);
    add(sums.addChildrenUpper, firstBin, r.childrenUpper);
    add(sums.newLower, lastBin, r.lower);
    add(sums.newUpper, lastBin, r.upper);
    add(sums.newChildren, lastBin, r.childrenLower);
    return;
  }
  const days = r.end - r.start + 1;
  for (let i = firstBin; i <= lastBin; i++) {
    const bin = bins[i];
    if (!bin) continue;
    const share = (Math.min(bin.end, r.end) - Math.max(bin.start, r.start) + 1) / days;
    if (share <= 0) continue;
    add(sums.addLower, i, r.lower * share);
    add(sums.addUpper, i, r.upper * share);
    add(sums.addChildrenLower, i, r.childrenLower * share);
    add(sums.addChildrenUpper, i, r.childrenUpper * share);
    add(sums.newLower, i, r.lower * share);
    add(sums.newUpper, i, r.upper * share);
    add(sums.newChildren, i, r.childrenLower * share);
  }
};

const add = (a: Float64Array, i: number, v: number) => {
  a[i] = (a[i] ?? 0) + v;
};

/**
 * A sum of spread shares, with the float error of adding fractions taken off: a record's
 * shares add up to its whole figure, and 11,540.999999 must read as the 11,541 it is.
 */
export const settle = (value: number): number => {
  const whole = Math.round(value);
  return Math.abs(value - whole) < 1e-6 ? whole : value;
};

/**
 * The series' points from its per-bin sums: running totals for the line and band, the bin's own
 * sums for the bars. `records(i)` and `recordIds(i)` say what lies wholly in bin i; `iso` names
 * a day number (a caller may memoise it).
 */
export const seriesPoints = <Point>(
  bins: readonly DayBin[],
  sums: BinSums,
  point: (
    bin: DayBin,
    i: number,
    figures: Omit<SeriesPoint, 'start' | 'end' | 'records' | 'recordIds'>,
  ) => Point,
): Point[] => {
  const {
    addLower,
    addUpper,
    addChildrenLower,
    addChildrenUpper,
    newLower,
    newUpper,
    newChildren,
  } = sums;
  const points: Point[] = new Array(bins.length);
  let lower = 0;
  let upper = 0;
  let childrenLower = 0;
  let childrenUpper = 0;
  for (let i = 0; i < bins.length; i++) {
    lower += addLower[i] ?? 0;
    upper += addUpper[i] ?? 0;
    childrenLower += addChildrenLower[i] ?? 0;
    childrenUpper += addChildrenUpper[i] ?? 0;
    points[i] = point(bins[i] ?? { start: 0, end: 0 }, i, {
      lower: settle(lower),
      upper: settle(upper),
      childrenLower: settle(childrenLower),
      childrenUpper: settle(childrenUpper),
      newLower: settle(newLower[i] ?? 0),
      newUpper: settle(newUpper[i] ?? 0),
      newChildrenLower: settle(newChildren[i] ?? 0),
    });
  }
  return points;
};
