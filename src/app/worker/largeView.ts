import { cumulativeSeriesColumns } from '../../analysis/columns/cumulativeSeriesColumns';
import { filterColumns } from '../../analysis/columns/filterColumns';
import { headlineFromColumns } from '../../analysis/columns/headlineFromColumns';
import { type IncidentColumns, NO_REGION } from '../../analysis/columns/incidentColumns';
import { cumulativeMarkers } from '../../analysis/cumulativeMarkers';
import type { SeriesOptions } from '../../analysis/cumulativeSeries';
import type { FilteredRecords, Filters } from '../../analysis/filters';
import { type HeadlineFigures, NOT_IN_ONE_GOVERNORATE } from '../../analysis/headlineFigures';
import type {
  RegionIncidentFigures,
  SourceIncidentFigures,
} from '../../analysis/reconcile/incidentTotals';
import type { Summary } from '../../analysis/summary';
import type { Incident } from '../../model/incident';
import type { DashboardView, PreparedDataset, ViewQuery } from './dashboardView';
import { annotationsIn, timeAxis } from './viewAxis';

/** A large dataset's table lists at most this many records (and says how many it leaves out). */
export const LARGE_TABLE_LIMIT = 1_000;

/**
 * A large dataset: filters, sums and series on columns (filterColumns ≡ filterRecords,
 * headlineFromColumns ≡ headlineFigures, cumulativeSeriesColumns ≡ cumulativeSeries, checked by
 * src/analysis/columns/columns.property.test.ts). Records are not clustered, so the summary's
 * incident figures are the record figures, and `reconciled: false` makes the dashboard say so.
 */
export const largeView = (
  prepared: PreparedDataset,
  columns: IncidentColumns,
  /** null while the records are pending: the view has figures and no records. */
  readRecords: ((rows: readonly number[]) => Incident[]) | null,
  query: ViewQuery,
): DashboardView => {
  const recordsOfRows = readRecords ?? (() => []);
  const { dataset, gazetteer, reportsById } = prepared;
  const { filters } = query;
  const selection = filterColumns(columns, filters);
  const h = headlineFromColumns(columns, selection.incidents);
  const reports = countReports(prepared, selection.incidents);
  const headline: HeadlineFigures = { ...h, reports };
  const cumulative = recordsOfRows(inputOrder(columns, selection.cumulative));
  const straddling = recordsOfRows(inputOrder(columns, selection.straddling));
  // The table gets the first records in input order, at most LARGE_TABLE_LIMIT.
  const tableRows = inputOrder(columns, firstByInput(columns, selection.incidents));
  const filtered: FilteredRecords = {
    incidents: recordsOfRows(tableRows),
    straddling,
    cumulative,
  };
  const { from, to, unit } = timeAxis(headline, cumulative, query);
  // Ids stay in the worker: charts and the series CSV only count them, and a million ids would
  // cost more to copy to the page than everything else.
  const series = cumulativeSeriesColumns(columns, selection.incidents, {
    from,
    to,
    unit,
    ids: false,
  });
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
    recordsPending: readRecords === null,
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
