import type { Incident } from '../../model/incident';

/** Code-unit order: the same on every machine, unlike localeCompare. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every pair of records whose date spans share a day, found by a sweep over start dates instead
 * of comparing all pairs (an imported event dataset has tens of thousands of records). Records
 * without both dates are left out: they cannot be placed in time, so cannot be matched by date.
 * Pairs come in a stable order: by start date, then by the input's order. Stops after `cap`
 * pairs (or when `visit` says so) and returns where (the record whose pairs were cut short, and how many records after it
 * were not swept), else null.
 */
export const forEachOverlappingPair = (
  records: readonly Incident[],
  /** Returns false to stop the sweep there. */
  visit: (a: Incident, b: Incident) => boolean | undefined,
  cap: number = Number.POSITIVE_INFINITY,
): { stoppedAt: Incident; left: number } | null => {
  const dated = records
    .filter((r) => r.dateStart !== null && r.dateEnd !== null)
    .map((record, index) => ({ record, index }))
    .sort(
      (a, b) => compare(a.record.dateStart ?? '', b.record.dateStart ?? '') || a.index - b.index,
    )
    .map(({ record }) => record);
  let visited = 0;
  for (let i = 0; i < dated.length; i++) {
    const a = dated[i] as Incident;
    const end = a.dateEnd ?? '';
    // An index loop, not dated.slice(i + 1): a copy per record would make the sweep quadratic.
    for (let j = i + 1; j < dated.length; j++) {
      const b = dated[j] as Incident;
      // Sorted by start: once b starts after a ends, no later record overlaps a either.
      if ((b.dateStart ?? '') > end) break;
      if (++visited > cap) return { stoppedAt: a, left: dated.length - i - 1 };
      if (visit(a, b) === false) return { stoppedAt: a, left: dated.length - i - 1 };
    }
  }
  return null;
};

/** forEachOverlappingPair's pairs as a list (small inputs and tests). */
export const overlappingPairs = (records: readonly Incident[]): [Incident, Incident][] => {
  const pairs: [Incident, Incident][] = [];
  forEachOverlappingPair(records, (a, b) => {
    pairs.push([a, b]);
    return true;
  });
  return pairs;
};
