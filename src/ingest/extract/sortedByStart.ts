/*
 * Lookups in lists sorted by `start` (figures, places, sources in text order), by binary search:
 * a scan per record would make a sentence of many figures quadratic.
 */

/** The index of the first item that starts at or after `pos` (the list's length if none). */
export const firstAtOrAfter = <T extends { start: number }>(
  list: readonly T[],
  pos: number,
): number => {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The items that start in [from, to). */
export const startingWithin = <T extends { start: number }>(
  list: readonly T[],
  from: number,
  to: number,
): T[] => {
  const out: T[] = [];
  for (let k = firstAtOrAfter(list, from); k < list.length && (list[k]?.start ?? to) < to; k++)
    out.push(list[k] as T);
  return out;
};
