import { lowerOfCell, upperOfCell } from '../../model/figureBounds';
import type { HeadlineSums } from './headlineFromColumns';
import { type IncidentColumns, KIND_INCIDENT, NO_DAY } from './incidentColumns';
import { type SourceSets, sourceSetsOf, spreadToSources } from './sourceSets';

/**
 * The region × day index's sparse dimension (regionDayIndex.ts): for each governorate slot and
 * each combination ("combo") of a group (the record's set of reports) and a set of sources that
 * occurs in it, the days on which it has single-day incident records, ascending, with running
 * sums. Whole governorates over a date range are then two binary searches per run, and the
 * figures of every source and the groups present follow, for any number of sources: a real
 * ACLED export has thousands of source strings, which a dense slot × day × source array could
 * not hold. Entries are at most one per record.
 */
export interface ComboRuns {
  /** Per combo, its group and source set. */
  comboGroup: Uint32Array;
  comboSet: Uint32Array;
  /** Runs of slot s: slotRuns[s] … slotRuns[s + 1] - 1; run r is combo runCombo[r]. */
  slotRuns: Uint32Array;
  runCombo: Uint32Array;
  /** Entries of run r: runStart[r] … runStart[r + 1] - 1. */
  runStart: Uint32Array;
  /** Per entry, its day (from the index's first day), then running sums of the run up to it. */
  entryDay: Int32Array;
  /** 4 per entry: records, lower, upper, children (lower). */
  entrySums: Float64Array;
  bytes: number;
}

/** Bytes of one entry: its day and four running sums. */
export const RUN_ENTRY_BYTES = 4 + 4 * 8;

/** The selection the runs answer: chosen slots and the days [lo, hi) from the first day. */
interface RunSelection {
  slots: Uint8Array;
  lo: number;
  hi: number;
}

export const buildComboRuns = (
  columns: IncidentColumns,
  groupOfRow: Uint32Array,
  firstDay: number,
): ComboRuns => {
  const { kind, dayStart, dayEnd, regionOffsets, killedMin, killedMax, childrenMin } = columns;
  const slots = regionOffsets.length - 1;
  const sets = sourceSetsOf(columns);
  // Combo per single-day incident row; other rows keep 0xffffffff.
  const comboOfRow = new Uint32Array(columns.length).fill(0xffffffff);
  const comboIds = new Map<number, number>();
  const comboGroup: number[] = [];
  const comboSet: number[] = [];
  for (let row = 0; row < columns.length; row++) {
    const start = dayStart[row] ?? NO_DAY;
    if (kind[row] !== KIND_INCIDENT || start === NO_DAY || start !== dayEnd[row]) continue;
    const g = groupOfRow[row] ?? 0;
    const set = sets.ofRow[row] ?? 0;
    const key = g * sets.count + set;
    let c = comboIds.get(key);
    if (c === undefined) {
      c = comboGroup.length;
      comboIds.set(key, c);
      comboGroup.push(g);
      comboSet.push(set);
    }
    comboOfRow[row] = c;
  }
  const combos = comboGroup.length;
  // Rows ordered by (slot, combo) with a counting sort; a slot's rows are sorted by last day,
  // and the sort is stable, so each (slot, combo) run comes in day order.
  const keys = slots * combos;
  const start = new Uint32Array(keys + 1);
  const rowSlot = (row: number, slot: number) => slot * combos + (comboOfRow[row] ?? 0);
  for (let slot = 0; slot < slots; slot++)
    for (let row = regionOffsets[slot] ?? 0; row < (regionOffsets[slot + 1] ?? 0); row++)
      if (comboOfRow[row] !== 0xffffffff) {
        const key = rowSlot(row, slot) + 1;
        start[key] = (start[key] ?? 0) + 1;
      }
  for (let k = 0; k < keys; k++) start[k + 1] = (start[k + 1] ?? 0) + (start[k] ?? 0);
  const ordered = new Uint32Array(start[keys] ?? 0);
  const next = start.slice(0, keys);
  for (let slot = 0; slot < slots; slot++)
    for (let row = regionOffsets[slot] ?? 0; row < (regionOffsets[slot + 1] ?? 0); row++)
      if (comboOfRow[row] !== 0xffffffff) {
        const key = rowSlot(row, slot);
        ordered[next[key] ?? 0] = row;
        next[key] = (next[key] ?? 0) + 1;
      }
  const slotRuns = new Uint32Array(slots + 1);
  const runCombo = new Uint32Array(Math.min(keys, ordered.length));
  const runStart = new Uint32Array(runCombo.length + 1);
  const entryDay = new Int32Array(ordered.length);
  const entrySums = new Float64Array(ordered.length * 4);
  let runs = 0;
  let entries = 0;
  for (let key = 0; key < keys; key++) {
    const a = start[key] ?? 0;
    const b = start[key + 1] ?? 0;
    if (b > a) {
      let records = 0;
      let lower = 0;
      let upper = 0;
      let children = 0;
      const first = entries;
      for (let k = a; k < b; k++) {
        const row = ordered[k] ?? 0;
        const kMin = killedMin[row] ?? -1;
        const kMax = killedMax[row] ?? -1;
        records++;
        lower += lowerOfCell(kMin);
        upper += upperOfCell(kMin, kMax);
        children += lowerOfCell(childrenMin[row] ?? -1);
        const day = (dayStart[row] ?? 0) - firstDay;
        // One entry per day: a second record of the day replaces the running sums.
        if (entries === first || entryDay[entries - 1] !== day) entryDay[entries++] = day;
        const at = (entries - 1) * 4;
        entrySums[at] = records;
        entrySums[at + 1] = lower;
        entrySums[at + 2] = upper;
        entrySums[at + 3] = children;
      }
      runCombo[runs] = key % combos;
      runStart[++runs] = entries;
    }
    if ((key + 1) % combos === 0) slotRuns[(key + 1) / combos] = runs;
  }
  const bytes = combos * 8 + (slots + 1) * 4 + runs * 8 + entries * RUN_ENTRY_BYTES;
  return {
    comboGroup: Uint32Array.from(comboGroup),
    comboSet: Uint32Array.from(comboSet),
    slotRuns,
    runCombo: runCombo.slice(0, runs),
    runStart: runStart.slice(0, runs + 1),
    entryDay: entryDay.slice(0, entries),
    entrySums: entrySums.slice(0, entries * 4),
    bytes,
  };
};

/** Index of the first entry in [a, b) whose day is ≥ day. */
const firstOnOrAfter = (entryDay: Int32Array, a: number, b: number, day: number): number => {
  let lo = a;
  let hi = b;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entryDay[mid] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * Calls `visit(combo, before, through)` for each run of the chosen slots with records in the
 * selected days: the run's running sums just before them (entry `before`, −1 for none) and
 * through them (entry `through`).
 */
const forEachRunInRange = (
  runs: ComboRuns,
  selection: RunSelection,
  visit: (combo: number, before: number, through: number) => void,
): void => {
  const { slotRuns, runStart, entryDay, runCombo } = runs;
  for (let slot = 0; slot + 1 < slotRuns.length; slot++) {
    if (selection.slots[slot] !== 1) continue;
    for (let r = slotRuns[slot] ?? 0; r < (slotRuns[slot + 1] ?? 0); r++) {
      const a = runStart[r] ?? 0;
      const b = runStart[r + 1] ?? 0;
      const first = firstOnOrAfter(entryDay, a, b, selection.lo);
      const past = firstOnOrAfter(entryDay, first, b, selection.hi);
      if (past > first) visit(runCombo[r] ?? 0, first === a ? -1 : first - 1, past - 1);
    }
  }
};

/** Adds the per-source figures of the selected single-day records to `sums`. */
export const addRunsToSourceSums = (
  runs: ComboRuns,
  sets: SourceSets,
  selection: RunSelection,
  sums: HeadlineSums,
): void => {
  const { entrySums, comboSet } = runs;
  const perSet = [0, 1, 2, 3].map(() => new Float64Array(sets.count));
  forEachRunInRange(runs, selection, (combo, before, through) => {
    const set = comboSet[combo] ?? 0;
    for (let f = 0; f < 4; f++) {
      const field = perSet[f] as Float64Array;
      const base = before < 0 ? 0 : (entrySums[before * 4 + f] ?? 0);
      field[set] = (field[set] ?? 0) + (entrySums[through * 4 + f] ?? 0) - base;
    }
  });
  spreadToSources(sets, perSet[0] as Float64Array, sums.sourceRecords);
  spreadToSources(sets, perSet[1] as Float64Array, sums.sourceMin);
  spreadToSources(sets, perSet[2] as Float64Array, sums.sourceMax);
  spreadToSources(sets, perSet[3] as Float64Array, sums.sourceChildren);
};

/** Marks in `seen` (one entry per group) the groups of the selected single-day records. */
export const markRunGroups = (runs: ComboRuns, selection: RunSelection, seen: Uint8Array): void =>
  forEachRunInRange(runs, selection, (combo) => {
    seen[runs.comboGroup[combo] ?? 0] = 1;
  });
