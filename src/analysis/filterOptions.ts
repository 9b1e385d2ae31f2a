import type { Incident } from '../model/incident';
import type { Place } from '../model/place';
import { sourcesOf } from '../model/recordSources';
import type { Report } from '../model/report';
import type { Gazetteer } from './gazetteer';

export interface Option {
  value: string;
  label: string;
  /**
   * Incident records carrying this value in the whole dataset: what the headline calls records.
   * Stated totals are not counted (they are never summed with incidents).
   */
  count: number;
}

export interface RegionOption extends Option {
  level: Place['level'];
  children: RegionOption[];
}

export const counted = (
  counts: ReadonlyMap<string, number>,
  label: (value: string) => string = (v) => v,
): Option[] =>
  [...counts.entries()]
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

export const sourceOptions = (
  records: readonly Incident[],
  reportsById: ReadonlyMap<string, Report>,
): Option[] => {
  const counts = new Map<string, number>();
  for (const r of records)
    for (const s of sourcesOf(r, reportsById))
      counts.set(s, (counts.get(s) ?? 0) + (r.kind === 'incident' ? 1 : 0));
  return counted(counts);
};

export const eventTypeOptions = (records: readonly Incident[]): Option[] => {
  const counts = new Map<string, number>();
  for (const r of records)
    if (r.eventType)
      counts.set(r.eventType, (counts.get(r.eventType) ?? 0) + (r.kind === 'incident' ? 1 : 0));
  return counted(counts);
};

/** Governorates with their districts, each with the number of records located inside it. */
export const regionOptions = (
  records: readonly Incident[],
  gazetteer: Gazetteer,
): RegionOption[] => {
  const counts = new Map<string, number>();
  for (const r of records)
    if (r.kind === 'incident')
      for (const p of gazetteer.lineage(r.placeId)) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  return regionOptionsFromCounts(counts, gazetteer);
};

/** The region tree with the given number of records inside each place (by place id). */
export const regionOptionsFromCounts = (
  counts: ReadonlyMap<string, number>,
  gazetteer: Gazetteer,
): RegionOption[] => {
  const country = [...gazetteer.byId.values()].find((p) => p.level === 0);
  if (!country) return [];
  const option = (place: Place, depth: number): RegionOption => ({
    value: place.id,
    label: place.name,
    level: place.level,
    count: counts.get(place.id) ?? 0,
    children:
      depth >= 2
        ? []
        : gazetteer
            .childrenOf(place.id)
            .filter((c) => c.level === place.level + 1)
            .map((c) => option(c, depth + 1))
            .sort((a, b) => a.label.localeCompare(b.label)),
  });
  return [option(country, 0)];
};
