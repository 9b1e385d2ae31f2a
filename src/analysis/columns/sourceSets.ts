import type { IncidentColumns } from './incidentColumns';

/**
 * The distinct sets of sources the rows carry, and each row's set: figures per source are then
 * one pass over the rows into per-set sums, and one pass over the sets (a few thousand in a real
 * ACLED export with 1,500 organisations) to spread them to sources. The per-row bitmask it
 * replaces held at most 32 sources; this holds any number.
 *
 * Set 0 is the empty set. Set k lists its sources (ascending indexes into `columns.sources`) in
 * `members[offsets[k]] … members[offsets[k + 1] - 1]`.
 */
export interface SourceSets {
  ofRow: Uint32Array;
  count: number;
  offsets: Uint32Array;
  members: Uint32Array;
}

/** Made once per columns from the per-source row bitmaps (columns never change once built). */
export const sourceSetsOf = (columns: IncidentColumns): SourceSets => {
  const cached = columns.derived.sourceSets;
  if (cached) return cached;
  const sourceCount = columns.sources.length;
  const ofRow = new Uint32Array(columns.length);
  // A trie over ascending source indexes: set `parent` plus source `last` is set `child`.
  const child = new Map<number, number>();
  const parent: number[] = [0];
  const last: number[] = [-1];
  for (let s = 0; s < sourceCount; s++) {
    const words = columns.sourceRows[s] ?? new Uint32Array(0);
    for (let w = 0; w < words.length; w++) {
      let word = words[w] ?? 0;
      while (word !== 0) {
        const low = word & -word;
        const row = w * 32 + (31 - Math.clz32(low));
        const from = ofRow[row] ?? 0;
        const key = from * sourceCount + s;
        let to = child.get(key);
        if (to === undefined) {
          to = parent.length;
          child.set(key, to);
          parent.push(from);
          last.push(s);
        }
        ofRow[row] = to;
        word ^= low;
      }
    }
  }
  const count = parent.length;
  const size = new Uint32Array(count);
  for (let k = 1; k < count; k++) size[k] = (size[parent[k] ?? 0] ?? 0) + 1;
  const offsets = new Uint32Array(count + 1);
  for (let k = 0; k < count; k++) offsets[k + 1] = (offsets[k] ?? 0) + (size[k] ?? 0);
  const members = new Uint32Array(offsets[count] ?? 0);
  for (let k = 1; k < count; k++) {
    // Walk up the trie, writing the sources from the last (largest) down.
    let at = (offsets[k + 1] ?? 0) - 1;
    for (let node = k; node !== 0; node = parent[node] ?? 0) members[at--] = last[node] ?? 0;
  }
  const sets = { ofRow, count, offsets, members };
  columns.derived.sourceSets = sets;
  return sets;
};

/** Per-set sums of one figure, spread to the sources of each set. */
export const spreadToSources = (
  sets: SourceSets,
  perSet: Float64Array,
  perSource: Float64Array,
): void => {
  const { offsets, members } = sets;
  for (let k = 1; k < sets.count; k++) {
    const v = perSet[k] ?? 0;
    if (v === 0) continue;
    for (let m = offsets[k] ?? 0; m < (offsets[k + 1] ?? 0); m++) {
      const s = members[m] ?? 0;
      perSource[s] = (perSource[s] ?? 0) + v;
    }
  }
};
