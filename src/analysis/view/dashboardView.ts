import type { Annotation } from '../../model/annotation';
import type { Dataset } from '../../model/dataset';
import type { DatasetInfo } from '../../model/datasetInfo';
import type { Incident } from '../../model/incident';
import type { Place } from '../../model/place';
import type { Report } from '../../model/report';
import { type IncidentColumns, toColumns } from '../columns/incidentColumns';
import { daySpanOfColumns, optionsFromColumns } from '../columns/optionsFromColumns';
import { LARGE_DATASET_PAIRS, overlappingPairCount } from '../columns/overlappingPairCount';
import { buildRegionDayIndex, type RegionDayIndex } from '../columns/regionDayIndex';
import { compareSeries } from '../compareSeries';
import { type CumulativeMarker, cumulativeMarkers } from '../cumulativeMarkers';
import { type CumulativeSeries, cumulativeSeries } from '../cumulativeSeries';
import { fromDayNumber } from '../dayNumber';
import {
  eventTypeOptions,
  type Option,
  type RegionOption,
  regionOptions,
  sourceOptions,
} from '../filterOptions';
import { type FilteredRecords, type Filters, filterRecords, NO_FILTERS } from '../filters';
import { buildGazetteer, type Gazetteer } from '../gazetteer';
import { type HeadlineFigures, headlineFigures } from '../headlineFigures';
import type { IncidentCluster } from '../reconcile/clusterIncidents';
import { datasetClusters } from '../reconcile/datasetClusters';
import { incidentsAsRecords } from '../reconcile/incidentsAsRecords';
import { type StatedSeries, statedTotals } from '../statedTotals';
import { type IncidentEntry, type Summary, summarise, summariseFiltered } from '../summary';
import type { BinUnit } from '../timeBins';
/**
 * How the chart shows the series: running totals, the sources' stated totals as lines, new
 * deaths per bin, or governorates side by side.
 */
export type ChartMode = 'cumulative' | 'stated' | 'bars' | 'compare';
/** Records spanning several days: spread evenly over their days, or counted on their last day. */
export type RangeMode = 'spread' | 'end';

import { largeTableRecords, largeView } from './largeView';
import { annotationsIn, timeAxis } from './viewAxis';

/** What a query asks for: the parts of the view that change the figures. */
export interface ViewQuery {
  filters: Filters;
  mode: ChartMode;
  unit: BinUnit | 'auto';
  /** Absent: spread (the default view). */
  ranges?: RangeMode;
}

/** Sent once per dataset: what does not depend on the filters. Plain data (structured clone). */
export interface DatasetBase {
  records: number;
  /** false for a large dataset: figures sum records, reports are not grouped into incidents. */
  reconciled: boolean;
  places: Place[];
  reports: Report[];
  options: { regions: RegionOption[]; sources: Option[]; eventTypes: Option[] };
  /** First and last day of any record, for the date inputs. */
  dataSpan: { first: string | null; last: string | null };
  /** Every incident with its sources, for provenance panels opened from any view. */
  allIncidents: IncidentEntry[];
  /**
   * true while the figures come from a build-time snapshot whose CSV has not yet arrived and
   * been checked: views then have figures but no records (table, stated totals) yet.
   */
  recordsPending: boolean;
  /** The build's snapshot did not match incidents.csv: everything was read from the CSV. */
  snapshotStale: boolean;
  /** What the folder is (dataset.json): publisher, licence, citation, as-of; null without one. */
  info: DatasetInfo | null;
}

/**
 * `npm run summary`'s figures for a view, less its list of stated totals: the view carries
 * those as `markers` (and their records in `filtered.cumulative`), and a large view may hold
 * thousands, each costing its copy to the page.
 */
export type ViewSummary = Omit<Summary, 'cumulative'>;

/** Everything the dashboard draws for one view. Plain data (structured clone). */
export interface DashboardView {
  /**
   * In a large dataset, `filtered.incidents` holds at most LARGE_TABLE_LIMIT records, and
   * `filtered.cumulative` only the undated stated totals (the dated ones are the `markers`).
   */
  filtered: FilteredRecords;
  /** Incident records in the filter (equal to filtered.incidents.length unless limited). */
  filteredIncidentCount: number;
  /**
   * How many records the table lists: filtered.incidents.length, except in a large dataset,
   * whose view carries the first page and whose full list comes from `tableRecords`.
   */
  tableListed: number;
  headline: HeadlineFigures;
  summary: ViewSummary;
  series: CumulativeSeries;
  /**
   * The best estimates' series (its `lower` is the running best), when every incident in the
   * view with a death figure has one (coded event data such as UCDP's); null otherwise.
   */
  best: CumulativeSeries | null;
  markers: CumulativeMarker[];
  /** The markers as the stated-totals chart draws them (computed here, not on the page). */
  stated: StatedSeries[];
  compare: ReturnType<typeof compareSeries> | null;
  annotations: Annotation[];
  unit: BinUnit;
  from: string | null;
  to: string | null;
  /** Figures without records (table, stated totals): see DatasetBase.recordsPending. */
  recordsPending: boolean;
}

/** A dataset made ready for queries (lives in the worker; not cloneable as a whole). */
export interface PreparedDataset {
  /** A columns-only dataset (read without Incident objects) has `incidents: []` here. */
  dataset: Dataset;
  gazetteer: Gazetteer;
  reportsById: Map<string, Report>;
  base: DatasetBase;
  /** Full datasets: clusters of the whole dataset, computed once. */
  clusters: IncidentCluster[] | null;
  /** Large datasets: the records as columns. */
  columns: IncidentColumns | null;
  /**
   * Large datasets: the records of stored rows, in the order given (built on demand); null
   * while they are pending (see DatasetBase.recordsPending).
   */
  recordsOfRows: ((rows: readonly number[]) => Incident[]) | null;
  /** Large datasets: per row, the index of its report set in `reportSets` (for `reports`). */
  reportSetOfRow: Uint32Array | null;
  reportSets: string[][];
  /** Large datasets: sums by governorate and day (null when too large to keep; see its file). */
  dayIndex: RegionDayIndex | null;
}

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
  const large = overlappingPairCount(dataset.incidents) > largeAbovePairs;
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
  return {
    dataset,
    gazetteer,
    reportsById,
    base,
    clusters,
    columns: null,
    recordsOfRows: null,
    reportSetOfRow: null,
    reportSets: [],
    dayIndex: null,
  };
};

/**
 * The region × day index of columns, built once: a snapshot's columns are prepared twice (its
 * figures first, then with its records) and the index is the same both times.
 */
const dayIndexCache = new WeakMap<IncidentColumns, RegionDayIndex | null>();
const dayIndexOf = (columns: IncidentColumns, reportSetOfRow: Uint32Array, reportSets: number) => {
  let index = dayIndexCache.get(columns);
  if (index === undefined || (index !== null && index.groupOfRow !== reportSetOfRow)) {
    index = buildRegionDayIndex(columns, { ofRow: reportSetOfRow, count: reportSets });
    dayIndexCache.set(columns, index);
  }
  return index;
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
  },
): PreparedDataset => {
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
    clusters: null,
    columns: held.columns,
    reportSetOfRow: held.reportSetOfRow,
    reportSets: held.reportSets,
    recordsOfRows: held.recordsOfRows,
    dayIndex: dayIndexOf(columns, held.reportSetOfRow, held.reportSets.length),
  };
};

/** The records the table lists for `filters` (all of them but in a large dataset). */
export const tableRecords = (prepared: PreparedDataset, filters: Filters): Incident[] =>
  prepared.columns
    ? largeTableRecords(prepared, prepared.columns, prepared.recordsOfRows, filters)
    : filterRecords(prepared.dataset.incidents, filters, {
        gazetteer: prepared.gazetteer,
        reportsById: prepared.reportsById,
      }).incidents;

/** The dashboard's figures for one view: the same functions as `npm run summary`. */
export const dashboardView = (
  prepared: PreparedDataset,
  query: ViewQuery,
  /** Filled with a large view's steps (ms). */
  timings: Record<string, number> = {},
): DashboardView =>
  prepared.columns
    ? largeView(prepared, prepared.columns, prepared.recordsOfRows, query, timings)
    : fullView(prepared, query);

const fullView = (prepared: PreparedDataset, query: ViewQuery): DashboardView => {
  const { dataset, gazetteer, reportsById } = prepared;
  const { filters } = query;
  const clusters = prepared.clusters ?? undefined;
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
  const markers = cumulativeMarkers(filtered.cumulative, reportsById, gazetteer);
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
