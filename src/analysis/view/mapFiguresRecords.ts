import type { Incident } from '../../model/incident';
import { filterRecords } from '../filters';
import { type IncidentCluster, restrictClusters } from '../reconcile/clusterIncidents';
import { incidentTotals } from '../reconcile/incidentTotals';
import {
  type AreaFigures,
  levelNumber,
  MAP_STATED_LISTED,
  type MapFigures,
  type MapQuery,
  statedTotalAcross,
  type TownFigures,
  topSources,
  type UnplacedFigures,
} from './mapFigures';
import { drawnPointOf } from './mapPoints';
import type { RecordsDataset } from './viewTypes';

/**
 * The map of a dataset held as records: each area's records are those `filterRecords` keeps for
 * that area, and its incidents the dataset's clusters restricted to them (`summariseFiltered`'s
 * steps), so an area shows what `npm run summary -- --admin1 <area>` prints.
 */
export const recordsMapFigures = (prepared: RecordsDataset, query: MapQuery): MapFigures => {
  const { dataset, gazetteer, reportsById } = prepared;
  const level = levelNumber(query.level);
  const filtered = filterRecords(dataset.incidents, query.filters, { gazetteer, reportsById });
  const figuresOf = areaFiguresOf(prepared);

  const inArea = new Map<string, Incident[]>();
  const atTown = new Map<string, Incident[]>();
  const above = new Map<string, Incident[]>();
  const atPoint = new Map<string, Incident[]>();
  let pointsLeftOut = 0;
  const push = (map: Map<string, Incident[]>, key: string, record: Incident) => {
    const list = map.get(key);
    if (list) list.push(record);
    else map.set(key, [record]);
  };
  for (const record of filtered.incidents) {
    const lineage = gazetteer.lineage(record.placeId);
    const area = lineage.find((p) => p.level === level);
    if (area) push(inArea, area.id, record);
    else push(above, [record.placeId, ...[...record.coversIds].sort()].join(' '), record);
    // A circle besides the shading: at the record's own point, else at its town, never both.
    const point = drawnPointOf(record, gazetteer);
    const own = lineage[0];
    if (point) push(atPoint, point.key, record);
    else if (own && own.level >= 3) push(atTown, own.id, record);
    if (!point && record.coordinates) pointsLeftOut++;
  }
  const areas = dataset.places
    .filter((p) => p.level === level)
    .map((p) => figuresOf(p.id, inArea.get(p.id) ?? []))
    .sort((a, b) => a.id.localeCompare(b.id));
  const towns: TownFigures[] = [...atTown].map(([id, records]) => {
    const place = gazetteer.byId.get(id);
    return {
      ...figuresOf(id, records),
      name: place?.name ?? id,
      lat: place?.lat ?? 0,
      lon: place?.lon ?? 0,
    };
  });
  const points: TownFigures[] = [...atPoint].map(([key, records]) => {
    const first = records[0] as Incident;
    const { lat, lon } = drawnPointOf(first, gazetteer) ?? { lat: 0, lon: 0 };
    const place = gazetteer.byId.get(first.placeId);
    return {
      ...figuresOf(key, records),
      name: `${place?.name ?? first.placeId} (point ${lat}, ${lon})`,
      lat,
      lon,
    };
  });
  const unplaced: UnplacedFigures[] = [...above.values()].map((records) => {
    const first = records[0] as Incident;
    return {
      ...figuresOf(first.placeId, records),
      placeId: first.placeId,
      coversIds: [...first.coversIds].sort(),
    };
  });
  const across = filtered.cumulative.filter(
    (r) => !gazetteer.lineage(r.placeId).some((p) => p.level === level),
  );
  return {
    level: query.level,
    areas,
    towns: towns.sort(byKilled),
    points: points.sort(byKilled),
    pointsLeftOut,
    unplaced: unplaced.sort((a, b) => b.killedMin - a.killedMin),
    statedAcross: across.slice(0, MAP_STATED_LISTED).map(statedTotalAcross),
    statedAcrossCount: across.length,
  };
};

const byKilled = (a: TownFigures, b: TownFigures) =>
  b.killedMin - a.killedMin || a.id.localeCompare(b.id);

/** An area's figures from its records: the clusters they belong to, restricted to them. */
const areaFiguresOf = (prepared: RecordsDataset) => {
  const { gazetteer, reportsById } = prepared;
  const { clusters } = prepared;
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, i) => {
    for (const id of c.recordIds) clusterOf.set(id, i);
  });
  return (id: string, records: readonly Incident[]): AreaFigures => {
    const ids = new Set(records.map((r) => r.id));
    const touched = [...new Set(records.map((r) => clusterOf.get(r.id) ?? -1))]
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)
      .map((i) => clusters[i] as IncidentCluster);
    const totals = incidentTotals(restrictClusters(touched, ids, gazetteer), reportsById);
    return {
      id,
      records: records.length,
      incidents: totals.incidents,
      killedMin: totals.killedMin,
      killedMax: totals.killedMax,
      sources: topSources(
        Object.entries(totals.bySource).map(([name, f]) => ({
          name,
          records: f.records,
          killedMin: f.killedMin,
        })),
      ),
    };
  };
};
