import { shortSourceName } from '../../analysis/cumulativeMarkers';
import type { Filters } from '../../analysis/filters';
import type { Gazetteer } from '../../analysis/gazetteer';
import type { DatasetInfo } from '../../model/datasetInfo';
import type { Incident } from '../../model/incident';
import { sourcesOf } from '../../model/recordSources';
import type { Report } from '../../model/report';
import { formatDayRange } from '../format';
import { sourceLine } from '../sourceLine';

/** What every exported file says about itself: what, for which filters, from whom, as of when. */
export interface ExportMeta {
  title: string;
  subtitle: string;
  /** "Source: White Helmets, SOHR; compiled by Tolltrack" */
  sourceLine: string;
  sources: string[];
  filters: Filters;
  filterText: string;
  records: number;
  /** Of them, records from this browser's Add report workspace, not in the dataset. */
  unpublished: number;
  reports: number;
  /** The dataset's as-of date (dataset.json); without one, the latest date its records speak of. */
  asOf: string | null;
  /** The headline's figures, each saying what it counts (printed in images). */
  headline: string[];
  /** How to cite the data, as its publisher asks (dataset.json), or null. */
  citation: string | null;
  exportedAt: string;
  dataset: string;
  attribution: string;
  licence: string;
  url: string;
  /** File name without extension, e.g. tolltrack-deaths-idleb-2024-11-27_2024-12-02 */
  fileStem: string;
}

export const BAND_EXPLANATION =
  'Line: deaths documented at least (sum of lower bounds, "at least" kept as stated). Band: up to the highest figures reported.';

const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface ExportMetaInput {
  filters: Filters;
  records: readonly Incident[];
  reportsById: ReadonlyMap<string, Report>;
  gazetteer: Gazetteer;
  from: string | null;
  to: string | null;
  datasetLabel: string;
  attribution: string;
  url: string;
  exportedAt: string;
  chartName: string;
  /** Short word for file names: deaths, new-deaths, deaths-by-region. */
  fileWord: string;
  /** What the marks mean, for the subtitle. */
  explanation: string;
  /** Stated totals drawn or listed beside the records, as the sources each is attributed to: credited too. */
  statedTotalSources?: readonly (readonly string[])[];
  /** What the data folder is: its publisher and licence are credited first. */
  info?: DatasetInfo | null;
  headline?: string[];
  /** Ids of this browser's unpublished records: exports count and mark them. */
  unpublished?: ReadonlySet<string>;
}

export const exportMeta = (input: ExportMetaInput): ExportMeta => {
  const { filters, records, reportsById, gazetteer } = input;
  const regionNames = filters.regions.map((id) => {
    const place = gazetteer.byId.get(id);
    if (!place) return id;
    const unit = place.level === 1 ? ' governorate' : place.level === 2 ? ' district' : '';
    return `${place.name}${unit}`;
  });
  const where =
    regionNames.length > 0
      ? regionNames.join(', ')
      : (gazetteer.byId.get('SY')?.name ?? 'all places');
  const when = input.from && input.to ? formatDayRange(input.from, input.to) : 'all dates';
  // The organisations behind most records come first in the source line.
  const sourceCounts = new Map<string, number>();
  const credit = (s: string) => sourceCounts.set(s, (sourceCounts.get(s) ?? 0) + 1);
  for (const r of records) for (const s of sourcesOf(r, reportsById)) credit(s);
  for (const list of input.statedTotalSources ?? []) for (const s of list) credit(s);
  const sources = [...sourceCounts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name]) => name);
  const reportIds = new Set(records.flatMap((r) => r.reportIds));
  let asOf: string | null = null;
  for (const id of reportIds) {
    const published = reportsById.get(id)?.published ?? null;
    if (published && (asOf === null || published > asOf)) asOf = published;
  }
  for (const r of records) if (r.dateEnd && (asOf === null || r.dateEnd > asOf)) asOf = r.dateEnd;
  if (input.info) asOf = input.info.asOf;
  const filterParts = [
    `Region: ${regionNames.length > 0 ? regionNames.join(', ') : 'all'}`,
    `dates: ${filters.from || filters.to ? `${filters.from ?? 'start'} to ${filters.to ?? 'end'}` : 'all'}`,
    `attributed to: ${filters.sources.length > 0 ? filters.sources.map(shortSourceName).join(', ') : 'any source'}`,
    `event type: ${filters.eventTypes.length > 0 ? filters.eventTypes.join(', ') : 'any'}`,
  ];
  const filterText = `${filterParts.join('; ')}.`;
  return {
    title: `${input.chartName} in ${where}, ${when}`,
    subtitle: `${filterText} ${input.explanation}`,
    sourceLine: sourceLine(input.info ?? null, sources),
    sources,
    filters,
    filterText,
    records: records.length,
    unpublished: records.filter((r) => input.unpublished?.has(r.id)).length,
    reports: reportIds.size,
    asOf,
    headline: input.headline ?? [],
    citation: input.info?.citation ?? null,
    exportedAt: input.exportedAt,
    dataset: input.datasetLabel,
    attribution: input.attribution,
    licence:
      'Figures as stated by the sources named; compilation by Tolltrack. Place names: UN OCHA, CC BY 3.0 IGO. Cite the sources with the figures.',
    url: input.url,
    fileStem: [
      'tolltrack',
      input.fileWord,
      regionNames.length > 0
        ? filters.regions.map((id) => slug(gazetteer.byId.get(id)?.name ?? id)).join('+')
        : 'all',
      input.from && input.to ? `${input.from}_${input.to}` : 'all-dates',
    ].join('-'),
  };
};
