import { cumulativeSeriesColumns } from '../../analysis/columns/cumulativeSeriesColumns';
import { filterColumns } from '../../analysis/columns/filterColumns';
import { headlineFromColumns } from '../../analysis/columns/headlineFromColumns';
import { type IncidentColumns, NO_REGION, toColumns } from '../../analysis/columns/incidentColumns';
import { compareSeries } from '../../analysis/compareSeries';
import { type CumulativeMarker, cumulativeMarkers } from '../../analysis/cumulativeMarkers';
import {
  type CumulativeSeries,
  cumulativeSeries,
  type SeriesOptions,
} from '../../analysis/cumulativeSeries';
import { toDayNumber } from '../../analysis/dayNumber';
import {
  eventTypeOptions,
  type Option,
  type RegionOption,
  regionOptions,
  sourceOptions,
} from '../../analysis/filterOptions';
import {
  type FilteredRecords,
  type Filters,
  filterRecords,
  NO_FILTERS,
} from '../../analysis/filters';
import { buildGazetteer, type Gazetteer } from '../../analysis/gazetteer';
import {
  type HeadlineFigures,
  headlineFigures,
  NOT_IN_ONE_GOVERNORATE,
} from '../../analysis/headlineFigures';
import { clusterIncidents, type IncidentCluster } from '../../analysis/reconcile/clusterIncidents';
import { incidentsAsRecords } from '../../analysis/reconcile/incidentsAsRecords';
import type {
  RegionIncidentFigures,
  SourceIncidentFigures,
} from '../../analysis/reconcile/incidentTotals';
import {
  type IncidentEntry,
  type Summary,
  summarise,
  summariseFiltered,
} from '../../analysis/summary';
import { type BinUnit, chooseBinUnit } from '../../analysis/timeBins';
import type { Annotation } from '../../model/annotation';
import type { Dataset } from '../../model/dataset';
import type { Incident } from '../../model/incident';
import type { Place } from '../../model/place';
import type { Report } from '../../model/report';
import type { ChartMode } from '../url/viewState';

/**
 * A dataset is "large" when clustering would compare more than this many pairs of records (it
 * compares every pair that shares a day, which grows with the square of the records per day:
 * the bundled UCDP Syria events give 0.28 million, 100k synthetic records tens of millions).
 * Then reports are not clustered into incidents, filters and sums run on typed-array columns,
 * every figure sums records as stated, and the dashboard says so.
 */
export const LARGE_DATASET_PAIRS = 2_000_000;

/** A large dataset's table lists at most this many records (and says how many it leaves out). */
export const LARGE_TABLE_LIMIT = 1_000;

/** What a query asks for: the parts of the view that change the figures. */
export interface ViewQuery {
  filters: Filters;
  mode: ChartMode;
  unit: BinUnit | 'auto';
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
}

/** Everything the dashboard draws for one view. Plain data (structured clone). */
export interface DashboardView {
  /** In a large dataset, `filtered.incidents` holds at most LARGE_TABLE_LIMIT records. */
  filtered: FilteredRecords;
  /** Incident records in the filter (equal to filtered.incidents.length unless limited). */
  filteredIncidentCount: number;
  headline: HeadlineFigures;
  summary: Summary;
  series: CumulativeSeries;
  markers: CumulativeMarker[];
  compare: ReturnType<typeof compareSeries> | null;
  annotations: Annotation[];
  unit: BinUnit;
  from: string | null;
  to: string | null;
}

/** A dataset made ready for queries (lives in the worker; not cloneable as a whole). */
export interface PreparedDataset {
  dataset: Dataset;
  gazetteer: Gazetteer;
  reportsById: Map<string, Report>;
  base: DatasetBase;
  /** Full datasets: clusters of the whole dataset, computed once. */
  clusters: IncidentCluster[] | null;
  /** Large datasets: the records as columns, and each row's index into dataset.incidents. */
  columns: IncidentColumns | null;
  /** Large datasets: per row, the index of its report set in `reportSets` (for `reports`). */
  reportSetOfRow: Uint32Array | null;
  reportSets: string[][];
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

/**
 * How many pairs `overlappingPairs` (reconcile) would list: dated incident records whose spans
 * share a day. Counted by binary search over sorted starts, without listing them.
 */
export const overlappingPairCount = (incidents: readonly Incident[]): number => {
  const spans: Array<[number, number]> = [];
  for (const r of incidents) {
    if (r.kind !== 'incident' || r.dateStart === null || r.dateEnd === null) continue;
    spans.push([toDayNumber(r.dateStart), toDayNumber(r.dateEnd)]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const starts = Float64Array.from(spans, ([start]) => start);
  let pairs = 0;
  // As the sweep in overlappingPairs: record i pairs with every later j that starts by its end.
  spans.forEach(([, end], i) => {
    let lo = i + 1;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= end) lo = mid + 1;
      else hi = mid;
    }
    pairs += lo - i - 1;
  });
  return pairs;
};

export const prepareDataset = (
  dataset: Dataset,
  largeAbovePairs: number = LARGE_DATASET_PAIRS,
): PreparedDataset => {
  const gazetteer = buildGazetteer(dataset.places);
  const reportsById = new Map(dataset.reports.map((r) => [r.id, r]));
  const large = overlappingPairCount(dataset.incidents) > largeAbovePairs;
  // Clustering looks at the whole dataset once; filters then pick incidents from it.
  const clusters = large
    ? null
    : clusterIncidents(dataset.incidents, gazetteer, dataset.decisions ?? []);
  const columns = large ? toColumns(dataset.incidents, gazetteer, reportsById) : null;
  let reportSetOfRow: Uint32Array | null = null;
  const reportSets: string[][] = [];
  if (columns) {
    // Report ids per row, interned: most records share a handful of report sets.
    const setIndex = new Map<string, number>();
    reportSetOfRow = new Uint32Array(columns.length);
    for (let row = 0; row < columns.length; row++) {
      const ids = dataset.incidents[columns.inputIndex[row] ?? 0]?.reportIds ?? [];
      const key = ids.join('\n');
      let index = setIndex.get(key);
      if (index === undefined) {
        index = reportSets.length;
        setIndex.set(key, index);
        reportSets.push(ids);
      }
      reportSetOfRow[row] = index;
    }
  }
  const base: DatasetBase = {
    records: dataset.incidents.length,
    reconciled: !large,
    places: dataset.places,
    reports: dataset.reports,
    options: {
      regions: regionOptions(dataset.incidents, gazetteer),
      sources: sourceOptions(dataset.incidents, reportsById),
      eventTypes: eventTypeOptions(dataset.incidents),
    },
    dataSpan: dataSpanOf(dataset.incidents),
    allIncidents: clusters
      ? summarise(dataset, NO_FILTERS, gazetteer, clusters).incidentDetails
      : [],
  };
  return {
    dataset,
    gazetteer,
    reportsById,
    base,
    clusters,
    columns,
    reportSetOfRow,
    reportSets,
  };
};

/** The chart's time span and bin unit, from the figures and the stated totals beside them. */
const timeAxis = (
  headline: Pick<HeadlineFigures, 'firstDate' | 'lastDate'>,
  cumulative: readonly Incident[],
  query: ViewQuery,
) => {
  let spanFrom = headline.firstDate;
  let spanTo = headline.lastDate;
  for (const r of cumulative) {
    const start = r.periodStart ?? r.dateEnd;
    if (start && (spanFrom === null || start < spanFrom)) spanFrom = start;
    if (r.dateEnd && (spanTo === null || r.dateEnd > spanTo)) spanTo = r.dateEnd;
  }
  const from = query.filters.from ?? spanFrom;
  const to = query.filters.to ?? spanTo;
  // Charts never draw more points than a screen shows: the unit adapts to the span.
  const unit: BinUnit =
    query.unit !== 'auto'
      ? query.unit
      : from && to
        ? chooseBinUnit(toDayNumber(from), toDayNumber(to), query.mode === 'bars' ? 60 : 200)
        : 'day';
  return { from, to, unit };
};

const annotationsIn = (
  annotations: readonly Annotation[],
  from: string | null,
  to: string | null,
) =>
  annotations.filter(
    (a) => (from === null || a.dateEnd >= from) && (to === null || a.dateStart <= to),
  );

/** The dashboard's figures for one view: the same functions as `npm run summary`. */
export const dashboardView = (prepared: PreparedDataset, query: ViewQuery): DashboardView =>
  prepared.columns ? largeView(prepared, prepared.columns, query) : fullView(prepared, query);

const fullView = (prepared: PreparedDataset, query: ViewQuery): DashboardView => {
  const { dataset, gazetteer, reportsById } = prepared;
  const { filters } = query;
  const clusters = prepared.clusters ?? undefined;
  const filtered = filterRecords(dataset.incidents, filters, { gazetteer, reportsById });
  const headline = headlineFigures(filtered.incidents, reportsById, gazetteer);
  // The same function as `npm run summary`: the dashboard and the CLI cannot disagree.
  const summary = summariseFiltered(dataset, filters, gazetteer, {
    reportsById,
    filtered,
    perRecord: headline,
    clusters,
  });
  const { from, to, unit } = timeAxis(headline, filtered.cumulative, query);
  // Charts count each incident once, like the headline.
  const series = cumulativeSeries(incidentsAsRecords(summary.incidentDetails), { from, to, unit });
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
    compare = compareSeries(unfilteredByRegion, regions, gazetteer, { from, to, unit });
  }
  return {
    filtered,
    filteredIncidentCount: filtered.incidents.length,
    headline,
    summary,
    series,
    markers,
    compare,
    annotations: annotationsIn(dataset.annotations, from, to),
    unit,
    from,
    to,
  };
};

/**
 * A large dataset: filters, sums and series on columns (filterColumns ≡ filterRecords,
 * headlineFromColumns ≡ headlineFigures, cumulativeSeriesColumns ≡ cumulativeSeries, checked by
 * src/analysis/columns/columns.property.test.ts). Records are not clustered, so the summary's
 * incident figures are the record figures, and `reconciled: false` makes the dashboard say so.
 */
const largeView = (
  prepared: PreparedDataset,
  columns: IncidentColumns,
  query: ViewQuery,
): DashboardView => {
  const { dataset, gazetteer, reportsById } = prepared;
  const { filters } = query;
  const selection = filterColumns(columns, filters);
  const recordOf = (row: number): Incident =>
    dataset.incidents[columns.inputIndex[row] ?? 0] as Incident;
  const h = headlineFromColumns(columns, selection.incidents);
  const reports = countReports(prepared, selection.incidents);
  const headline: HeadlineFigures = { ...h, reports };
  const cumulative = inputOrder(columns, selection.cumulative).map(recordOf);
  const straddling = inputOrder(columns, selection.straddling).map(recordOf);
  // The table gets the first records in input order, at most LARGE_TABLE_LIMIT.
  const tableRows = inputOrder(columns, firstByInput(columns, selection.incidents));
  const filtered: FilteredRecords = {
    incidents: tableRows.map(recordOf),
    straddling,
    cumulative,
  };
  const { from, to, unit } = timeAxis(headline, cumulative, query);
  const fullSeries = cumulativeSeriesColumns(columns, selection.incidents, { from, to, unit });
  // Ids stay in the worker: charts and the series CSV count them, and a million ids would cost
  // more to copy to the page than everything else. An array with holes keeps the count.
  const series: CumulativeSeries = {
    ...fullSeries,
    points: fullSeries.points.map((p) => ({ ...p, recordIds: new Array(p.recordIds.length) })),
  };
  const markers = cumulativeMarkers(cumulative, reportsById, gazetteer);
  const cumulativeById = new Map(cumulative.map((r) => [r.id, r]));
  const compare =
    query.mode === 'compare' ? compareColumns(columns, filters, { from, to, unit }) : null;
  const byAdmin1 = regionCounts(columns, selection.incidents, h.byAdmin1);
  const bySource: Record<string, SourceIncidentFigures> = {};
  for (const [name, f] of Object.entries(h.bySource))
    bySource[name] = { ...f, incidents: f.records };
  const summary: Summary = {
    filters,
    records: h.records,
    reports,
    incidents: h.records,
    killedMin: h.killedMin,
    killedMax: h.killedMax,
    childrenMin: h.childrenMin,
    childrenMax: h.childrenMax,
    recordsKilledMin: h.killedMin,
    recordsKilledMax: h.killedMax,
    recordsChildrenMin: h.childrenMin,
    openEnded: h.openEnded,
    killedUnknown: h.killedUnknown,
    childrenReported: h.childrenReported,
    incidentsOpenEnded: h.openEnded,
    incidentsKilledUnknown: h.killedUnknown,
    incidentsWithDisagreement: 0,
    firstDate: h.firstDate,
    lastDate: h.lastDate,
    byAdmin1,
    bySource,
    straddling: straddling.map((r) => r.id),
    cumulative: markers.map((m) => {
      const r = cumulativeById.get(m.id);
      return {
        id: m.id,
        attributedTo: m.sources,
        area: m.area,
        totalType: m.totalType,
        victims: m.victims,
        periodStart: m.periodStart,
        dateEnd: r?.dateEnd ?? m.day,
        killedMin: m.killedMin,
        killedMax: m.killedMax,
        childrenMin: m.childrenMin,
        childrenMax: r?.childrenMax ?? null,
        label: m.label,
      };
    }),
    // Checks compare a stated total with the incidents it covers: there are none unclustered.
    cumulativeChecks: [],
    incidentDetails: [],
  };
  return {
    filtered,
    filteredIncidentCount: selection.incidents.length,
    headline,
    summary,
    series,
    markers,
    compare,
    annotations: annotationsIn(dataset.annotations, from, to),
    unit,
    from,
    to,
  };
};

/** compareSeries on columns: every region's lower bound on the bins of all regions together. */
const compareColumns = (
  columns: IncidentColumns,
  filters: Filters,
  options: SeriesOptions,
): NonNullable<DashboardView['compare']> => {
  const all = filterColumns(columns, { ...filters, regions: [] }).incidents;
  let regions = filters.regions;
  if (regions.length === 0) {
    // Without a region choice, compare every governorate that has incident records.
    const present = new Uint8Array(columns.regions.ids.length);
    for (let k = 0; k < all.length; k++) {
      const r = columns.region[all[k] ?? 0] ?? NO_REGION;
      if (r !== NO_REGION) present[r] = 1;
    }
    regions = columns.regions.ids.filter((_, g) => present[g] === 1).sort();
  }
  const points = cumulativeSeriesColumns(columns, all, options).points;
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return { regionIds: [...regions], rows: [] };
  const span = { from: first.start, to: last.end, unit: options.unit };
  const perRegion = regions.map(
    (region) =>
      cumulativeSeriesColumns(
        columns,
        filterColumns(columns, { ...filters, regions: [region] }).incidents,
        span,
      ).points,
  );
  return {
    regionIds: [...regions],
    rows: points.map((p, i) => {
      const row: { start: string; end: string } & Record<string, number | string> = {
        start: p.start,
        end: p.end,
      };
      regions.forEach((region, r) => {
        row[region] = perRegion[r]?.[i]?.lower ?? 0;
      });
      return row;
    }),
  };
};

/** Rows sorted by the records' input order (the order the object-based functions report). */
const inputOrder = (columns: IncidentColumns, rows: Uint32Array): number[] =>
  Array.from(rows).sort((a, b) => (columns.inputIndex[a] ?? 0) - (columns.inputIndex[b] ?? 0));

/** The LARGE_TABLE_LIMIT rows earliest in input order, without sorting all of them. */
const firstByInput = (columns: IncidentColumns, rows: Uint32Array): Uint32Array => {
  if (rows.length <= LARGE_TABLE_LIMIT) return rows;
  const keep = new Uint8Array(columns.length);
  for (let k = 0; k < rows.length; k++) keep[columns.inputIndex[rows[k] ?? 0] ?? 0] = 1;
  // inverse permutation, walked in input order until the limit is reached
  const rowOfInput = new Uint32Array(columns.length);
  for (let row = 0; row < columns.length; row++) rowOfInput[columns.inputIndex[row] ?? 0] = row;
  const out = new Uint32Array(LARGE_TABLE_LIMIT);
  let n = 0;
  for (let input = 0; input < columns.length && n < LARGE_TABLE_LIMIT; input++) {
    if (keep[input] === 1) out[n++] = rowOfInput[input] ?? 0;
  }
  return out;
};

const countReports = (prepared: PreparedDataset, rows: Uint32Array): number => {
  const setOfRow = prepared.reportSetOfRow;
  if (!setOfRow) return 0;
  const seenSet = new Uint8Array(prepared.reportSets.length);
  for (let k = 0; k < rows.length; k++) seenSet[setOfRow[rows[k] ?? 0] ?? 0] = 1;
  const ids = new Set<string>();
  prepared.reportSets.forEach((set, s) => {
    if (seenSet[s] === 1) for (const id of set) ids.add(id);
  });
  return ids.size;
};

/** headlineFromColumns' per-governorate sums with the number of records in each. */
const regionCounts = (
  columns: IncidentColumns,
  rows: Uint32Array,
  byAdmin1: HeadlineFigures['byAdmin1'],
): Record<string, RegionIncidentFigures> => {
  const regionCount = columns.regions.ids.length;
  const counts = new Float64Array(regionCount + 1);
  for (let k = 0; k < rows.length; k++) {
    // NO_REGION (and anything past the governorates) goes to the last slot.
    const code = Math.min(columns.region[rows[k] ?? 0] ?? regionCount, regionCount);
    counts[code] = (counts[code] ?? 0) + 1;
  }
  const byName = new Map<string, number>();
  for (let code = 0; code <= regionCount; code++) {
    const name =
      code === regionCount ? NOT_IN_ONE_GOVERNORATE : (columns.regions.names[code] ?? '');
    byName.set(name, (byName.get(name) ?? 0) + (counts[code] ?? 0));
  }
  const out: Record<string, RegionIncidentFigures> = {};
  for (const [name, f] of Object.entries(byAdmin1))
    out[name] = { ...f, incidents: byName.get(name) ?? 0 };
  return out;
};
