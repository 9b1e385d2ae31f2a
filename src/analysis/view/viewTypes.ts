import type { Annotation } from '../../model/annotation';
import type { Dataset } from '../../model/dataset';
import type { DatasetInfo } from '../../model/datasetInfo';
import type { Incident } from '../../model/incident';
import type { Place } from '../../model/place';
import type { Report } from '../../model/report';
import type { IncidentColumns } from '../columns/incidentColumns';
import type { RegionDayIndex } from '../columns/regionDayIndex';
import type { compareSeries } from '../compareSeries';
import type { CumulativeMarker, MarkerMemo } from '../cumulativeMarkers';
import type { CumulativeSeries } from '../cumulativeSeries';
import type { Option, RegionOption } from '../filterOptions';
import type { FilteredRecords, Filters } from '../filters';
import type { Gazetteer } from '../gazetteer';
import type { HeadlineFigures } from '../headlineFigures';
import type { IncidentCluster } from '../reconcile/clusterIncidents';
import type { StatedSeries } from '../statedTotals';
import type { IncidentEntry, Summary } from '../summary';
import type { BinUnit } from '../timeBins';

/**
 * How the chart shows the series: running totals, the sources' stated totals as lines, new
 * deaths per bin, or governorates side by side.
 */
export type ChartMode = 'cumulative' | 'stated' | 'bars' | 'compare';
/** Records spanning several days: spread evenly over their days, or counted on their last day. */
export type RangeMode = 'spread' | 'end';

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
  /** Stated totals' markers made so far, by record: views reuse them. */
  markers: MarkerMemo;
}
