import { toDayNumber } from '../../model/dayNumber';
import type { Incident } from '../../model/incident';
import { type IncidentColumns, KIND_INCIDENT, NO_DAY } from './incidentColumns';

/**
 * A dataset is "large" when clustering would compare more than this many pairs of records (it
 * compares every pair that shares a day, which grows with the square of the records per day:
 * the bundled UCDP Syria events give 0.28 million, 40k synthetic records 2.9 million, 100k about
 * 30 million). Then reports are not clustered into incidents, filters and sums run on typed-array
 * columns, every figure sums records as stated, and the dashboard says so. Measured on the
 * 2-core bench machine (2026-11-25): clustering and summarising 40k synthetic records (2.9M
 * pairs) takes 1.2 s when a folder is opened, so the limit lets datasets of that size be
 * reconciled and keeps a million-record folder interactive.
 */
export const LARGE_DATASET_PAIRS = 5_000_000;

/**
 * How many pairs `overlappingPairs` (reconcile) would list: dated incident records whose spans
 * share a day. With starts sorted, record i (by start) pairs with every later record starting by
 * its end, so the count is Σ upperBound(starts, end) − n(n+1)/2, without listing any pair.
 */
export const overlappingPairCount = (incidents: readonly Incident[]): number => {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const r of incidents) {
    if (r.kind !== 'incident' || r.dateStart === null || r.dateEnd === null) continue;
    starts.push(toDayNumber(r.dateStart));
    ends.push(toDayNumber(r.dateEnd));
  }
  return pairCountOfSpans(Float64Array.from(starts), Float64Array.from(ends));
};

/** overlappingPairCount over columns. */
export const overlappingPairCountOfColumns = (columns: IncidentColumns): number => {
  const starts = new Float64Array(columns.length);
  const ends = new Float64Array(columns.length);
  let n = 0;
  for (let row = 0; row < columns.length; row++) {
    const start = columns.dayStart[row] ?? NO_DAY;
    const end = columns.dayEnd[row] ?? NO_DAY;
    if (columns.kind[row] !== KIND_INCIDENT || start === NO_DAY || end === NO_DAY) continue;
    starts[n] = start;
    ends[n] = end;
    n++;
  }
  return pairCountOfSpans(starts.subarray(0, n), ends.subarray(0, n));
};

const pairCountOfSpans = (starts: Float64Array, ends: Float64Array): number => {
  const sorted = Float64Array.from(starts).sort();
  const n = sorted.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const end = ends[i] ?? 0;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? 0) <= end) lo = mid + 1;
      else hi = mid;
    }
    total += lo;
  }
  return total - (n * (n + 1)) / 2;
};
