import { lowerOf, upperOf } from '../model/figureBounds';
import type { Incident } from '../model/incident';
import { sourcesOf } from '../model/recordSources';
import type { Report } from '../model/report';
import type { Gazetteer } from './gazetteer';

export interface RegionFigures {
  killedMin: number;
  killedMax: number;
  childrenMin: number;
}

export interface SourceFigures extends RegionFigures {
  records: number;
}

export interface HeadlineFigures {
  records: number;
  reports: number;
  killedMin: number;
  killedMax: number;
  childrenMin: number;
  childrenMax: number;
  /** Records whose killed figure is open-ended ("at least N"): the upper sum is not a ceiling. */
  openEnded: number;
  /** Records with no killed figure at all (e.g. injuries only). */
  killedUnknown: number;
  /** Records that give a children figure: a sum of 0 over none of them means "not reported". */
  childrenReported: number;
  firstDate: string | null;
  lastDate: string | null;
  byAdmin1: Record<string, RegionFigures>;
  bySource: Record<string, SourceFigures>;
}

/** Label for incidents not located within one governorate. */
export const NOT_IN_ONE_GOVERNORATE = '(not located in one governorate)';

/** Sums incident records. These are records as reports state them, not de-duplicated events. */
export const headlineFigures = (
  incidents: readonly Incident[],
  reportsById: ReadonlyMap<string, Report>,
  gazetteer: Gazetteer,
): HeadlineFigures => {
  const reportIds = new Set<string>();
  const byAdmin1: Record<string, RegionFigures> = {};
  const bySource: Record<string, SourceFigures> = {};
  const total = {
    killedMin: 0,
    killedMax: 0,
    childrenMin: 0,
    childrenMax: 0,
    openEnded: 0,
    killedUnknown: 0,
    childrenReported: 0,
  };
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const record of incidents) {
    for (const id of record.reportIds) reportIds.add(id);
    const killedMin = lowerOf(record.killedMin);
    const killedMax = upperOf(record.killedMin, record.killedMax);
    const childrenMin = lowerOf(record.childrenMin);
    total.killedMin += killedMin;
    total.killedMax += killedMax;
    total.childrenMin += childrenMin;
    total.childrenMax += upperOf(record.childrenMin, record.childrenMax);
    if (record.childrenMin !== null || record.childrenMax !== null) total.childrenReported++;
    if (record.killedMin === null) total.killedUnknown++;
    else if (record.killedMax === null) total.openEnded++;
    if (record.dateStart && (firstDate === null || record.dateStart < firstDate))
      firstDate = record.dateStart;
    if (record.dateEnd && (lastDate === null || record.dateEnd > lastDate))
      lastDate = record.dateEnd;
    const admin1 = gazetteer.governorateOf(record.placeId)?.name ?? NOT_IN_ONE_GOVERNORATE;
    const region = byAdmin1[admin1] ?? { killedMin: 0, killedMax: 0, childrenMin: 0 };
    region.killedMin += killedMin;
    region.killedMax += killedMax;
    region.childrenMin += childrenMin;
    byAdmin1[admin1] = region;
    for (const source of sourcesOf(record, reportsById)) {
      const figures = bySource[source] ?? {
        killedMin: 0,
        killedMax: 0,
        childrenMin: 0,
        records: 0,
      };
      figures.killedMin += killedMin;
      figures.killedMax += killedMax;
      figures.childrenMin += childrenMin;
      figures.records++;
      bySource[source] = figures;
    }
  }
  return {
    records: incidents.length,
    reports: reportIds.size,
    ...total,
    firstDate,
    lastDate,
    byAdmin1,
    bySource,
  };
};
