import type { Dataset } from '../model/dataset';
import type { DatasetInfo } from '../model/datasetInfo';
import type { Incident } from '../model/incident';
import type { Report } from '../model/report';
import { type CumulativeMarker, cumulativeMarkers } from './cumulativeMarkers';
import { type FilteredRecords, type Filters, filterRecords } from './filters';
import type { Gazetteer } from './gazetteer';
import { type HeadlineFigures, headlineFigures } from './headlineFigures';
import { type IncidentCluster, restrictClusters } from './reconcile/clusterIncidents';
import { type CumulativeCheck, cumulativeChecks } from './reconcile/cumulativeChecks';
import { datasetClusters } from './reconcile/datasetClusters';
import type { MemberFigures } from './reconcile/incidentFigures';
import {
  incidentTotals,
  type RegionIncidentFigures,
  type SourceIncidentFigures,
} from './reconcile/incidentTotals';
import { type SourceStatement, statedTotals } from './statedTotals';

export interface CumulativeEntry {
  id: string;
  attributedTo: string[];
  area: string;
  totalType: Incident['totalType'];
  victims: Incident['victims'];
  periodStart: string | null;
  dateEnd: string | null;
  killedMin: number | null;
  killedMax: number | null;
  childrenMin: number | null;
  childrenMax: number | null;
  label: string | null;
}

/** One incident after clustering: its range, every source's own figure, and why they match. */
export interface IncidentEntry {
  id: string;
  recordIds: string[];
  placeId: string | null;
  admin1: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  killedMin: number | null;
  killedMax: number | null;
  childrenMin: number | null;
  childrenMax: number | null;
  /** The best estimate, when its sources give one (coded event data such as UCDP's). */
  killedBest: number | null;
  disagreement: boolean;
  members: MemberFigures[];
  /** `SY24-020 + SY24-023: same day 2024-12-01; …`, one line per pair of members. */
  links: string[];
  decisions: string[];
  notes: string[];
}

/**
 * The public JSON of `npm run summary -- --json`: extend, never break.
 *
 * Since issue 7 ("Reconcile and trace") `killedMin`, `killedMax`, `childrenMin` and
 * `childrenMax` count each incident once (records clustered by reconcile/clusterIncidents, each
 * incident from its lowest to its highest source figure); `byAdmin1` sums the same incidents.
 * `records`, `reports`, `openEnded`, `killedUnknown` and `childrenReported` still count records, and the old
 * per-record sums stay available as `recordsKilledMin` / `recordsKilledMax`.
 */
export interface Summary extends HeadlineFigures {
  filters: Filters;
  /** What the data folder is (its dataset.json): publisher, licence, citation, as-of. */
  dataset: DatasetInfo | null;
  /** Incidents in the filter after clustering: what killedMin … childrenMax sum over. */
  incidents: number;
  /** The per-record sums (every record counted, duplicates included), for transparency. */
  recordsKilledMin: number;
  recordsKilledMax: number;
  recordsChildrenMin: number;
  incidentsOpenEnded: number;
  incidentsKilledUnknown: number;
  incidentsWithDisagreement: number;
  /**
   * Sum of the incidents' best estimates, when every incident with a death figure has one
   * (UCDP GED: `best`); null otherwise, for no best is ever made up.
   */
  killedBest: number | null;
  /** Incidents with a best estimate (all of them when `killedBest` is not null). */
  incidentsWithBest: number;
  /**
   * The sources' own stated totals in the view: per source its latest figure (a running total
   * before a daily one), largest first. Superseded and same-day-replaced statements are left out.
   */
  statedTotals: SourceStatement[];
  byAdmin1: Record<string, RegionIncidentFigures>;
  /** Each organisation's own figures, each incident it reports on counted once. */
  bySource: Record<string, SourceIncidentFigures>;
  /** Incidents whose date range straddles the chosen range: listed apart, not summed. */
  straddling: string[];
  cumulative: CumulativeEntry[];
  /** Each stated total in the filter, set against the incidents of its own region and period. */
  cumulativeChecks: CumulativeCheck[];
  incidentDetails: IncidentEntry[];
}

/** The headline figures for a filter: the same code path for the dashboard and the CLI. */
export const summarise = (
  dataset: Dataset,
  filters: Filters,
  gazetteer: Gazetteer,
  /** Clusters of the whole dataset, when the caller keeps them (the dashboard computes them once). */
  precomputedClusters?: readonly IncidentCluster[],
): Summary => {
  const reportsById = new Map(dataset.reports.map((r) => [r.id, r]));
  const filtered = filterRecords(dataset.incidents, filters, { gazetteer, reportsById });
  return summariseFiltered(dataset, filters, gazetteer, {
    reportsById,
    filtered,
    perRecord: headlineFigures(filtered.incidents, reportsById, gazetteer),
    clusters: precomputedClusters,
  });
};

export interface FilteredInputs {
  reportsById: ReadonlyMap<string, Report>;
  filtered: FilteredRecords;
  /** headlineFigures of `filtered.incidents`. */
  perRecord: HeadlineFigures;
  clusters?: readonly IncidentCluster[] | undefined;
}

/**
 * `summarise` for a caller that has already filtered (the dashboard's worker needs the filtered
 * records and per-record figures itself): the filter and sums are not computed twice.
 */
export const summariseFiltered = (
  dataset: Dataset,
  filters: Filters,
  gazetteer: Gazetteer,
  { reportsById, filtered, perRecord, clusters: precomputedClusters }: FilteredInputs,
): Summary => {
  const markerList = cumulativeMarkers(filtered.cumulative, reportsById, gazetteer);
  const markers = new Map(markerList.map((m) => [m.id, m]));
  // Clustered over the whole dataset, then limited to the filter: an incident keeps its id
  // and its members in every view, and a statement is checked against its own region and
  // period, not against what the filter happens to show.
  const clusters = precomputedClusters ?? datasetClusters(dataset, gazetteer);
  const shown = restrictClusters(clusters, new Set(filtered.incidents.map((r) => r.id)), gazetteer);
  const { figures, ...totals } = incidentTotals(shown, reportsById);
  return {
    filters,
    dataset: dataset.info ?? null,
    records: perRecord.records,
    reports: perRecord.reports,
    incidents: totals.incidents,
    killedMin: totals.killedMin,
    killedMax: totals.killedMax,
    childrenMin: totals.childrenMin,
    childrenMax: totals.childrenMax,
    recordsKilledMin: perRecord.killedMin,
    recordsKilledMax: perRecord.killedMax,
    recordsChildrenMin: perRecord.childrenMin,
    openEnded: perRecord.openEnded,
    killedUnknown: perRecord.killedUnknown,
    childrenReported: perRecord.childrenReported,
    incidentsOpenEnded: totals.incidentsOpenEnded,
    incidentsKilledUnknown: totals.incidentsKilledUnknown,
    incidentsWithDisagreement: totals.incidentsWithDisagreement,
    killedBest:
      totals.incidentsWithBest > 0 &&
      totals.incidentsWithBest === totals.incidents - totals.incidentsKilledUnknown
        ? totals.killedBest
        : null,
    incidentsWithBest: totals.incidentsWithBest,
    statedTotals: statedTotals(markerList).bySource,
    firstDate: perRecord.firstDate,
    lastDate: perRecord.lastDate,
    byAdmin1: totals.byAdmin1,
    bySource: totals.bySource,
    straddling: filtered.straddling.map((r) => r.id),
    cumulative: cumulativeEntries(filtered.cumulative, markers),
    cumulativeChecks: cumulativeChecks(filtered.cumulative, clusters, gazetteer),
    incidentDetails: shown.map((cluster, i) => {
      const f = figures[i];
      return {
        id: cluster.id,
        recordIds: cluster.recordIds,
        placeId: cluster.placeId,
        admin1: cluster.admin1,
        dateStart: cluster.dateStart,
        dateEnd: cluster.dateEnd,
        killedMin: f?.killedMin ?? null,
        killedMax: f?.killedMax ?? null,
        childrenMin: f?.childrenMin ?? null,
        childrenMax: f?.childrenMax ?? null,
        killedBest: f?.killedBest ?? null,
        disagreement: f?.disagreement ?? false,
        members: f?.members ?? [],
        links: cluster.links.map((l) => `${l.recordIds.join(' + ')}: ${l.reason}`),
        decisions: cluster.decisions,
        notes: f?.notes ?? [],
      };
    }),
  };
};

/** The stated totals of a view as the summary lists them, with their markers' labels and areas. */
export const cumulativeEntries = (
  records: readonly Incident[],
  markers: ReadonlyMap<string, CumulativeMarker>,
): CumulativeEntry[] =>
  records.map((r) => {
    const marker = markers.get(r.id);
    return {
      id: r.id,
      attributedTo: marker?.sources ?? r.attributedTo,
      area: marker?.area ?? r.placeId,
      totalType: r.totalType,
      victims: r.victims,
      periodStart: r.periodStart,
      dateEnd: r.dateEnd,
      killedMin: r.killedMin,
      killedMax: r.killedMax,
      childrenMin: r.childrenMin,
      childrenMax: r.childrenMax,
      label: marker?.label ?? null,
    };
  });
