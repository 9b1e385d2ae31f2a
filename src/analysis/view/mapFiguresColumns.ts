import type { HeadlineSums } from '../columns/headlineFromColumns';
import { type IncidentColumns, KIND_CUMULATIVE } from '../columns/incidentColumns';
import { selectIncidents } from '../columns/selectIncidents';
import type { PreparedDataset } from './dashboardView';
import {
  type AreaFigures,
  levelNumber,
  MAP_STATED_LISTED,
  type MapFigures,
  type MapQuery,
  topSources,
} from './mapFigures';

/**
 * The map of a dataset held as columns (too large to cluster): records are summed as stated,
 * as in its headline. Governorates are one selection, answered from the region × day index
 * when it can be; districts ask one selection each (the rows of their governorate).
 */
export const columnsMapFigures = (
  prepared: PreparedDataset,
  columns: IncidentColumns,
  query: MapQuery,
): MapFigures => {
  const { filters } = query;
  const select = (regions: string[]) =>
    selectIncidents(columns, prepared.dayIndex, { ...filters, regions }).sums();
  const all = select([]);
  const figures = (id: string, sums: HeadlineSums, slot: number | null): AreaFigures => {
    const sources = columns.sources.flatMap((name, s) => {
      const records = sums.sourceRecords[s] ?? 0;
      return records > 0 ? [{ name, records, killedMin: sums.sourceMin[s] ?? 0 }] : [];
    });
    // Sources are summed over the whole selection: an area's come from its own (slot null).
    const records = slot === null ? sums.records : (sums.regionRecords[slot] ?? 0);
    return {
      id,
      records,
      incidents: records,
      killedMin: slot === null ? sums.killedMin : (sums.regionMin[slot] ?? 0),
      killedMax: slot === null ? sums.killedMax : (sums.regionMax[slot] ?? 0),
      sources: topSources(sources),
    };
  };
  const level = levelNumber(query.level);
  const ids = prepared.dataset.places
    .filter((p) => p.level === level)
    .map((p) => p.id)
    .sort();
  const areas = ids.map((id) => figures(id, select([id]), null));
  const regionCount = columns.regions.ids.length;
  // Records not in one governorate sit in the last slot; on the district map, so do those in a
  // governorate but in no district (their sum is the governorate's less its districts').
  const unplaced: MapFigures['unplaced'] = [];
  const country = figures('', all, regionCount);
  if (country.records > 0) unplaced.push({ ...country, sources: [], placeId: '', coversIds: [] });
  if (level === 2)
    columns.regions.ids.forEach((gid, g) => {
      const inDistricts = areas.filter((a) => prepared.gazetteer.isWithin(a.id, gid));
      const records = (all.regionRecords[g] ?? 0) - sumOf(inDistricts, 'records');
      if (records > 0)
        unplaced.push({
          id: gid,
          placeId: gid,
          coversIds: [],
          records,
          incidents: records,
          killedMin: (all.regionMin[g] ?? 0) - sumOf(inDistricts, 'killedMin'),
          killedMax: (all.regionMax[g] ?? 0) - sumOf(inDistricts, 'killedMax'),
          sources: [],
        });
    });
  const across = statedAcross(prepared, columns, query, level);
  return {
    level: query.level,
    areas,
    towns: [],
    unplaced,
    statedAcross: across.listed,
    statedAcrossCount: across.count,
  };
};

const sumOf = (areas: AreaFigures[], key: 'records' | 'killedMin' | 'killedMax'): number =>
  areas.reduce((sum, a) => sum + a[key], 0);

/** Stated totals in the filter whose place lies above the map's level (their records if read). */
const statedAcross = (
  prepared: PreparedDataset,
  columns: IncidentColumns,
  query: MapQuery,
  level: number,
) => {
  const rows = selectIncidents(columns, prepared.dayIndex, query.filters).cumulative();
  const { place, kind } = columns;
  const above = Array.from(rows).filter((row) => {
    if (kind[row] !== KIND_CUMULATIVE) return false;
    const placeId = columns.places.ids[place[row] ?? 0] ?? '';
    return !prepared.gazetteer.lineage(placeId).some((p) => p.level === level);
  });
  const records = prepared.recordsOfRows?.(above.slice(0, MAP_STATED_LISTED)) ?? [];
  return {
    count: above.length,
    listed: records.map((r) => ({
      id: r.id,
      placeId: r.placeId,
      coversIds: [...r.coversIds].sort(),
      dateEnd: r.dateEnd,
      killedMin: r.killedMin,
      killedMax: r.killedMax,
      sources: r.attributedTo,
    })),
  };
};
