import { lowerOfCell, upperOfCell } from '../../model/figureBounds';
import type { Filters } from '../filters';
import type { DayBin } from '../timeBins';
import {
  addRunsToSourceSums,
  buildComboRuns,
  type ComboRuns,
  markRunGroups,
  RUN_ENTRY_BYTES,
} from './comboRuns';
import type { SingleDaySums, SingleDayTotals } from './cumulativeSeriesColumns';
import { cumulativeRowsOf, filterMasks } from './filterColumns';
import type { HeadlineSums } from './headlineFromColumns';
import { type IncidentColumns, KIND_INCIDENT, NO_DAY, NO_REGION } from './incidentColumns';
import { sourceSetsOf } from './sourceSets';

/**
 * Past this many bytes of sums the index is not built and views scan the rows instead: a dataset
 * spanning decades with hundreds of report sets would need more memory than the scan saves time.
 */
export const REGION_DAY_INDEX_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Sums of the single-day incident records (dated, first day = last day) per governorate slot and
 * day, as running totals, so that the figures of whole governorates over any date range are a
 * subtraction per governorate instead of a pass over their rows. Records spanning several days,
 * or missing a date, are few; they are listed per slot and read row by row, as filterColumns
 * does. Built once per columns; the columns never change afterwards.
 *
 * Layout: cell `slot * (days + 1) + d` holds the sum over the slot's single-day records dated
 * before `firstDay + d`, so the records dated in [firstDay + a, firstDay + b) sum to
 * `cell(b) − cell(a)`.
 */
export interface RegionDayIndex {
  columns: IncidentColumns;
  firstDay: number;
  days: number;
  slots: number;
  /** cells = slots × (days + 1): the length of one field's run in `sums`. */
  cells: number;
  /** Running totals, field after field: field f, cell c is `sums[f * cells + c]` (FIELD_…). */
  sums: Float64Array;
  /**
   * The sparse group × source-set dimension: per slot and per combination of a group (e.g. the
   * record's set of reports) and a set of sources that occurs in it, the days with records and
   * running sums (comboRuns.ts). Its size grows with the records, not with groups × days.
   */
  runs: ComboRuns;
  groupOfRow: Uint32Array;
  /** Incident rows that are not single-day, ascending; slot s holds otherOffsets[s] … [s + 1]. */
  otherRows: Uint32Array;
  otherOffsets: Uint32Array;
  /** The row holding each input position (columns.inputIndex inverted). */
  rowOfInput: Uint32Array;
  /** Memory held by the index's typed arrays. */
  bytes: number;
}

const FIELD_RECORDS = 0;
const FIELD_LOWER = 1;
const FIELD_UPPER = 2;
const FIELD_CHILDREN_LOWER = 3;
const FIELD_CHILDREN_UPPER = 4;
const FIELD_OPEN_ENDED = 5;
const FIELD_KILLED_UNKNOWN = 6;
const FIELD_CHILDREN_REPORTED = 7;
const FIELDS = 8;

/**
 * The index for `columns`, or null when it would exceed REGION_DAY_INDEX_MAX_BYTES. Any number
 * of sources: per-source figures come from the sparse runs of (group, source set) per slot.
 * `groups` names a further grouping whose presence a view needs (which report sets occur).
 */
export const buildRegionDayIndex = (
  columns: IncidentColumns,
  groups: { ofRow: Uint32Array; count: number },
): RegionDayIndex | null => {
  const { kind, dayStart, dayEnd, regionOffsets, inputIndex } = columns;
  const n = columns.length;
  const slots = regionOffsets.length - 1;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let others = 0;
  for (let row = 0; row < n; row++) {
    if (kind[row] !== KIND_INCIDENT) continue;
    const start = dayStart[row] ?? NO_DAY;
    if (start !== NO_DAY && start === dayEnd[row]) {
      if (start < min) min = start;
      if (start > max) max = start;
    } else others++;
  }
  const days = max >= min ? max - min + 1 : 0;
  const firstDay = days > 0 ? min : 0;
  const stride = days + 1;
  const cells = slots * stride;
  const denseBytes = cells * FIELDS * 8 + others * 4 + (slots + 1) * 4 + n * 4;
  // A run entry per record at most: check the bound before building them.
  if (denseBytes + (n - others) * RUN_ENTRY_BYTES > REGION_DAY_INDEX_MAX_BYTES) return null;

  const sums = new Float64Array(cells * FIELDS);
  const otherRows = new Uint32Array(others);
  const otherOffsets = new Uint32Array(slots + 1);
  const { killedMin, killedMax, childrenMin, childrenMax } = columns;
  const L = FIELD_LOWER * cells;
  const U = FIELD_UPPER * cells;
  const CL = FIELD_CHILDREN_LOWER * cells;
  const CU = FIELD_CHILDREN_UPPER * cells;
  const OPEN = FIELD_OPEN_ENDED * cells;
  const UNKNOWN = FIELD_KILLED_UNKNOWN * cells;
  const REPORTED = FIELD_CHILDREN_REPORTED * cells;
  let other = 0;
  for (let slot = 0; slot < slots; slot++) {
    const base = slot * stride + 1 - firstDay;
    for (let row = regionOffsets[slot] ?? 0; row < (regionOffsets[slot + 1] ?? 0); row++) {
      if (kind[row] !== KIND_INCIDENT) continue;
      const start = dayStart[row] ?? NO_DAY;
      if (start === NO_DAY || start !== dayEnd[row]) {
        otherRows[other++] = row;
        continue;
      }
      // Added one cell on: the running totals below make cell d the sum of the days before d.
      const cell = base + start;
      const kMin = killedMin[row] ?? -1;
      const kMax = killedMax[row] ?? -1;
      const cMin = childrenMin[row] ?? -1;
      const cMax = childrenMax[row] ?? -1;
      sums[cell] = (sums[cell] ?? 0) + 1;
      sums[L + cell] = (sums[L + cell] ?? 0) + lowerOfCell(kMin);
      sums[U + cell] = (sums[U + cell] ?? 0) + upperOfCell(kMin, kMax);
      sums[CL + cell] = (sums[CL + cell] ?? 0) + lowerOfCell(cMin);
      sums[CU + cell] = (sums[CU + cell] ?? 0) + upperOfCell(cMin, cMax);
      if (cMin >= 0 || cMax >= 0) sums[REPORTED + cell] = (sums[REPORTED + cell] ?? 0) + 1;
      if (kMin < 0) sums[UNKNOWN + cell] = (sums[UNKNOWN + cell] ?? 0) + 1;
      else if (kMax < 0) sums[OPEN + cell] = (sums[OPEN + cell] ?? 0) + 1;
    }
    otherOffsets[slot + 1] = other;
  }
  for (let run = 0; run < sums.length; run += stride) {
    for (let d = run + 1; d < run + stride; d++) sums[d] = (sums[d] ?? 0) + (sums[d - 1] ?? 0);
  }
  const runs = buildComboRuns(columns, groups.ofRow, firstDay);
  const rowOfInput = new Uint32Array(n);
  for (let row = 0; row < n; row++) rowOfInput[inputIndex[row] ?? 0] = row;
  return {
    columns,
    firstDay,
    days,
    slots,
    cells,
    sums,
    runs,
    groupOfRow: groups.ofRow,
    otherRows,
    otherOffsets,
    rowOfInput,
    bytes: denseBytes + runs.bytes,
  };
};

/**
 * The incidents `filterColumns` selects, as the index holds them: whole slots, the single-day
 * records in one range of days, and the other records listed.
 */
export interface IndexSelection {
  /** 1 for each chosen slot. */
  slots: Uint8Array;
  /** The single-day records inside are those dated in [firstDay + lo, firstDay + hi). */
  lo: number;
  hi: number;
  /** Other incidents wholly inside the filter, ascending (as filterColumns lists them). */
  otherInside: Uint32Array;
  /** Incidents partly overlapping the chosen dates, ascending. */
  straddling: Uint32Array;
  /** Stated totals relevant to the filter, ascending (found when asked). */
  cumulative: () => Uint32Array;
  /** All incidents inside: the single-day ones and `otherInside`. */
  incidents: number;
  singleDay: number;
}

/**
 * The selection for `filters` if the index can give it — no source or event-type choice, and
 * each chosen region a whole governorate slot (or none chosen) — else null: then call
 * filterColumns. The check is exact: every place must be chosen precisely when its slot is.
 */
export const selectFromIndex = (index: RegionDayIndex, filters: Filters): IndexSelection | null => {
  if (filters.sources.length > 0 || filters.eventTypes.length > 0) return null;
  const { columns, slots, firstDay, days } = index;
  const masks = filterMasks(columns, filters);
  const chosen = new Uint8Array(slots);
  const { placeOk } = masks;
  if (placeOk === null) chosen.fill(1);
  else {
    const { region } = columns.places;
    const slotOfPlace = (p: number) => {
      const r = region[p] ?? NO_REGION;
      return r === NO_REGION ? slots - 1 : r;
    };
    for (let p = 0; p < placeOk.length; p++) if (placeOk[p] === 1) chosen[slotOfPlace(p)] = 1;
    for (let p = 0; p < placeOk.length; p++)
      if ((placeOk[p] ?? 0) !== chosen[slotOfPlace(p)]) return null;
  }
  const { from, to } = masks;
  const clamp = (d: number) => Math.min(Math.max(d, 0), days);
  const lo = from === null ? 0 : clamp(from - firstDay);
  const hi = Math.max(lo, to === null ? days : clamp(to - firstDay + 1));

  const stride = days + 1;
  const { dayStart, dayEnd, maxSpan } = columns;
  const { otherRows, otherOffsets } = index;
  const dated = from !== null || to !== null;
  // The other rows that can overlap the dates, per chosen slot: stored by effective last day
  // (undated first), as filterColumns' slots, so they end in [from, to + the slot's longest span].
  const windows: number[] = [];
  let windowRows = 0;
  let singleDay = 0;
  for (let slot = 0; slot < slots; slot++) {
    if (chosen[slot] !== 1) continue;
    singleDay += (index.sums[slot * stride + hi] ?? 0) - (index.sums[slot * stride + lo] ?? 0);
    let a = otherOffsets[slot] ?? 0;
    let b = otherOffsets[slot + 1] ?? 0;
    if (dated) {
      a = firstOtherEndingOnOrAfter(index, a, b, from ?? NO_DAY + 1);
      if (to !== null) b = firstOtherEndingOnOrAfter(index, a, b, to + (maxSpan[slot] ?? 0) + 1);
    }
    if (b > a) {
      windows.push(a, b);
      windowRows += b - a;
    }
  }
  const inside = new Uint32Array(windowRows);
  let insideCount = 0;
  const straddling: number[] = [];
  for (let w = 0; w < windows.length; w += 2) {
    const a = windows[w] ?? 0;
    const b = windows[w + 1] ?? 0;
    if (!dated) {
      // Without dates every other row of the slot is inside (filterColumns' test).
      inside.set(otherRows.subarray(a, b), insideCount);
      insideCount += b - a;
      continue;
    }
    for (let k = a; k < b; k++) {
      const row = otherRows[k] ?? 0;
      const start = dayStart[row] ?? NO_DAY;
      const end = dayEnd[row] ?? NO_DAY;
      const s = start !== NO_DAY ? start : end;
      const e = end !== NO_DAY ? end : start;
      // filterColumns' test; undated records are outside any date bound.
      if (e === NO_DAY) continue;
      if ((from !== null && e < from) || (to !== null && s > to)) continue;
      if ((from !== null && s < from) || (to !== null && e > to)) straddling.push(row);
      else inside[insideCount++] = row;
    }
  }
  return {
    slots: chosen,
    lo,
    hi,
    otherInside: inside.subarray(0, insideCount),
    straddling: Uint32Array.from(straddling),
    cumulative: () => cumulativeRowsOf(columns, filters, masks),
    incidents: singleDay + insideCount,
    singleDay,
  };
};

/** Index into `otherRows` of the first in [lo, hi) whose effective last day is ≥ day. */
const firstOtherEndingOnOrAfter = (
  index: RegionDayIndex,
  lo: number,
  hi: number,
  day: number,
): number => {
  const { dayStart, dayEnd } = index.columns;
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    const row = index.otherRows[mid] ?? 0;
    const end = dayEnd[row] ?? NO_DAY;
    if ((end !== NO_DAY ? end : (dayStart[row] ?? NO_DAY)) < day) a = mid + 1;
    else b = mid;
  }
  return a;
};

/** The first and last day with a single-day record of the chosen slots in [lo, hi), if any. */
const spanOf = (
  index: RegionDayIndex,
  selection: IndexSelection,
): { first: number; last: number } | null => {
  const stride = index.days + 1;
  // FIELD_RECORDS is the first field: its cells are the first `cells` entries.
  const records = index.sums;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let slot = 0; slot < index.slots; slot++) {
    if (selection.slots[slot] !== 1) continue;
    const base = slot * stride;
    const atLo = records[base + selection.lo] ?? 0;
    const atHi = records[base + selection.hi] ?? 0;
    if (atHi === atLo) continue;
    // Running totals rise at each day with records: the first day is the first d whose
    // cell(d + 1) exceeds cell(lo); the last, the last d whose cell(d) is below cell(hi).
    let a = selection.lo;
    let b = selection.hi - 1;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if ((records[base + mid + 1] ?? 0) > atLo) b = mid;
      else a = mid + 1;
    }
    first = Math.min(first, a);
    a = selection.lo;
    b = selection.hi - 1;
    while (a < b) {
      const mid = (a + b + 1) >>> 1;
      if ((records[base + mid] ?? 0) < atHi) a = mid;
      else b = mid - 1;
    }
    last = Math.max(last, a);
  }
  return first === Number.POSITIVE_INFINITY
    ? null
    : { first: index.firstDay + first, last: index.firstDay + last };
};

/** Adds the selection's single-day records to headline sums (see addRowsToHeadlineSums). */
export const addIndexToHeadlineSums = (
  index: RegionDayIndex,
  selection: IndexSelection,
  sums: HeadlineSums,
): HeadlineSums => {
  const stride = index.days + 1;
  const { lo, hi } = selection;
  const { sums: at, cells } = index;
  for (let slot = 0; slot < index.slots; slot++) {
    if (selection.slots[slot] !== 1) continue;
    const a = slot * stride + lo;
    const b = slot * stride + hi;
    const diff = (field: number) => (at[field * cells + b] ?? 0) - (at[field * cells + a] ?? 0);
    const records = diff(FIELD_RECORDS);
    if (records === 0) continue;
    const lower = diff(FIELD_LOWER);
    const upper = diff(FIELD_UPPER);
    const children = diff(FIELD_CHILDREN_LOWER);
    sums.records += records;
    sums.killedMin += lower;
    sums.killedMax += upper;
    sums.childrenMin += children;
    sums.childrenMax += diff(FIELD_CHILDREN_UPPER);
    sums.openEnded += diff(FIELD_OPEN_ENDED);
    sums.killedUnknown += diff(FIELD_KILLED_UNKNOWN);
    sums.childrenReported += diff(FIELD_CHILDREN_REPORTED);
    // Slot g is governorate code g; the last slot (regionCount) holds records not in one
    // governorate, as the last entry of the sums does.
    sums.regionRecords[slot] = (sums.regionRecords[slot] ?? 0) + records;
    sums.regionMin[slot] = (sums.regionMin[slot] ?? 0) + lower;
    sums.regionMax[slot] = (sums.regionMax[slot] ?? 0) + upper;
    sums.regionChildren[slot] = (sums.regionChildren[slot] ?? 0) + children;
  }
  addRunsToSourceSums(index.runs, sourceSetsOf(index.columns), selection, sums);
  const span = spanOf(index, selection);
  if (span !== null) {
    sums.first = Math.min(sums.first, span.first);
    sums.last = Math.max(sums.last, span.last);
  }
  return sums;
};

/** The selection's single-day records for cumulativeSeriesColumns. */
export const indexSingleDays = (
  index: RegionDayIndex,
  selection: IndexSelection,
): SingleDayTotals => {
  const span = spanOf(index, selection);
  return {
    count: selection.singleDay,
    first: span?.first ?? NO_DAY,
    last: span?.last ?? NO_DAY,
    addToBins: (bins: readonly DayBin[], sums: SingleDaySums) => {
      const stride = index.days + 1;
      const { sums: at, cells } = index;
      for (let slot = 0; slot < index.slots; slot++) {
        if (selection.slots[slot] !== 1) continue;
        const base = slot * stride;
        bins.forEach((bin, i) => {
          const a = base + Math.max(bin.start - index.firstDay, selection.lo);
          const b = base + Math.min(bin.end - index.firstDay + 1, selection.hi);
          if (b <= a) return;
          const diff = (field: number) =>
            (at[field * cells + b] ?? 0) - (at[field * cells + a] ?? 0);
          sums.records[i] = (sums.records[i] ?? 0) + diff(FIELD_RECORDS);
          sums.lower[i] = (sums.lower[i] ?? 0) + diff(FIELD_LOWER);
          sums.upper[i] = (sums.upper[i] ?? 0) + diff(FIELD_UPPER);
          sums.childrenLower[i] = (sums.childrenLower[i] ?? 0) + diff(FIELD_CHILDREN_LOWER);
          sums.childrenUpper[i] = (sums.childrenUpper[i] ?? 0) + diff(FIELD_CHILDREN_UPPER);
        });
      }
    },
  };
};

/** Marks in `seen` (one entry per group) the groups of the selection's single-day records. */
export const markIndexGroups = (
  index: RegionDayIndex,
  selection: IndexSelection,
  seen: Uint8Array,
): void => {
  markRunGroups(index.runs, selection, seen);
};

/**
 * The first `limit` incidents inside the selection in input order (the records' order in the
 * file), as rows: input positions are walked until that many are found.
 */
export const firstInsideByInput = (
  index: RegionDayIndex,
  selection: IndexSelection,
  limit: number,
): Uint32Array => {
  const { columns, rowOfInput, slots } = index;
  const { kind, region, dayStart, dayEnd } = columns;
  const { otherInside } = selection;
  const firstInside = index.firstDay + selection.lo;
  const pastInside = index.firstDay + selection.hi;
  const out: number[] = [];
  for (let input = 0; input < rowOfInput.length && out.length < limit; input++) {
    const row = rowOfInput[input] ?? 0;
    if (kind[row] !== KIND_INCIDENT) continue;
    const r = region[row] ?? NO_REGION;
    if (selection.slots[r === NO_REGION ? slots - 1 : r] !== 1) continue;
    const start = dayStart[row] ?? NO_DAY;
    if (start !== NO_DAY && start === dayEnd[row]) {
      if (start >= firstInside && start < pastInside) out.push(row);
    } else if (includes(otherInside, row)) out.push(row);
  }
  return Uint32Array.from(out);
};

const includes = (sorted: Uint32Array, value: number): boolean => {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((sorted[mid] ?? 0) < value) a = mid + 1;
    else b = mid;
  }
  return a < sorted.length && sorted[a] === value;
};
