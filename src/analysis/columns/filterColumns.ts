import { toDayNumber } from '../../model/dayNumber';
import type { Filters } from '../filters';
import { BitSet } from './bitSet';
import {
  forLineage,
  type IncidentColumns,
  KIND_INCIDENT,
  NO_DAY,
  NO_REGION,
} from './incidentColumns';

/**
 * The rows `filterRecords` would return, as ascending row indexes into the columns (not input
 * order: map through `columns.inputIndex` for that).
 */
export interface ColumnSelection {
  /** Incidents wholly inside the filter: these are counted. */
  incidents: Uint32Array;
  /** Incidents whose date range only partly overlaps the chosen dates: listed, never summed. */
  straddling: Uint32Array;
  /** Stated totals relevant to the filter: drawn as markers, never summed. */
  cumulative: Uint32Array;
}

/** Per place index: does a record there match the chosen regions (gazetteer.isWithin)? */
const placesWithin = (columns: IncidentColumns, regions: readonly string[]): Uint8Array => {
  const { places } = columns;
  const isRegion = new Uint8Array(places.ids.length);
  for (const region of regions) {
    const r = places.ids.indexOf(region);
    if (r !== -1) isRegion[r] = 1;
  }
  const ok = new Uint8Array(places.ids.length);
  for (let p = 0; p < places.ids.length; p++) {
    forLineage(places, p, (q) => {
      if (isRegion[q] === 1) ok[p] = 1;
    });
  }
  return ok;
};

/**
 * Per place index: is it a region itself, or does a chosen region lie inside it? A stated total
 * covering such a place is shown beside the region (filters.ts, coversMatch).
 */
const placesCovering = (columns: IncidentColumns, regions: readonly string[]): Uint8Array => {
  const { places } = columns;
  const ok = new Uint8Array(places.ids.length);
  for (const region of regions) {
    const r = places.ids.indexOf(region);
    if (r === -1) continue;
    ok[r] = 1;
    forLineage(places, r, (q) => {
      ok[q] = 1;
    });
  }
  return ok;
};

/** Index of the first row in [lo, hi) whose effective last day is ≥ day (rows sorted by it). */
const firstEndingOnOrAfter = (columns: IncidentColumns, lo: number, hi: number, day: number) => {
  const { dayStart, dayEnd } = columns;
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >>> 1;
    const end = dayEnd[mid] ?? NO_DAY;
    const e = end !== NO_DAY ? end : (dayStart[mid] ?? NO_DAY);
    if (e < day) a = mid + 1;
    else b = mid;
  }
  return a;
};

/** What a filter asks, decoded once for the columns: day numbers and per-code tables. */
export interface FilterMasks {
  from: number | null;
  to: number | null;
  /** Per place index (null: every place). */
  placeOk: Uint8Array | null;
  /** Per event type index (null: every type). */
  eventOk: Uint8Array | null;
  /** Rows attributed to a chosen source (null: every row). */
  sourceOk: BitSet | null;
}

export const filterMasks = (columns: IncidentColumns, filters: Filters): FilterMasks => {
  const from = filters.from === null ? null : toDayNumber(filters.from);
  const to = filters.to === null ? null : toDayNumber(filters.to);
  const placeOk = filters.regions.length === 0 ? null : placesWithin(columns, filters.regions);

  let eventOk: Uint8Array | null = null;
  if (filters.eventTypes.length > 0) {
    eventOk = new Uint8Array(columns.eventTypes.length);
    for (const t of filters.eventTypes) {
      const e = columns.eventTypes.indexOf(t);
      if (e !== -1) eventOk[e] = 1;
    }
  }
  let sourceOk: BitSet | null = null;
  if (filters.sources.length > 0) {
    sourceOk = new BitSet(columns.length);
    for (const name of new Set(filters.sources)) {
      const s = columns.sources.indexOf(name);
      const words = columns.sourceRows[s];
      if (words) sourceOk.or(new BitSet(columns.length, words));
    }
  }
  return { from, to, placeOk, eventOk, sourceOk };
};

/**
 * `filterRecords` over columns. Only the governorate slots that can hold a chosen place are
 * visited, and within each only the rows whose last day lies in [from, to + longest span], found
 * by binary search: a governorate and a date range cost the rows in it, not the dataset.
 */
export const filterColumns = (columns: IncidentColumns, filters: Filters): ColumnSelection => {
  const masks = filterMasks(columns, filters);
  const { from, to, placeOk, eventOk, sourceOk } = masks;
  const { kind, place, eventType, dayStart, dayEnd, regionOffsets, maxSpan } = columns;
  const slots = regionOffsets.length - 1;
  const slotHasPlace = new Uint8Array(slots);
  if (placeOk) {
    const { region } = columns.places;
    for (let p = 0; p < placeOk.length; p++) {
      if (placeOk[p] !== 1) continue;
      const r = region[p] ?? NO_REGION;
      slotHasPlace[r === NO_REGION ? slots - 1 : r] = 1;
    }
  } else slotHasPlace.fill(1);

  const NONE = NO_DAY;
  const INCIDENT = KIND_INCIDENT;
  // Selected rows are written into buffers as long as the rows visited, then trimmed.
  const ranges: number[] = [];
  let visited = 0;
  for (let slot = 0; slot < slots; slot++) {
    if (slotHasPlace[slot] !== 1) continue;
    const slotStart = regionOffsets[slot] ?? 0;
    const slotEnd = regionOffsets[slot + 1] ?? 0;
    // Undated rows (NO_DAY) sort first; any date bound puts them outside.
    const lo =
      from !== null
        ? firstEndingOnOrAfter(columns, slotStart, slotEnd, from)
        : to !== null
          ? firstEndingOnOrAfter(columns, slotStart, slotEnd, NO_DAY + 1)
          : slotStart;
    const hi =
      to !== null
        ? firstEndingOnOrAfter(columns, lo, slotEnd, to + (maxSpan[slot] ?? 0) + 1)
        : slotEnd;
    if (hi > lo) {
      ranges.push(lo, hi);
      visited += hi - lo;
    }
  }
  const inside = new Uint32Array(visited);
  const straddling: number[] = [];
  let insideCount = 0;
  for (let k = 0; k < ranges.length; k += 2) {
    const hi = ranges[k + 1] ?? 0;
    for (let row = ranges[k] ?? 0; row < hi; row++) {
      if (kind[row] !== INCIDENT) continue;
      if (placeOk !== null && placeOk[place[row] ?? 0] !== 1) continue;
      if (eventOk !== null && eventOk[eventType[row] ?? 0] !== 1) continue;
      if (sourceOk !== null && !sourceOk.get(row)) continue;
      if (from === null && to === null) {
        inside[insideCount++] = row;
        continue;
      }
      const start = dayStart[row] ?? NONE;
      const end = dayEnd[row] ?? NONE;
      const s = start !== NONE ? start : end;
      const e = end !== NONE ? end : start;
      if ((from !== null && e < from) || (to !== null && s > to)) continue;
      if ((from !== null && s < from) || (to !== null && e > to)) straddling.push(row);
      else inside[insideCount++] = row;
    }
  }

  const cumulative = cumulativeRowsOf(columns, filters, masks);
  return {
    // A view, not a copy: the buffer is at most the rows visited, and copying costs more.
    incidents: inside.subarray(0, insideCount),
    straddling: Uint32Array.from(straddling),
    cumulative,
  };
};

/** The stated totals `filterRecords` shows beside the chosen records, ascending. */
export const cumulativeRowsOf = (
  columns: IncidentColumns,
  filters: Filters,
  masks: FilterMasks,
): Uint32Array => {
  const { from, to, placeOk, eventOk, sourceOk } = masks;
  const { eventType, place, dayEnd } = columns;
  const cumulative: number[] = [];
  const coverOk = filters.regions.length === 0 ? null : placesCovering(columns, filters.regions);
  const { cumulativeRows, coversOffsets, coversPlaces } = columns;
  for (let k = 0; k < cumulativeRows.length; k++) {
    const row = cumulativeRows[k] ?? 0;
    if (eventOk !== null && eventOk[eventType[row] ?? 0] !== 1) continue;
    if (sourceOk !== null && !sourceOk.get(row)) continue;
    let inRegion = placeOk === null || placeOk[place[row] ?? 0] === 1;
    for (let c = coversOffsets[k] ?? 0; !inRegion && c < (coversOffsets[k + 1] ?? 0); c++) {
      if (coverOk?.[coversPlaces[c] ?? 0] === 1) inRegion = true;
    }
    if (!inRegion) continue;
    // A stated total is shown when its "as of" date (date_end) lies in the chosen range.
    if (from !== null || to !== null) {
      const end = dayEnd[row] ?? NO_DAY;
      if (end === NO_DAY || (from !== null && end < from) || (to !== null && end > to)) continue;
    }
    cumulative.push(row);
  }
  return Uint32Array.from(cumulative);
};

/**
 * filterColumns, answered again without a pass when the same filters are asked twice in a row:
 * a filter change asks for the dashboard's view and then the map's figures of the same rows.
 * Selections are read, never changed, by their users.
 */
export const filterColumnsOnce = (columns: IncidentColumns, filters: Filters): ColumnSelection => {
  const key = JSON.stringify([
    filters.regions,
    filters.from,
    filters.to,
    filters.sources,
    filters.eventTypes,
  ]);
  const last = columns.derived.lastSelection;
  if (last?.key === key) return last.selection;
  const selection = filterColumns(columns, filters);
  columns.derived.lastSelection = { key, selection };
  return selection;
};
