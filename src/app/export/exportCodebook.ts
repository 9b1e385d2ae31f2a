import type { IncidentColumn } from '../../model/incident';
import type {
  INCIDENT_EXPORT_COLUMNS,
  RECORD_EXTRA_COLUMNS,
  SERIES_COLUMNS,
  STATED_TOTAL_COLUMNS,
} from './exportTables';

/**
 * What each exported column holds, written into the bundle's README. data/README.md §16 is the
 * codebook; a unit test keeps every column named here documented there.
 */
const RECORD_COLUMNS: Record<IncidentColumn, string> = {
  id: 'the record: one figure of one report',
  report_ids: 'the report(s) stating it (| between ids)',
  kind: '`incident` (one event) or `cumulative` (a total the source states over a period)',
  date_start: 'first day (cumulative: first day counted)',
  date_end: 'last day (cumulative: the "as of" day)',
  period_start: 'cumulative only: start of the counted period',
  country: 'country',
  admin1: 'governorate, only if the figure lies within one',
  admin2: 'district, when known',
  place: 'the place as the report describes it',
  place_id: 'P-code of the most precise known place (SY: several governorates or nationwide)',
  killed_min: 'deaths as the report states them, lower bound ("at least" kept)',
  killed_max: 'upper bound; empty: the report gave only "at least"',
  children_min: 'children among the killed, lower bound',
  children_max: 'children, upper bound',
  women_min: 'women among the killed, lower bound',
  women_max: 'women, upper bound',
  injured_min: 'injured, lower bound',
  injured_max: 'injured, upper bound',
  event_type: 'kind of violence (closed list, data/README.md §6.1)',
  perpetrator: 'who the source alleges did it (an allegation, not a finding)',
  note: "the analyst's note",
  attributed_to: 'organisation(s) the figure comes from',
  covers_ids: 'governorates a multi-governorate figure spans',
  date_precision: '`exact` or `approximate`',
  total_type: 'cumulative only: `running` or `daily`',
  victims: '`civilians`, `combatants`, `all` or `unknown`',
  killed_best: "the source's own best estimate (coded event data only)",
  supersedes: 'earlier figures of the same source this record revises',
  latitude: 'where the source puts the event: latitude, decimal degrees (WGS84)',
  longitude: 'longitude, decimal degrees (WGS84)',
  coord_precision: "how precise that point is: UCDP's where_prec, 1 (exact) to 7",
};

const RECORD_EXTRAS: Record<(typeof RECORD_EXTRA_COLUMNS)[number], string> = {
  report_urls: 'addresses of its reports (| between them)',
  report_publishers: 'publishers of its reports',
  status:
    '`published` (in the dataset) or `unpublished` (only in the Add report workspace of the browser that exported it)',
  incident_id:
    'the incident the record is counted in (reports of one event grouped and counted once); empty for stated totals and for data too large to group',
  incident_killed_lower: "the incident's deaths as counted: its lowest latest source figure",
  incident_killed_upper: "the incident's highest latest source figure (empty: open-ended)",
  incident_children_lower: "the incident's children killed, lower bound",
  incident_children_upper: "the incident's children killed, upper bound",
};

const INCIDENTS: Record<(typeof INCIDENT_EXPORT_COLUMNS)[number], string> = {
  incident_id: 'the incident (its records are reports of one event)',
  date_start: 'first day',
  date_end: 'last day',
  place_id: 'P-code of its place',
  admin1: 'its governorate',
  killed_lower:
    'deaths counted, lower bound: its lowest latest source figure (the headline sums these)',
  killed_upper: 'its highest latest source figure (empty: open-ended, "at least")',
  children_lower: 'children killed, lower bound',
  children_upper: 'children killed, upper bound',
  killed_best: "the coders' best estimate (coded event data only)",
  sources_disagree: '`yes` when its sources give different figures',
  record_ids: 'its records (| between ids), as in records.csv',
  unpublished_records: 'how many of its records are unpublished',
};

const STATED: Record<(typeof STATED_TOTAL_COLUMNS)[number], string> = {
  number: 'its number on the chart and in the list under it',
  record_id: 'the record stating it, as in records.csv',
  sources: 'the organisation(s) stating it',
  area: 'where the total applies',
  period_start: 'first day of the period it counts (empty: not stated)',
  as_of: 'the day it is stated as of',
  killed_min: 'deaths stated, lower bound',
  killed_max: 'upper bound (empty: "at least")',
  children_min: 'children among them, lower bound',
  total_type: '`running` (since period_start) or `daily` (that day only)',
  victims: 'whom it counts',
  in_headline: '`yes`: the source\'s latest statement, shown in "Stated by the sources"',
  report_ids: 'its reports',
  status: '`published` or `unpublished`, as in records.csv',
};

const SERIES: Record<(typeof SERIES_COLUMNS)[number], string> = {
  period_start: 'first day of the bin',
  period_end: 'last day of the bin (cumulative values hold at its end)',
  cumulative_killed_lower:
    'deaths documented by the end of the bin: each incident counted once, at its lower bound (the line)',
  cumulative_killed_upper: 'the same at the highest figures reported (top of the band)',
  cumulative_children_lower: 'children, lower bound, cumulative',
  cumulative_children_upper: 'children, upper bound, cumulative',
  new_killed_lower: 'deaths in the bin, lower bound (the dark bar)',
  new_killed_upper: 'deaths in the bin, upper bound (the light bar)',
  new_children_lower: 'children killed in the bin, lower bound',
  incidents_in_period: 'incidents lying wholly inside the bin',
  cumulative_killed_best: 'cumulative best estimate (coded event data only; else empty)',
  new_killed_best: 'best estimate in the bin (coded event data only; else empty)',
};

const COMPARE_NOTE =
  'Compare view: `period_start`, `period_end`, then for each plotted region `cumulative_killed_lower <P-code> <name>` (its line: incidents counted once at their lower bound) and `cumulative_killed_upper <P-code> <name>` (top of its band).';

export interface FileDoc {
  file: string;
  holds: string;
  columns: ReadonlyArray<readonly [string, string]>;
  note?: string;
}

export const BUNDLE_FILES = (compare: boolean): FileDoc[] => [
  {
    file: 'records.csv',
    holds:
      "the records behind the view, as the records table lists them: each report's own figures, then the incident they are counted in",
    columns: [...Object.entries(RECORD_COLUMNS), ...Object.entries(RECORD_EXTRAS)],
  },
  {
    file: 'incidents.csv',
    holds:
      'the incidents as the headline counts them: each once, from its lowest to its highest figure',
    columns: Object.entries(INCIDENTS),
  },
  {
    file: 'stated-totals.csv',
    holds:
      "the sources' own stated totals in the view, as drawn on the chart and listed under it (never added to the incidents)",
    columns: Object.entries(STATED),
  },
  {
    file: 'series.csv',
    holds: 'the plotted series, one row per bin',
    columns: compare ? [] : Object.entries(SERIES),
    ...(compare ? { note: COMPARE_NOTE } : {}),
  },
];

/** Every column name documented here, for the test that holds data/README.md to them. */
export const DOCUMENTED_COLUMNS = BUNDLE_FILES(false).flatMap((f) => f.columns.map(([c]) => c));
