import { lowerOfCell, upperOfCell } from '../../model/figureBounds';
import { filterColumnsOnce } from '../columns/filterColumns';
import type { HeadlineSums } from '../columns/headlineFromColumns';
import { type IncidentColumns, KIND_CUMULATIVE, NO_REGION } from '../columns/incidentColumns';
import { selectFromIndex } from '../columns/regionDayIndex';
import { selectIncidents } from '../columns/selectIncidents';
import { sourceSetsOf } from '../columns/sourceSets';
import {
  type AreaFigures,
  type AreaSource,
  levelNumber,
  MAP_STATED_LISTED,
  type MapFigures,
  type MapQuery,
  statedTotalAcross,
  topSources,
  type UnplacedFigures,
} from './mapFigures';
import type { ColumnsDataset } from './viewTypes';

/**
 * The map of a dataset held as columns (too large to cluster): records are summed as stated,
 * as in its headline. Whole governorates over any dates come from the region × day index (a
 * subtraction each); anything else is one pass over the rows filterColumns selects, each row
 * added to its area.
 */
export const columnsMapFigures = (
  prepared: ColumnsDataset,
  columns: IncidentColumns,
  query: MapQuery,
): MapFigures => {
  const level = levelNumber(query.level);
  const ids = prepared.dataset.places
    .filter((p) => p.level === level)
    .map((p) => p.id)
    .sort();
  const { dayIndex } = prepared;
  // Whole governorates, dates, no source or event type: the index answers (selectIncidents).
  const indexed = level === 1 && dayIndex !== null && selectFromIndex(dayIndex, query.filters);
  const { areas, unplaced, cumulative } = indexed
    ? governoratesFromIndex(prepared, columns, query, ids)
    : areasFromRows(columns, query, ids, level);
  const across = statedAcross(prepared, columns, cumulative, level);
  return {
    level: query.level,
    areas,
    towns: [],
    // Columns carry no coordinates: the folders read so are drawn by area only.
    points: [],
    pointsLeftOut: 0,
    unplaced,
    statedAcross: across.listed,
    statedAcrossCount: across.count,
  };
};

const sourcesOfSums = (columns: IncidentColumns, sums: HeadlineSums): AreaSource[] =>
  topSources(
    columns.sources.flatMap((name, s) => {
      const records = sums.sourceRecords[s] ?? 0;
      return records > 0 ? [{ name, records, killedMin: sums.sourceMin[s] ?? 0 }] : [];
    }),
  );

/** One index selection per governorate (their sources too). */
const governoratesFromIndex = (
  prepared: ColumnsDataset,
  columns: IncidentColumns,
  query: MapQuery,
  ids: string[],
) => {
  const select = (regions: string[]) =>
    selectIncidents(columns, prepared.dayIndex, { ...query.filters, regions });
  const all = select([]);
  const areas = ids.map((id): AreaFigures => {
    const sums = select([id]).sums();
    return {
      id,
      records: sums.records,
      incidents: sums.records,
      killedMin: sums.killedMin,
      killedMax: sums.killedMax,
      sources: sourcesOfSums(columns, sums),
    };
  });
  const sums = all.sums();
  const last = columns.regions.ids.length;
  const records = sums.regionRecords[last] ?? 0;
  const unplaced: UnplacedFigures[] =
    records > 0
      ? [
          {
            id: '',
            placeId: '',
            coversIds: [],
            records,
            incidents: records,
            killedMin: sums.regionMin[last] ?? 0,
            killedMax: sums.regionMax[last] ?? 0,
            sources: [],
          },
        ]
      : [];
  return { areas, unplaced, cumulative: all.cumulative() };
};

interface AreaSums {
  records: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** [area * sources + s] */
  sourceRecords: Float64Array;
  sourceLower: Float64Array;
}

const emptySums = (areas: number, sources: number): AreaSums => ({
  records: new Float64Array(areas),
  lower: new Float64Array(areas),
  upper: new Float64Array(areas),
  sourceRecords: new Float64Array(areas * sources),
  sourceLower: new Float64Array(areas * sources),
});

/**
 * Every selected row added to its area (`areaOf`; rows in none go to the last entry), with the
 * figure bounds of addRowsToHeadlineSums (figureBounds.ts: lowerOfCell / upperOfCell).
 */
const sumRowsByArea = (
  columns: IncidentColumns,
  rows: Uint32Array,
  areaOf: (row: number) => number,
  areaCount: number,
): AreaSums => {
  const sourceCount = columns.sources.length;
  const sums = emptySums(areaCount + 1, sourceCount);
  const { killedMin, killedMax } = columns;
  // Each row's set of sources (any number of sources): a row adds to each member's sums.
  const { ofRow, offsets, members } = sourceSetsOf(columns);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] ?? 0;
    const kMin = killedMin[row] ?? -1;
    const kMax = killedMax[row] ?? -1;
    const lower = lowerOfCell(kMin);
    const upper = upperOfCell(kMin, kMax);
    const a = areaOf(row);
    sums.records[a] = (sums.records[a] ?? 0) + 1;
    sums.lower[a] = (sums.lower[a] ?? 0) + lower;
    sums.upper[a] = (sums.upper[a] ?? 0) + upper;
    const base = a * sourceCount;
    const set = ofRow[row] ?? 0;
    for (let m = offsets[set] ?? 0; m < (offsets[set + 1] ?? 0); m++) {
      const s = base + (members[m] ?? 0);
      sums.sourceRecords[s] = (sums.sourceRecords[s] ?? 0) + 1;
      sums.sourceLower[s] = (sums.sourceLower[s] ?? 0) + lower;
    }
  }
  return sums;
};

const figuresAt = (columns: IncidentColumns, sums: AreaSums, id: string, a: number) => {
  const n = columns.sources.length;
  const sources: AreaSource[] = [];
  for (let s = 0; s < n; s++) {
    const records = sums.sourceRecords[a * n + s] ?? 0;
    if (records > 0)
      sources.push({
        name: columns.sources[s] ?? '',
        records,
        killedMin: sums.sourceLower[a * n + s] ?? 0,
      });
  }
  const records = sums.records[a] ?? 0;
  return {
    id,
    records,
    incidents: records,
    killedMin: sums.lower[a] ?? 0,
    killedMax: sums.upper[a] ?? 0,
    sources: topSources(sources),
  };
};

/**
 * One pass over the selected rows. On the district map, a row in a governorate but in no
 * district is listed under its governorate; a row in no governorate under the country.
 */
const areasFromRows = (columns: IncidentColumns, query: MapQuery, ids: string[], level: 1 | 2) => {
  const selection = filterColumnsOnce(columns, query.filters);
  const rows = selection.incidents;
  const codes = level === 1 ? columns.regions.ids : columns.districts.ids;
  const areaColumn = level === 1 ? columns.region : columns.district;
  const regionCount = columns.regions.ids.length;
  // Areas first, then (districts) one entry per governorate, then the country.
  const above = level === 1 ? 0 : regionCount;
  const areaOf = (row: number) => {
    const a = areaColumn[row] ?? NO_REGION;
    if (a !== NO_REGION) return a;
    const g = columns.region[row] ?? NO_REGION;
    return g === NO_REGION || level === 1 ? codes.length + above : codes.length + g;
  };
  const sums = sumRowsByArea(columns, rows, areaOf, codes.length + above);
  const codeOf = new Map(codes.map((id, a) => [id, a]));
  const areas = ids.map((id) => {
    const a = codeOf.get(id);
    return a === undefined
      ? figuresAt(columns, emptySums(1, 0), id, 0)
      : figuresAt(columns, sums, id, a);
  });
  const unplaced: UnplacedFigures[] = [];
  for (let u = 0; u <= above; u++) {
    const placeId = u < above ? (columns.regions.ids[u] ?? '') : '';
    const f = figuresAt(columns, sums, placeId, codes.length + u);
    if (f.records > 0) unplaced.push({ ...f, placeId, coversIds: [] });
  }
  return { areas, unplaced, cumulative: selection.cumulative };
};

/** Stated totals in the filter whose place lies above the map's level (their records if read). */
const statedAcross = (
  prepared: ColumnsDataset,
  columns: IncidentColumns,
  /** The stated totals the filter shows (their rows). */
  rows: Uint32Array,
  level: number,
) => {
  const { place, kind } = columns;
  const above = Array.from(rows).filter((row) => {
    if (kind[row] !== KIND_CUMULATIVE) return false;
    const placeId = columns.places.ids[place[row] ?? 0] ?? '';
    return !prepared.gazetteer.lineage(placeId).some((p) => p.level === level);
  });
  const records = prepared.recordsOfRows?.(above.slice(0, MAP_STATED_LISTED)) ?? [];
  return {
    count: above.length,
    listed: records.map(statedTotalAcross),
  };
};
