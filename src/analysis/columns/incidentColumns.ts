import { toDayNumber } from '../../model/dayNumber';
import type { Incident } from '../../model/incident';
import type { IncidentRowFields } from '../../model/incidentRowFields';
import { sourcesOf } from '../../model/recordSources';
import type { Report } from '../../model/report';
import type { Gazetteer } from '../gazetteer';
import type { ColumnSelection } from './filterColumns';
import type { SourceSets } from './sourceSets';

/** `dayStart`/`dayEnd` for a date the source does not give (Int32 minimum, below any real day). */
export const NO_DAY = -0x80000000;
/** `region`/`district` for a record not located within one governorate (or one district). */
export const NO_REGION = 0xffff;
/** A count the source does not give, in the Int32 count columns. */
export const UNKNOWN_COUNT = -1;
/** `kind` codes. */
export const KIND_INCIDENT = 0;
export const KIND_CUMULATIVE = 1;

/**
 * The places a dataset can name: every gazetteer place, then any place id a record uses that the
 * gazetteer lacks (`known` 0: such a place lies in no region, as `gazetteer.lineage` says).
 * Parents are indexes, so `isWithin` is a walk up `parent` without the gazetteer's closures.
 */
export interface PlaceDictionary {
  ids: string[];
  /** Index of the containing place, -1 for none (or a parent the gazetteer does not know). */
  parent: Int32Array;
  level: Uint8Array;
  known: Uint8Array;
  /** Index into `IncidentColumns.regions` of the governorate containing the place, or NO_REGION. */
  region: Uint16Array;
}

/**
 * Incidents as typed arrays, one entry per record ("row"). Rows are stored sorted by
 * (governorate, last day, input order), so one governorate and a date range is a contiguous
 * slice found by binary search (`regionOffsets`); `inputIndex` maps a row back to the record's
 * position in the array given to `toColumns`, which is the order results are reported in.
 *
 * Unknown counts are UNKNOWN_COUNT (−1) in the Int32 count columns (never 0: an unknown toll is
 * not a zero toll); counts are whole numbers up to 999,999,999, and Int32 halves the memory a
 * sum has to read compared with Float64. Unknown days are NO_DAY. No column refers back to the
 * Incident objects.
 */
/**
 * Record ids by row: an array, or, decoded from a snapshot, one string of them read on demand
 * (a million id strings would cost the worker tens of MB and a tenth of a second to build).
 */
export interface RowIds {
  readonly length: number;
  /** As Array.prototype.at: undefined past the end, negative counts from the end. */
  at(row: number): string | undefined;
}

/** Every id, in row order. */
export const allIds = (ids: RowIds): string[] =>
  Array.from({ length: ids.length }, (_, row) => ids.at(row) ?? '');

export interface IncidentColumns {
  length: number;
  ids: RowIds;
  inputIndex: Uint32Array;
  kind: Uint8Array;
  /** Day numbers (days since 1970-01-01) as coded, NO_DAY when empty. */
  dayStart: Int32Array;
  dayEnd: Int32Array;
  killedMin: Int32Array;
  killedMax: Int32Array;
  childrenMin: Int32Array;
  childrenMax: Int32Array;
  /** Index into `places`. */
  place: Uint32Array;
  /** Index into `regions` (the governorate), NO_REGION when not in one governorate. */
  region: Uint16Array;
  /** Index into `districts`, NO_REGION when not in one district. */
  district: Uint16Array;
  /** Index into `eventTypes`; an empty event type is the entry ''. */
  eventType: Uint16Array;
  places: PlaceDictionary;
  /** Governorates (level-1 places): ids and names (the names headline figures group by). */
  regions: { ids: string[]; names: string[] };
  districts: { ids: string[] };
  eventTypes: string[];
  /** Organisations figures are attributed to (`sourcesOf`), and per source a row bitmap. */
  sources: string[];
  /** `sourceRows[s]` is the `words` of a BitSet over rows: the rows attributed to `sources[s]`. */
  sourceRows: Uint32Array[];
  /**
   * Rows of region slot g (g = region index, NO_REGION rows in the last slot) are
   * `regionOffsets[g]` … `regionOffsets[g + 1] - 1`, sorted by effective last day.
   */
  regionOffsets: Uint32Array;
  /** Per slot, the largest (end − start) in days: how far past `to` a straddling record may end. */
  maxSpan: Int32Array;
  /** Rows of kind cumulative, ascending; `covers` lists their covers_ids as place indexes. */
  cumulativeRows: Uint32Array;
  coversOffsets: Uint32Array;
  coversPlaces: Uint32Array;
  /**
   * What is derived from these columns once and kept with them (columns never change once
   * built): the rows' source sets, and the last selection asked for (see filterColumnsOnce).
   * Owned by the columns, so it goes when they go.
   */
  derived: ColumnsDerived;
}

export interface ColumnsDerived {
  sourceSets: SourceSets | null;
  lastSelection: { key: string; selection: ColumnSelection } | null;
}

export const emptyDerived = (): ColumnsDerived => ({ sourceSets: null, lastSelection: null });

/**
 * One record's fields as `ColumnsBuilder.add` takes them (a parser can reuse one object): the
 * row fields, with empty days as NO_DAY and the sources already resolved (`sourcesOf`).
 */
export type ColumnRow = Omit<
  IncidentRowFields,
  'dayStart' | 'dayEnd' | 'reportIds' | 'attributedTo'
> & {
  dayStart: number;
  dayEnd: number;
  sources: readonly string[];
};

export interface ColumnsBuilder {
  add: (row: ColumnRow) => void;
  finish: () => IncidentColumns;
}

const nullableToCount = (v: number | null): number => (v === null ? UNKNOWN_COUNT : v);

/** The effective last day used for ordering and date filters: end, else start (else NO_DAY). */
const effectiveEnd = (start: number, end: number): number => (end !== NO_DAY ? end : start);

const buildPlaceDictionary = (gazetteer: Gazetteer) => {
  const ids: string[] = [];
  const index = new Map<string, number>();
  for (const id of gazetteer.byId.keys()) {
    index.set(id, ids.length);
    ids.push(id);
  }
  return { ids, index };
};

/**
 * Builds columns row by row. `toColumns` feeds it Incident objects; a CSV reader can feed it
 * cells directly, without materialising millions of objects. `capacity` is the most rows that
 * will be added.
 */
export const createColumnsBuilder = (capacity: number, gazetteer: Gazetteer): ColumnsBuilder => {
  const placeDict = buildPlaceDictionary(gazetteer);
  const placeIndex = (id: string): number => {
    const found = placeDict.index.get(id);
    if (found !== undefined) return found;
    placeDict.index.set(id, placeDict.ids.length);
    placeDict.ids.push(id);
    return placeDict.ids.length - 1;
  };
  const interner = () => {
    const values: string[] = [];
    const index = new Map<string, number>();
    return {
      values,
      get: (value: string): number => {
        let i = index.get(value);
        if (i === undefined) {
          i = values.length;
          index.set(value, i);
          values.push(value);
        }
        return i;
      },
    };
  };
  const eventTypes = interner();
  const sources = interner();

  // Input-order staging; `finish` permutes it into the sorted layout.
  const ids: string[] = [];
  const kind = new Uint8Array(capacity);
  const dayStart = new Int32Array(capacity);
  const dayEnd = new Int32Array(capacity);
  const killedMin = new Int32Array(capacity);
  const killedMax = new Int32Array(capacity);
  const childrenMin = new Int32Array(capacity);
  const childrenMax = new Int32Array(capacity);
  const place = new Uint32Array(capacity);
  const eventType = new Uint16Array(capacity);
  // Sources per row as a list (CSR); most rows have one.
  const sourceStart: number[] = [0];
  const sourceIndexes: number[] = [];
  const covers = new Map<number, number[]>();
  let n = 0;

  const add = (row: ColumnRow): void => {
    if (n >= capacity) throw new RangeError(`more rows than the capacity ${capacity}`);
    ids.push(row.id);
    kind[n] = row.kind === 'cumulative' ? KIND_CUMULATIVE : KIND_INCIDENT;
    dayStart[n] = row.dayStart;
    dayEnd[n] = row.dayEnd;
    killedMin[n] = nullableToCount(row.killedMin);
    killedMax[n] = nullableToCount(row.killedMax);
    childrenMin[n] = nullableToCount(row.childrenMin);
    childrenMax[n] = nullableToCount(row.childrenMax);
    place[n] = placeIndex(row.placeId);
    eventType[n] = eventTypes.get(row.eventType ?? '');
    for (const s of row.sources) sourceIndexes.push(sources.get(s));
    sourceStart.push(sourceIndexes.length);
    if (row.kind === 'cumulative') covers.set(n, row.coversIds.map(placeIndex));
    n++;
  };

  const finish = (): IncidentColumns => {
    const places = describePlaces(placeDict.ids, gazetteer);
    const regionIds: string[] = [];
    const regionNames: string[] = [];
    const districtIds: string[] = [];
    const regionOfPlace = new Uint16Array(places.ids.length).fill(NO_REGION);
    const districtOfPlace = new Uint16Array(places.ids.length).fill(NO_REGION);
    const regionCode = new Map<number, number>();
    const districtCode = new Map<number, number>();
    for (let p = 0; p < places.ids.length; p++) {
      if (places.level[p] === 1 && places.known[p] === 1) {
        regionCode.set(p, regionIds.length);
        regionIds.push(places.ids[p] ?? '');
        regionNames.push(gazetteer.byId.get(places.ids[p] ?? '')?.name ?? '');
      }
      if (places.level[p] === 2 && places.known[p] === 1) {
        districtCode.set(p, districtIds.length);
        districtIds.push(places.ids[p] ?? '');
      }
    }
    if (regionIds.length >= NO_REGION || districtIds.length >= NO_REGION)
      throw new RangeError('too many governorates or districts for Uint16 codes');
    for (let p = 0; p < places.ids.length; p++) {
      // The first level-1 (level-2) place up the lineage, as gazetteer.governorateOf finds it.
      let region = NO_REGION;
      let district = NO_REGION;
      forLineage(places, p, (q) => {
        if (region === NO_REGION && places.level[q] === 1) region = regionCode.get(q) ?? NO_REGION;
        if (district === NO_REGION && places.level[q] === 2)
          district = districtCode.get(q) ?? NO_REGION;
      });
      regionOfPlace[p] = region;
      districtOfPlace[p] = district;
    }

    const slots = regionIds.length + 1;
    const slotOf = (i: number): number => {
      const r = regionOfPlace[place[i] ?? 0] ?? NO_REGION;
      return r === NO_REGION ? slots - 1 : r;
    };
    const order = sortRows(n, slots, slotOf, (i) =>
      effectiveEnd(dayStart[i] ?? NO_DAY, dayEnd[i] ?? NO_DAY),
    );

    const outIds = new Array<string>(n);
    const out: IncidentColumns = {
      length: n,
      derived: emptyDerived(),
      ids: outIds,
      inputIndex: order,
      kind: new Uint8Array(n),
      dayStart: new Int32Array(n),
      dayEnd: new Int32Array(n),
      killedMin: new Int32Array(n),
      killedMax: new Int32Array(n),
      childrenMin: new Int32Array(n),
      childrenMax: new Int32Array(n),
      place: new Uint32Array(n),
      region: new Uint16Array(n),
      district: new Uint16Array(n),
      eventType: new Uint16Array(n),
      places,
      regions: { ids: regionIds, names: regionNames },
      districts: { ids: districtIds },
      eventTypes: eventTypes.values,
      sources: sources.values,
      sourceRows: sources.values.map(() => new Uint32Array(Math.ceil(n / 32))),
      regionOffsets: new Uint32Array(slots + 1),
      maxSpan: new Int32Array(slots),
      cumulativeRows: new Uint32Array(0),
      coversOffsets: new Uint32Array(1),
      coversPlaces: new Uint32Array(0),
    };
    const cumulativeRows: number[] = [];
    const coversOffsets: number[] = [0];
    const coversPlaces: number[] = [];
    for (let row = 0; row < n; row++) {
      const i = order[row] ?? 0;
      outIds[row] = ids[i] ?? '';
      out.kind[row] = kind[i] ?? 0;
      const start = dayStart[i] ?? NO_DAY;
      const end = dayEnd[i] ?? NO_DAY;
      out.dayStart[row] = start;
      out.dayEnd[row] = end;
      out.killedMin[row] = killedMin[i] ?? UNKNOWN_COUNT;
      out.killedMax[row] = killedMax[i] ?? UNKNOWN_COUNT;
      out.childrenMin[row] = childrenMin[i] ?? UNKNOWN_COUNT;
      out.childrenMax[row] = childrenMax[i] ?? UNKNOWN_COUNT;
      const p = place[i] ?? 0;
      out.place[row] = p;
      out.region[row] = regionOfPlace[p] ?? NO_REGION;
      out.district[row] = districtOfPlace[p] ?? NO_REGION;
      out.eventType[row] = eventType[i] ?? 0;
      for (let k = sourceStart[i] ?? 0; k < (sourceStart[i + 1] ?? 0); k++) {
        const words = out.sourceRows[sourceIndexes[k] ?? 0];
        if (words) words[row >>> 5] = (words[row >>> 5] ?? 0) | (1 << (row & 31));
      }
      const slot = slotOf(i);
      out.regionOffsets[slot + 1] = row + 1;
      const s = effectiveStartOf(start, end);
      const e = effectiveEnd(start, end);
      if (e !== NO_DAY && e - s > (out.maxSpan[slot] ?? 0)) out.maxSpan[slot] = e - s;
      if (kind[i] === KIND_CUMULATIVE) {
        cumulativeRows.push(row);
        for (const c of covers.get(i) ?? []) coversPlaces.push(c);
        coversOffsets.push(coversPlaces.length);
      }
    }
    // Empty slots start where the previous one ended.
    for (let g = 1; g <= slots; g++)
      out.regionOffsets[g] = Math.max(out.regionOffsets[g] ?? 0, out.regionOffsets[g - 1] ?? 0);
    out.cumulativeRows = Uint32Array.from(cumulativeRows);
    out.coversOffsets = Uint32Array.from(coversOffsets);
    out.coversPlaces = Uint32Array.from(coversPlaces);
    out.places.region = regionOfPlace;
    return out;
  };

  return { add, finish };
};

/** The effective first day: start, else end (else NO_DAY). */
export const effectiveStartOf = (start: number, end: number): number =>
  start !== NO_DAY ? start : end;
export const effectiveEndOf = effectiveEnd;

const describePlaces = (ids: string[], gazetteer: Gazetteer): PlaceDictionary => {
  const count = ids.length;
  const position = new Map(ids.map((id, i) => [id, i]));
  const parent = new Int32Array(count).fill(-1);
  const level = new Uint8Array(count);
  const known = new Uint8Array(count);
  ids.forEach((id, p) => {
    const place = gazetteer.byId.get(id);
    if (!place) return;
    known[p] = 1;
    level[p] = place.level;
    // A parent the gazetteer does not know ends the lineage, as in gazetteer.lineage.
    const parentPlace = place.parentId ? gazetteer.byId.get(place.parentId) : undefined;
    if (parentPlace) parent[p] = position.get(parentPlace.id) ?? -1;
  });
  return { ids, parent, level, known, region: new Uint16Array(count) };
};

/**
 * Calls `visit` on the place and each place containing it, like `gazetteer.lineage`: unknown
 * places have no lineage, and the walk stops after 10 places (a cycle in a hand-edited file).
 */
export const forLineage = (
  places: PlaceDictionary,
  p: number,
  visit: (q: number) => void,
): void => {
  if (places.known[p] !== 1) return;
  let q = p;
  for (let depth = 0; q !== -1 && depth < 10; depth++) {
    visit(q);
    q = places.parent[q] ?? -1;
  }
};

/**
 * A permutation of input rows sorted by (slot, key, input index): two stable counting sorts,
 * by key then by slot. Keys spread over more than 2^22 values fall back to a comparison sort.
 */
const sortRows = (
  n: number,
  slots: number,
  slotOf: (i: number) => number,
  keyOf: (i: number) => number,
): Uint32Array => {
  const keys = new Int32Array(n);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const k = keyOf(i);
    keys[i] = k;
    if (k !== NO_DAY) {
      if (k < min) min = k;
      if (k > max) max = k;
    }
  }
  let byKey: Uint32Array;
  if (n === 0 || max === Number.NEGATIVE_INFINITY || max - min < 1 << 22) {
    const base = max === Number.NEGATIVE_INFINITY ? 0 : min;
    // Bucket 0 holds NO_DAY (it sorts first); days go to 1 + (day − min).
    const bucketOf = (k: number): number => (k === NO_DAY ? 0 : k - base + 1);
    const buckets = n === 0 ? 1 : bucketOf(max === Number.NEGATIVE_INFINITY ? NO_DAY : max) + 1;
    byKey = countingSort(n, buckets, (i) => bucketOf(keys[i] ?? NO_DAY), null);
  } else {
    const idx = Array.from({ length: n }, (_, i) => i);
    idx.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
    byKey = Uint32Array.from(idx);
  }
  return countingSort(n, slots, slotOf, byKey);
};

/** Stable counting sort of `within` (or 0…n−1) by `bucketOf(row)`. */
const countingSort = (
  n: number,
  buckets: number,
  bucketOf: (i: number) => number,
  within: Uint32Array | null,
): Uint32Array => {
  const counts = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    const b = bucketOf(i) + 1;
    counts[b] = (counts[b] ?? 0) + 1;
  }
  for (let b = 1; b <= buckets; b++) counts[b] = (counts[b] ?? 0) + (counts[b - 1] ?? 0);
  const out = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const i = within ? (within[k] ?? 0) : k;
    const b = bucketOf(i);
    const at = counts[b] ?? 0;
    out[at] = i;
    counts[b] = at + 1;
  }
  return out;
};

/**
 * Columns for a list of incidents (any order; results come back in this order). Sources are
 * resolved once here with `sourcesOf`, so filtering by source needs no report lookups.
 */
export const toColumns = (
  incidents: readonly Incident[],
  gazetteer: Gazetteer,
  reportsById: ReadonlyMap<string, Report> = new Map(),
): IncidentColumns => {
  const builder = createColumnsBuilder(incidents.length, gazetteer);
  for (const record of incidents) {
    builder.add({
      id: record.id,
      kind: record.kind,
      dayStart: record.dateStart === null ? NO_DAY : toDayNumber(record.dateStart),
      dayEnd: record.dateEnd === null ? NO_DAY : toDayNumber(record.dateEnd),
      placeId: record.placeId,
      killedMin: record.killedMin,
      killedMax: record.killedMax,
      childrenMin: record.childrenMin,
      childrenMax: record.childrenMax,
      eventType: record.eventType,
      sources: sourcesOf(record, reportsById),
      coversIds: record.coversIds,
    });
  }
  return builder.finish();
};
