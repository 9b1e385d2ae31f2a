import { counted, type Option, type RegionOption, regionOptionsFromCounts } from '../filterOptions';
import type { Gazetteer } from '../gazetteer';
import { BitSet } from './bitSet';
import { forLineage, type IncidentColumns, NO_DAY } from './incidentColumns';

/**
 * The filter options and data span of a dataset held as columns: the same values as
 * `regionOptions`, `sourceOptions` and `eventTypeOptions` over its records (all kinds), without
 * the records. A large dataset's worker keeps no Incident objects, only columns.
 */
export const optionsFromColumns = (
  columns: IncidentColumns,
  gazetteer: Gazetteer,
): { regions: RegionOption[]; sources: Option[]; eventTypes: Option[] } => {
  const { places } = columns;
  // Stated totals are offered as options but counted as 0, like regionOptions does.
  const cumulative = new BitSet(columns.length);
  for (const row of columns.cumulativeRows) cumulative.set(row);
  const isIncident = (row: number) => (cumulative.get(row) ? 0 : 1);
  const perPlace = new Float64Array(places.ids.length);
  for (let row = 0; row < columns.length; row++) {
    const p = columns.place[row] ?? 0;
    perPlace[p] = (perPlace[p] ?? 0) + isIncident(row);
  }
  const inside = new Float64Array(places.ids.length);
  for (let p = 0; p < places.ids.length; p++) {
    const n = perPlace[p] ?? 0;
    if (n > 0)
      forLineage(places, p, (q) => {
        inside[q] = (inside[q] ?? 0) + n;
      });
  }
  const regionCounts = new Map<string, number>();
  inside.forEach((n, p) => {
    if (n > 0) regionCounts.set(places.ids[p] ?? '', n);
  });

  const sourceCounts = new Map<string, number>();
  columns.sources.forEach((name, s) => {
    const words = columns.sourceRows[s];
    if (!words) return;
    const rows = new BitSet(columns.length, words);
    let n = 0;
    for (let row = rows.next(0); row >= 0; row = rows.next(row + 1)) n += isIncident(row);
    sourceCounts.set(name, n);
  });

  const perType = new Float64Array(columns.eventTypes.length);
  for (let row = 0; row < columns.length; row++) {
    const t = columns.eventType[row] ?? 0;
    perType[t] = (perType[t] ?? 0) + isIncident(row);
  }
  const typesSeen = new Set(columns.eventType);
  const typeCounts = new Map<string, number>();
  columns.eventTypes.forEach((name, t) => {
    // '' is "no event type", never an option.
    if (name !== '' && typesSeen.has(t)) typeCounts.set(name, perType[t] ?? 0);
  });

  return {
    regions: regionOptionsFromCounts(regionCounts, gazetteer),
    sources: counted(sourceCounts),
    eventTypes: counted(typeCounts),
  };
};

/** First and last day of any record (start, else end; end, else start), as day numbers. */
export const daySpanOfColumns = (
  columns: IncidentColumns,
): { first: number | null; last: number | null } => {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const { dayStart, dayEnd } = columns;
  for (let row = 0; row < columns.length; row++) {
    const rawStart = dayStart[row] ?? NO_DAY;
    const rawEnd = dayEnd[row] ?? NO_DAY;
    const start = rawStart !== NO_DAY ? rawStart : rawEnd;
    const end = rawEnd !== NO_DAY ? rawEnd : rawStart;
    if (start !== NO_DAY && start < first) first = start;
    if (end !== NO_DAY && end > last) last = end;
  }
  return {
    first: Number.isFinite(first) ? first : null,
    last: Number.isFinite(last) ? last : null,
  };
};
