import type { Incident } from '../../model/incident';
import { type HeadlineSums, headlineFromSums } from '../columns/headlineFromColumns';
import type { IncidentColumns } from '../columns/incidentColumns';
import type { RegionDayIndex } from '../columns/regionDayIndex';
import { selectIncidents, type ViewSelection } from '../columns/selectIncidents';
import { upperKey } from '../compareSeries';
import { cumulativeMarkers } from '../cumulativeMarkers';
import type { SeriesOptions } from '../cumulativeSeries';
import type { FilteredRecords, Filters } from '../filters';
import { type HeadlineFigures, NOT_IN_ONE_GOVERNORATE } from '../headlineFigures';
import type { RegionIncidentFigures, SourceIncidentFigures } from '../reconcile/incidentTotals';
import { statedTotals } from '../statedTotals';
import { annotationsIn, timeAxis } from './viewAxis';
import type { ColumnsDataset, DashboardView, ViewQuery, ViewSummary } from './viewTypes';

/** A large dataset's table lists at most this many records (and says how many it leaves out). */
export const LARGE_TABLE_LIMIT = 1_000;
/**
 * Of those, a view carries the first page; the page asks for the rest (largeTableRecords) once
 * the chart is drawn, so a filter change does not wait for a thousand records to be copied.
 */
export const LARGE_TABLE_FIRST = 100;

/**
 * A large dataset: filters, sums and series on columns (filterColumns ≡ filterRecords,
 * headlineFromColumns ≡ headlineFigures, cumulativeSeriesColumns ≡ cumulativeSeries, checked by
 * src/analysis/columns/columns.property.test.ts). Records are not clustered, so the summary's
 * incident figures are the record figures, and `reconciled: false` makes the dashboard say so.
 */
export const largeView = (
  prepared: ColumnsDataset,
  query: ViewQuery,
  /** Filled with the time each step took (ms). */
  timings: Record<string, number> = {},
): DashboardView => {
  let last = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    timings[step] = (timings[step] ?? 0) + now - last;
    last = now;
  };
  // null while the records are pending: the view has figures and no records.
  const { columns } = prepared;
  const recordsOfRows = prepared.recordsOfRows ?? (() => []);
  const { dataset, gazetteer, reportsById } = prepared;
  const { filters } = query;
  const selection = selectIncidents(columns, prepared.dayIndex, filters);
  lap(selection.via === 'index' ? 'selectByIndex' : 'selectRows');
  const h = headlineFromSums(columns, selection.sums());
  const reports = countReports(prepared, selection);
  const headline: HeadlineFigures = { ...h, reports };
  lap('headline');
  const cumulative = recordsOfRows(inputOrder(columns, selection.cumulative()));
  const straddling = recordsOfRows(inputOrder(columns, selection.straddling));
  // The table's first page: the first records in input order.
  const filtered: FilteredRecords = {
    incidents: recordsOfRows(Array.from(selection.firstByInput(LARGE_TABLE_FIRST))),
    straddling,
    // Dated stated totals travel as markers, which carry all the page shows of them; thousands
    // of records would cost their copy to the page for nothing.
    cumulative: cumulative.filter((r) => r.dateEnd === null),
  };
  lap('records');
  const { from, to, unit } = timeAxis(headline, cumulative, query);
  // Ids stay in the worker: charts and the series CSV only count them, and a million ids would
  // cost more to copy to the page than everything else.
  const ranges = query.ranges ?? 'spread';
  const series = selection.series({ from, to, unit, ranges });
  lap('series');
  const markers = cumulativeMarkers(cumulative, reportsById, gazetteer, prepared.markers);
  lap('markers');
  const compare =
    query.mode === 'compare'
      ? compareColumns(columns, prepared.dayIndex, filters, { from, to, unit, ranges })
      : null;
  lap('compare');
  const stated = statedTotals(markers);
  const byAdmin1 = regionCounts(columns, selection.sums(), h.byAdmin1);
  const bySource: Record<string, SourceIncidentFigures> = {};
  for (const [name, f] of Object.entries(h.bySource))
    bySource[name] = { ...f, incidents: f.records };
  const summary: ViewSummary = {
    filters,
    dataset: prepared.base.info,
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
    // Columns carry no best estimates: a large folder's headline gives its bounds only.
    killedBest: null,
    incidentsWithBest: 0,
    statedTotals: stated.bySource,
    firstDate: h.firstDate,
    lastDate: h.lastDate,
    byAdmin1,
    bySource,
    straddling: straddling.map((r) => r.id),
    // Checks compare a stated total with the incidents it covers: there are none unclustered.
    cumulativeChecks: [],
    incidentDetails: [],
  };
  lap('summary');
  return {
    filtered,
    filteredIncidentCount: selection.count,
    tableListed: Math.min(selection.count, LARGE_TABLE_LIMIT),
    headline,
    summary,
    series,
    // Columns carry no best estimates.
    best: null,
    markers,
    stated: stated.series,
    compare,
    annotations: annotationsIn(dataset.annotations, from, to),
    unit,
    from,
    to,
    recordsPending: prepared.recordsOfRows === null,
  };
};

/** The records a large view's table lists: the first LARGE_TABLE_LIMIT in input order. */
export const largeTableRecords = (prepared: ColumnsDataset, filters: Filters): Incident[] => {
  const readRecords = prepared.recordsOfRows;
  if (!readRecords) return [];
  const selection = selectIncidents(prepared.columns, prepared.dayIndex, filters);
  return readRecords(Array.from(selection.firstByInput(LARGE_TABLE_LIMIT)));
};

/** compareSeries on columns: every region's lower bound on the bins of all regions together. */
const compareColumns = (
  columns: IncidentColumns,
  index: RegionDayIndex | null,
  filters: Filters,
  options: Omit<SeriesOptions, 'ids'>,
): NonNullable<DashboardView['compare']> => {
  const all = selectIncidents(columns, index, { ...filters, regions: [] });
  let regions = filters.regions;
  if (regions.length === 0) {
    // Without a region choice, compare every governorate that has incident records.
    regions = columns.regions.ids.filter((_, g) => (all.sums().regionRecords[g] ?? 0) > 0).sort();
  }
  const points = all.series(options).points;
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return { regionIds: [...regions], rows: [] };
  const span = { from: first.start, to: last.end, unit: options.unit, ranges: options.ranges };
  const perRegion = regions.map(
    (region) =>
      selectIncidents(columns, index, { ...filters, regions: [region] }).series(span).points,
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
        row[upperKey(region)] = perRegion[r]?.[i]?.upper ?? 0;
      });
      return row;
    }),
  };
};

/** Rows sorted by the records' input order (the order the object-based functions report). */
const inputOrder = (columns: IncidentColumns, rows: Uint32Array): number[] =>
  Array.from(rows).sort((a, b) => (columns.inputIndex[a] ?? 0) - (columns.inputIndex[b] ?? 0));

const countReports = (prepared: ColumnsDataset, selection: ViewSelection): number => {
  const setOfRow = prepared.reportSetOfRow;
  const seenSet = new Uint8Array(prepared.reportSets.length);
  selection.markGroups(setOfRow, seenSet);
  const ids = new Set<string>();
  prepared.reportSets.forEach((set, s) => {
    if (seenSet[s] === 1) for (const id of set) ids.add(id);
  });
  return ids.size;
};

/** headlineFromColumns' per-governorate sums with the number of records in each. */
const regionCounts = (
  columns: IncidentColumns,
  sums: HeadlineSums,
  byAdmin1: HeadlineFigures['byAdmin1'],
): Record<string, RegionIncidentFigures> => {
  const regionCount = columns.regions.ids.length;
  const byName = new Map<string, number>();
  for (let code = 0; code <= regionCount; code++) {
    const name =
      code === regionCount ? NOT_IN_ONE_GOVERNORATE : (columns.regions.names[code] ?? '');
    byName.set(name, (byName.get(name) ?? 0) + (sums.regionRecords[code] ?? 0));
  }
  const out: Record<string, RegionIncidentFigures> = {};
  for (const [name, f] of Object.entries(byAdmin1))
    out[name] = { ...f, incidents: byName.get(name) ?? 0 };
  return out;
};
