import type { Dataset } from '../../model/dataset';
import { fromDayNumber } from '../../model/dayNumber';
import type { Incident } from '../../model/incident';
import { type IncidentColumns, toColumns } from '../columns/incidentColumns';
import { daySpanOfColumns, optionsFromColumns } from '../columns/optionsFromColumns';
import { LARGE_DATASET_PAIRS, overlappingPairCount } from '../columns/overlappingPairCount';
import { readsAsColumns } from '../columns/readsAsColumns';
import { buildRegionDayIndex, type RegionDayIndex } from '../columns/regionDayIndex';
import { compareSeries } from '../compareSeries';
import { cumulativeMarkers } from '../cumulativeMarkers';
import { cumulativeSeries } from '../cumulativeSeries';
import { eventTypeOptions, regionOptions, sourceOptions } from '../filterOptions';
import { type Filters, filterRecords, NO_FILTERS } from '../filters';
import { buildGazetteer } from '../gazetteer';
import { headlineFigures } from '../headlineFigures';
import { datasetClusters } from '../reconcile/datasetClusters';
import { incidentsAsRecords } from '../reconcile/incidentsAsRecords';
import { statedTotals } from '../statedTotals';
import { summarise, summariseFiltered } from '../summary';
import { largeTableRecords, largeView } from './largeView';
import { annotationsIn, timeAxis } from './viewAxis';
import type {
  ColumnsDataset,
  DashboardView,
  DatasetBase,
  PreparedDataset,
  RecordsDataset,
  ViewQuery,
} from './viewTypes';

const dataSpanOf = (incidents: readonly Incident[]) => {
  let first: string | null = null;
  let last: string | null = null;
  for (const r of incidents) {
    const start = r.dateStart ?? r.dateEnd;
    const end = r.dateEnd ?? r.dateStart;
    if (start && (first === null || start < first)) first = start;
    if (end && (last === null || end > last)) last = end;
  }
  return { first, last };
};

/** Report ids per row, interned: most records share a handful of report sets. */
const reportSetsOf = (columns: IncidentColumns, incidents: readonly Incident[]) => {
  const setIndex = new Map<string, number>();
  const reportSets: string[][] = [];
  const reportSetOfRow = new Uint32Array(columns.length);
  for (let row = 0; row < columns.length; row++) {
    const ids = incidents[columns.inputIndex[row] ?? 0]?.reportIds ?? [];
    const key = ids.join('\n');
    let index = setIndex.get(key);
    if (index === undefined) {
      index = reportSets.length;
      setIndex.set(key, index);
      reportSets.push(ids);
    }
    reportSetOfRow[row] = index;
  }
  return { reportSetOfRow, reportSets };
};

export const prepareDataset = (
  dataset: Dataset,
  largeAbovePairs: number = LARGE_DATASET_PAIRS,
): PreparedDataset => {
  const gazetteer = buildGazetteer(dataset.places);
  const reportsById = new Map(dataset.reports.map((r) => [r.id, r]));
  const large = readsAsColumns(
    {
      records: dataset.incidents.length,
      info: dataset.info,
      pairs: () => overlappingPairCount(dataset.incidents),
    },
    largeAbovePairs,
  );
  if (large) {
    const columns = toColumns(dataset.incidents, gazetteer, reportsById);
    const { reportSetOfRow, reportSets } = reportSetsOf(columns, dataset.incidents);
    return prepareColumnsDataset(dataset, {
      columns,
      reportSetOfRow,
      reportSets,
      recordsOfRows: (rows) =>
        rows.map((row) => dataset.incidents[columns.inputIndex[row] ?? 0] as Incident),
    });
  }
  // Clustering looks at the whole dataset once; filters then pick incidents from it.
  const clusters = datasetClusters(dataset, gazetteer);
  const base: DatasetBase = {
    records: dataset.incidents.length,
    reconciled: true,
    places: dataset.places,
    reports: dataset.reports,
    options: {
      regions: regionOptions(dataset.incidents, gazetteer),
      sources: sourceOptions(dataset.incidents, reportsById),
      eventTypes: eventTypeOptions(dataset.incidents),
    },
    dataSpan: dataSpanOf(dataset.incidents),
    allIncidents: summarise(dataset, NO_FILTERS, gazetteer, clusters).incidentDetails,
    recordsPending: false,
    snapshotStale: false,
    info: dataset.info ?? null,
  };
  return { kind: 'records', dataset, gazetteer, reportsById, base, clusters, markers: new Map() };
};

/**
 * A large dataset held as columns, whose records are built only when a view shows them (the
 * table's first rows, stated totals). `folder` gives the places, reports and annotations; its
 * incidents are not read.
 */
export const prepareColumnsDataset = (
  folder: Pick<Dataset, 'places' | 'reports' | 'annotations' | 'info'>,
  held: {
    columns: IncidentColumns;
    reportSetOfRow: Uint32Array;
    reportSets: string[][];
    recordsOfRows: ((rows: readonly number[]) => Incident[]) | null;
    snapshotStale?: boolean;
    /**
     * The index of the same columns prepared before: a snapshot's columns are prepared twice
     * (its figures first, then with its records) and the index is the same both times.
     */
    dayIndex?: RegionDayIndex | null;
  },
): ColumnsDataset => {
  const gazetteer = buildGazetteer(folder.places);
  const reportsById = new Map(folder.reports.map((r) => [r.id, r]));
  const { columns } = held;
  const span = daySpanOfColumns(columns);
  const base: DatasetBase = {
    records: columns.length,
    reconciled: false,
    places: folder.places,
    reports: folder.reports,
    options: optionsFromColumns(columns, gazetteer),
    dataSpan: {
      first: span.first === null ? null : fromDayNumber(span.first),
      last: span.last === null ? null : fromDayNumber(span.last),
    },
    allIncidents: [],
    recordsPending: held.recordsOfRows === null,
    snapshotStale: held.snapshotStale ?? false,
    info: folder.info ?? null,
  };
  return {
    kind: 'columns',
    dataset: {
      places: folder.places,
      reports: folder.reports,
      annotations: folder.annotations,
      incidents: [],
      ...(folder.info ? { info: folder.info } : {}),
    },
    gazetteer,
    reportsById,
    base,
    columns: held.columns,
    reportSetOfRow: held.reportSetOfRow,
    reportSets: held.reportSets,
    recordsOfRows: held.recordsOfRows,
    dayIndex:
      held.dayIndex === null || held.dayIndex?.groupOfRow === held.reportSetOfRow
        ? held.dayIndex
        : buildRegionDayIndex(columns, {
            ofRow: held.reportSetOfRow,
            count: held.reportSets.length,
          }),
    markers: new Map(),
  };
};

/**
 * What each way of keeping records answers. Both give the same figures for the same records
 * (equivalence-tested); the columns never build an object per record.
 */
interface ViewBackend<P extends PreparedDataset> {
  view: (prepared: P, query: ViewQuery, timings: Record<string, number>) => DashboardView;
  /** The records the table lists for `filters` (all of them but in a large dataset). */
  table: (prepared: P, filters: Filters) => Incident[];
}

const recordsBackend: ViewBackend<RecordsDataset> = {
  view: (prepared, query) => fullView(prepared, query),
  table: (prepared, filters) =>
    filterRecords(prepared.dataset.incidents, filters, {
      gazetteer: prepared.gazetteer,
      reportsById: prepared.reportsById,
    }).incidents,
};

const columnsBackend: ViewBackend<ColumnsDataset> = {
  view: largeView,
  table: largeTableRecords,
};

/** The records the table lists for `filters` (all of them but in a large dataset). */
export const tableRecords = (prepared: PreparedDataset, filters: Filters): Incident[] =>
  prepared.kind === 'columns'
    ? columnsBackend.table(prepared, filters)
    : recordsBackend.table(prepared, filters);

/** The dashboard's figures for one view: the same functions as `npm run summary`. */
export const dashboardView = (
  prepared: PreparedDataset,
  query: ViewQuery,
  /** Filled with a large view's steps (ms). */
  timings: Record<string, number> = {},
): DashboardView =>
  prepared.kind === 'columns'
    ? columnsBackend.view(prepared, query, timings)
    : recordsBackend.view(prepared, query, timings);

const fullView = (prepared: RecordsDataset, query: ViewQuery): DashboardView => {
  const { dataset, gazetteer, reportsById } = prepared;
  const { filters } = query;
  const { clusters } = prepared;
  const filtered = filterRecords(dataset.incidents, filters, { gazetteer, reportsById });
  const headline = headlineFigures(filtered.incidents, reportsById, gazetteer);
  // The same function as `npm run summary`: the dashboard and the CLI cannot disagree.
  const { cumulative: _statedTotals, ...summary } = summariseFiltered(dataset, filters, gazetteer, {
    reportsById,
    filtered,
    perRecord: headline,
    clusters,
  });
  const { from, to, unit } = timeAxis(headline, filtered.cumulative, query);
  // Charts count each incident once, like the headline.
  const ranges = query.ranges ?? 'spread';
  const incidentRecords = incidentsAsRecords(summary.incidentDetails);
  const series = cumulativeSeries(incidentRecords, { from, to, unit, ranges });
  // The same series over each incident's best estimate, as its only figure.
  const best =
    summary.killedBest === null
      ? null
      : cumulativeSeries(
          incidentRecords.map((r) => ({ ...r, killedMin: r.killedBest, killedMax: r.killedBest })),
          { from, to, unit, ranges, ids: false },
        );
  const markers = cumulativeMarkers(filtered.cumulative, reportsById, gazetteer, prepared.markers);
  let compare: DashboardView['compare'] = null;
  if (query.mode === 'compare') {
    const unfilteredByRegion = incidentsAsRecords(
      summarise(dataset, { ...filters, regions: [] }, gazetteer, clusters).incidentDetails,
    );
    // Without a region choice, compare every governorate that has incident records.
    const regions =
      filters.regions.length > 0
        ? filters.regions
        : [
            ...new Set(
              unfilteredByRegion.flatMap((r) => gazetteer.governorateOf(r.placeId)?.id ?? []),
            ),
          ].sort();
    compare = compareSeries(unfilteredByRegion, regions, gazetteer, { from, to, unit, ranges });
  }
  return {
    filtered,
    filteredIncidentCount: filtered.incidents.length,
    tableListed: filtered.incidents.length,
    headline,
    summary,
    series,
    best,
    markers,
    stated: statedTotals(markers).series,
    compare,
    annotations: annotationsIn(dataset.annotations, from, to),
    unit,
    from,
    to,
    recordsPending: false,
  };
};
