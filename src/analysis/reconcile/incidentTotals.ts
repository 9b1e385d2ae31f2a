import { lowerOf, upperOf } from '../../model/figureBounds';
import { sourcesOf } from '../../model/recordSources';
import type { Report } from '../../model/report';
import { NOT_IN_ONE_GOVERNORATE, type RegionFigures, type SourceFigures } from '../headlineFigures';
import type { IncidentCluster } from './clusterIncidents';
import { type IncidentFigures, incidentFigures } from './incidentFigures';
import { supersededIds } from './revisions';

export interface RegionIncidentFigures extends RegionFigures {
  incidents: number;
}

export interface SourceIncidentFigures extends SourceFigures {
  /** Incidents this source gives a record for (its `records` may repeat one incident). */
  incidents: number;
}

export interface IncidentTotals {
  incidents: number;
  killedMin: number;
  killedMax: number;
  childrenMin: number;
  childrenMax: number;
  /** Sum of the incidents' best estimates (coded event data), over `incidentsWithBest`. */
  killedBest: number;
  incidentsWithBest: number;
  /** Incidents where a source says "at least": the upper sum is not a ceiling. */
  incidentsOpenEnded: number;
  /** Incidents for which no source gives a death figure (e.g. injuries only). */
  incidentsKilledUnknown: number;
  /** Incidents whose sources give different figures. */
  incidentsWithDisagreement: number;
  byAdmin1: Record<string, RegionIncidentFigures>;
  bySource: Record<string, SourceIncidentFigures>;
  figures: IncidentFigures[];
}

/**
 * Headline sums that count each incident once.
 *
 * `killedMin` adds each incident's LOWEST figure among its sources, not its highest lower
 * bound. When sources disagree we cannot tell which is right: an early "at least 4" may have
 * been overtaken by "at least 7", or the 25 may be a region's daily total a rewrite placed in one
 * city. Only the lowest figure is one no source contradicts, so the headline never claims more
 * deaths than every source of every incident supports. `killedMax` adds each incident's highest
 * reported figure: together they are the range the sources span, never an estimate between.
 *
 * `bySource` shows each organisation's OWN figures, not the incident range: for each incident it
 * reports on, the lowest and highest of its own records there (so one organisation quoted by two
 * outlets for the same deaths is counted once for that organisation).
 */
export const incidentTotals = (
  clusters: readonly IncidentCluster[],
  reportsById: ReadonlyMap<string, Report>,
): IncidentTotals => {
  const totals: IncidentTotals = {
    incidents: clusters.length,
    killedMin: 0,
    killedMax: 0,
    childrenMin: 0,
    childrenMax: 0,
    killedBest: 0,
    incidentsWithBest: 0,
    incidentsOpenEnded: 0,
    incidentsKilledUnknown: 0,
    incidentsWithDisagreement: 0,
    byAdmin1: {},
    bySource: {},
    figures: [],
  };
  for (const cluster of clusters) {
    const figures = incidentFigures(cluster);
    totals.figures.push(figures);
    const killedMin = lowerOf(figures.killedMin);
    const killedMax = figures.killedMax ?? 0;
    const childrenMin = lowerOf(figures.childrenMin);
    totals.killedMin += killedMin;
    totals.killedMax += killedMax;
    totals.childrenMin += childrenMin;
    totals.childrenMax += figures.childrenMax ?? 0;
    if (figures.killedBest !== null) {
      totals.killedBest += figures.killedBest;
      totals.incidentsWithBest++;
    }
    if (figures.killedMin === null) totals.incidentsKilledUnknown++;
    else if (figures.killedOpenEnded) totals.incidentsOpenEnded++;
    if (figures.disagreement) totals.incidentsWithDisagreement++;

    const admin1 = cluster.admin1 ?? NOT_IN_ONE_GOVERNORATE;
    const region = totals.byAdmin1[admin1] ?? {
      killedMin: 0,
      killedMax: 0,
      childrenMin: 0,
      incidents: 0,
    };
    region.killedMin += killedMin;
    region.killedMax += killedMax;
    region.childrenMin += childrenMin;
    region.incidents++;
    totals.byAdmin1[admin1] = region;

    const own = new Map<
      string,
      { killedMin: number[]; killedMax: number[]; children: number[]; records: number }
    >();
    const superseded = supersededIds(cluster.records);
    for (const record of cluster.records) {
      // A source's withdrawn figure is not its own figure any more.
      if (superseded.has(record.id)) continue;
      for (const source of sourcesOf(record, reportsById)) {
        const entry = own.get(source) ?? { killedMin: [], killedMax: [], children: [], records: 0 };
        if (record.killedMin !== null) {
          entry.killedMin.push(record.killedMin);
          entry.killedMax.push(upperOf(record.killedMin, record.killedMax));
        }
        if (record.childrenMin !== null) entry.children.push(record.childrenMin);
        entry.records++;
        own.set(source, entry);
      }
    }
    for (const [source, entry] of own) {
      const sum = totals.bySource[source] ?? {
        killedMin: 0,
        killedMax: 0,
        childrenMin: 0,
        records: 0,
        incidents: 0,
      };
      sum.killedMin += entry.killedMin.length > 0 ? Math.min(...entry.killedMin) : 0;
      sum.killedMax += entry.killedMax.length > 0 ? Math.max(...entry.killedMax) : 0;
      sum.childrenMin += entry.children.length > 0 ? Math.min(...entry.children) : 0;
      sum.records += entry.records;
      sum.incidents++;
      totals.bySource[source] = sum;
    }
  }
  return totals;
};
