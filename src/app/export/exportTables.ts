import { type CompareSeries, upperKey } from '../../analysis/compareSeries';
import type { CumulativeMarker } from '../../analysis/cumulativeMarkers';
import type { SeriesPoint } from '../../analysis/cumulativeSeries';
import type { SourceStatement } from '../../analysis/statedTotals';
import type { IncidentEntry } from '../../analysis/summary';
import { INCIDENT_COLUMNS, type Incident, incidentToRow } from '../../model/incident';
import type { Report } from '../../model/report';

export type Cell = string | number | null;

/** What an export writes: its columns (each documented in data/README.md §16) and rows. */
export interface ExportTable {
  columns: readonly string[];
  rows: Cell[][];
}

/** A record's status: in the dataset's files, or only in this browser's Add report workspace. */
export type RecordStatus = 'published' | 'unpublished';
const statusOf = (id: string, unpublished: ReadonlySet<string>): RecordStatus =>
  unpublished.has(id) ? 'unpublished' : 'published';

/** After the dataset's own columns: where each record comes from and how it was counted. */
export const RECORD_EXTRA_COLUMNS = [
  'report_urls',
  'report_publishers',
  'status',
  'incident_id',
  'incident_killed_lower',
  'incident_killed_upper',
  'incident_children_lower',
  'incident_children_upper',
] as const;

/** Each record's incident (the group of reports of one event that the figures count once). */
export const incidentOfRecords = (details: readonly IncidentEntry[]): Map<string, IncidentEntry> =>
  new Map(details.flatMap((i) => i.recordIds.map((id) => [id, i] as const)));

export const recordsTable = (
  records: readonly Incident[],
  reportsById: ReadonlyMap<string, Report>,
  incidentOf: ReadonlyMap<string, IncidentEntry>,
  unpublished: ReadonlySet<string>,
): ExportTable => ({
  columns: [...INCIDENT_COLUMNS, ...RECORD_EXTRA_COLUMNS],
  rows: records.map((record) => {
    const row = incidentToRow(record);
    const reports = record.reportIds.flatMap((id) => reportsById.get(id) ?? []);
    const incident = incidentOf.get(record.id);
    return [
      ...INCIDENT_COLUMNS.map((column) => row[column]),
      reports.map((r) => r.url).join('|'),
      reports.map((r) => r.publisher).join('|'),
      statusOf(record.id, unpublished),
      incident?.id ?? '',
      incident?.killedMin ?? null,
      incident?.killedMax ?? null,
      incident?.childrenMin ?? null,
      incident?.childrenMax ?? null,
    ];
  }),
});

export const INCIDENT_EXPORT_COLUMNS = [
  'incident_id',
  'date_start',
  'date_end',
  'place_id',
  'admin1',
  'killed_lower',
  'killed_upper',
  'children_lower',
  'children_upper',
  'killed_best',
  'sources_disagree',
  'record_ids',
  'unpublished_records',
] as const;

/** The incidents as the headline counts them: each once, from its lowest to its highest figure. */
export const incidentsTable = (
  details: readonly IncidentEntry[],
  unpublished: ReadonlySet<string>,
): ExportTable => ({
  columns: INCIDENT_EXPORT_COLUMNS,
  rows: details.map((i) => [
    i.id,
    i.dateStart,
    i.dateEnd,
    i.placeId,
    i.admin1,
    i.killedMin,
    i.killedMax,
    i.childrenMin,
    i.childrenMax,
    i.killedBest,
    i.disagreement ? 'yes' : 'no',
    i.recordIds.join('|'),
    i.recordIds.filter((id) => unpublished.has(id)).length,
  ]),
});

export const STATED_TOTAL_COLUMNS = [
  'number',
  'record_id',
  'sources',
  'area',
  'period_start',
  'as_of',
  'killed_min',
  'killed_max',
  'children_min',
  'total_type',
  'victims',
  'in_headline',
  'report_ids',
  'status',
] as const;

/**
 * The stated totals drawn on the chart and listed under it, numbered as there; `in_headline`:
 * the source's latest statement, the one "Stated by the sources" shows.
 */
export const statedTotalsTable = (
  markers: readonly CumulativeMarker[],
  headline: readonly SourceStatement[],
  unpublished: ReadonlySet<string>,
): ExportTable => {
  const inHeadline = new Set(headline.map((s) => s.id));
  return {
    columns: STATED_TOTAL_COLUMNS,
    rows: markers.map((m, i) => [
      i + 1,
      m.id,
      m.sources.join('|'),
      m.area,
      m.periodStart,
      m.day,
      m.killedMin,
      m.killedMax,
      m.childrenMin,
      m.totalType,
      m.victims,
      inHeadline.has(m.id) ? 'yes' : 'no',
      m.reportIds.join('|'),
      statusOf(m.id, unpublished),
    ]),
  };
};

export const SERIES_COLUMNS = [
  'period_start',
  'period_end',
  'cumulative_killed_lower',
  'cumulative_killed_upper',
  'cumulative_children_lower',
  'cumulative_children_upper',
  'new_killed_lower',
  'new_killed_upper',
  'new_children_lower',
  'incidents_in_period',
  'cumulative_killed_best',
  'new_killed_best',
] as const;

/** The plotted series (cumulative, stated and bars views), one row per bin. */
export const seriesTable = (
  points: readonly SeriesPoint[],
  best: readonly SeriesPoint[] | null,
): ExportTable => ({
  columns: SERIES_COLUMNS,
  rows: points.map((p, i) => [
    p.start,
    p.end,
    p.lower,
    p.upper,
    p.childrenLower,
    p.childrenUpper,
    p.newLower,
    p.newUpper,
    p.newChildrenLower,
    p.records,
    best?.[i]?.lower ?? null,
    best?.[i]?.newLower ?? null,
  ]),
});

/** Compare view: one column per plotted region and bound, named by P-code and name. */
export const compareTable = (
  series: CompareSeries,
  regionName: (id: string) => string,
): ExportTable => ({
  columns: [
    'period_start',
    'period_end',
    ...series.regionIds.flatMap((id) => [
      `cumulative_killed_lower ${id} ${regionName(id)}`,
      `cumulative_killed_upper ${id} ${regionName(id)}`,
    ]),
  ],
  rows: series.rows.map((row) => [
    row.start,
    row.end,
    ...series.regionIds.flatMap((id) => [row[id] ?? null, row[upperKey(id)] ?? null]),
  ]),
});
