import type { IncidentColumns } from './incidentColumns';

/**
 * Per row, a bit per source (up to 32 sources; null beyond), made once per columns and kept
 * beside them: one pass over the rows then sums every source, where a pass per source read each
 * row's figures again. Columns are never changed after they are built, so the cache stays right.
 */
const sourceMaskCache = new WeakMap<IncidentColumns, Uint32Array | null>();

export const sourceMasksOf = (columns: IncidentColumns): Uint32Array | null => {
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
