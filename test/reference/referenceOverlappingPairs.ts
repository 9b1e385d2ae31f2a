/**
 * PRE-OPTIMISATION REFERENCE, kept for equivalence tests only: a verbatim copy of overlappingPairs.ts as it was
 * before the indexed rewrite (O(n²) candidate pairs). Not used by the app; do not optimise.
 */
import type { Incident } from '../../src/model/incident';

/** Code-unit order: the same on every machine, unlike localeCompare. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every pair of records whose date spans share a day, found by a sweep over start dates instead
 * of comparing all pairs (an imported event dataset has tens of thousands of records). Records
 * without both dates are left out: they cannot be placed in time, so cannot be matched by date.
 * Pairs come in a stable order: by start date, then by the input's order.
 */
export const overlappingPairs = (records: readonly Incident[]): [Incident, Incident][] => {
  const dated = records
    .filter((r) => r.dateStart !== null && r.dateEnd !== null)
    .map((record, index) => ({ record, index }))
    .sort(
      (a, b) => compare(a.record.dateStart ?? '', b.record.dateStart ?? '') || a.index - b.index,
    )
    .map(({ record }) => record);
  const pairs: [Incident, Incident][] = [];
  dated.forEach((a, i) => {
    const end = a.dateEnd ?? '';
    for (const b of dated.slice(i + 1)) {
      // Sorted by start: once b starts after a ends, no later record overlaps a either.
      if ((b.dateStart ?? '') > end) break;
      pairs.push([a, b]);
    }
  });
  return pairs;
};
