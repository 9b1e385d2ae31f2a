import type { Incident } from '../model/incident';
import type { IsoDay } from '../model/isoDay';
import { sourcesOf } from '../model/recordSources';
import type { Report } from '../model/report';
import type { Gazetteer } from './gazetteer';

/**
 * What the analyst asked for. Empty lists mean "all". A plain type, not a zod schema: the page
 * needs it before the worker (which holds zod) has loaded, and the URL parser checks each part.
 */
export interface Filters {
  regions: string[];
  from: IsoDay | null;
  to: IsoDay | null;
  sources: string[];
  eventTypes: string[];
}

export const NO_FILTERS: Filters = {
  regions: [],
  from: null,
  to: null,
  sources: [],
  eventTypes: [],
};

export interface FilterContext {
  gazetteer: Gazetteer;
  reportsById: ReadonlyMap<string, Report>;
}

export interface FilteredRecords {
  /** Incidents wholly inside the filter: these are counted. */
  incidents: Incident[];
  /** Incidents whose date range only partly overlaps the chosen dates: listed, never summed. */
  straddling: Incident[];
  /** Stated totals relevant to the filter: drawn as markers, never summed. */
  cumulative: Incident[];
}

/**
 * Whether a record's place falls in the chosen regions. A figure that spans several
 * governorates (place_id = country, covers_ids listed) belongs to no single one of them, so it
 * only matches when the whole country, or no region, is selected; stated totals still show
 * beside a governorate they cover (`coversMatch`), as context, not as part of its sum.
 */
const placeMatches = (record: Incident, regions: string[], gazetteer: Gazetteer): boolean =>
  regions.length === 0 || regions.some((region) => gazetteer.isWithin(record.placeId, region));

const coversMatch = (record: Incident, regions: string[], gazetteer: Gazetteer): boolean =>
  record.coversIds.some((covered) =>
    regions.some((region) => covered === region || gazetteer.isWithin(region, covered)),
  );

type DateFit = 'inside' | 'straddles' | 'outside';

const dateFit = (start: string | null, end: string | null, filters: Filters): DateFit => {
  const from = filters.from;
  const to = filters.to;
  if (from === null && to === null) return 'inside';
  // An undated statement cannot be placed in a date range.
  if (start === null && end === null) return 'outside';
  const s = start ?? end ?? '';
  const e = end ?? start ?? '';
  if ((from !== null && e < from) || (to !== null && s > to)) return 'outside';
  if ((from !== null && s < from) || (to !== null && e > to)) return 'straddles';
  return 'inside';
};

export const filterRecords = (
  records: readonly Incident[],
  filters: Filters,
  context: FilterContext,
): FilteredRecords => {
  const out: FilteredRecords = { incidents: [], straddling: [], cumulative: [] };
  const sources = new Set(filters.sources);
  const eventTypes = new Set(filters.eventTypes);
  for (const record of records) {
    if (eventTypes.size > 0 && !eventTypes.has(record.eventType ?? '')) continue;
    if (sources.size > 0 && !sourcesOf(record, context.reportsById).some((s) => sources.has(s)))
      continue;
    if (record.kind === 'cumulative') {
      const inRegion =
        placeMatches(record, filters.regions, context.gazetteer) ||
        coversMatch(record, filters.regions, context.gazetteer);
      // A stated total is shown when its "as of" date lies in the chosen range.
      if (inRegion && dateFit(record.dateEnd, record.dateEnd, filters) === 'inside')
        out.cumulative.push(record);
      continue;
    }
    if (!placeMatches(record, filters.regions, context.gazetteer)) continue;
    const fit = dateFit(record.dateStart, record.dateEnd, filters);
    if (fit === 'inside') out.incidents.push(record);
    else if (fit === 'straddles') out.straddling.push(record);
  }
  return out;
};
