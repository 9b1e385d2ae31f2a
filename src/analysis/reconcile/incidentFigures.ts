import { highestOf } from '../../model/figureBounds';
import type { IncidentCluster } from './clusterIncidents';
import { supersededIds } from './revisions';

/** One source's own statement within an incident, exactly as its record codes it. */
export interface MemberFigures {
  recordId: string;
  reportIds: string[];
  attributedTo: string[];
  /** Who this source says did it: sources often disagree, and that stays visible too. */
  perpetrator: string | null;
  killedMin: number | null;
  killedMax: number | null;
  childrenMin: number | null;
  childrenMax: number | null;
  /** The source's best estimate, when it gives one (UCDP's `best`). */
  killedBest: number | null;
  /** Records of the same source that revise this figure: it is history, not a bound. */
  supersededBy: string[];
}

export interface IncidentFigures {
  incidentId: string;
  /** The lowest figure among the sources (min of their lower bounds); null if none gives one. */
  killedMin: number | null;
  /** The highest figure any source reports (max of their upper bounds, or "at least" values). */
  killedMax: number | null;
  childrenMin: number | null;
  childrenMax: number | null;
  /**
   * The best estimate, when every source giving a figure gives the same best (a coded event's
   * `best`); null otherwise: we never pick one among disagreeing sources.
   */
  killedBest: number | null;
  /** A source says "at least" for the dead: the highest figure is not a ceiling. */
  killedOpenEnded: boolean;
  /** Sources that give a figure do not all give the same one. */
  disagreement: boolean;
  /** Which figures they disagree on. */
  disagreementOn: ('killed' | 'children')[];
  /** Every source's own figure, in member id order: nothing is averaged away. */
  members: MemberFigures[];
  /** Plain-language cautions, e.g. children from one source above another's lowest toll. */
  notes: string[];
}

const lowest = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.min(...known);
};
const highest = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.max(...known);
};
const differ = (pairs: readonly [number | null, number | null][]): boolean =>
  new Set(pairs.filter(([min]) => min !== null).map(([min, max]) => `${min}-${max}`)).size > 1;

/** An incident's records less those a later record of theirs revises. */
export const latestRecords = <T extends { id: string; supersedes: readonly string[] }>(
  records: readonly T[],
): T[] => {
  const superseded = supersededIds(records);
  return superseded.size === 0 ? [...records] : records.filter((r) => !superseded.has(r.id));
};

/**
 * The killed range of incidentFigures alone (the lowest lower bound, the highest upper bound
 * or "at least" value), for callers that need nothing else (cumulativeChecks).
 */
export const killedRange = (
  members: readonly Pick<MemberFigures, 'killedMin' | 'killedMax'>[],
): { killedMin: number | null; killedMax: number | null } => ({
  killedMin: lowest(members.map((m) => m.killedMin)),
  killedMax: highest(
    members.map((m) => (m.killedMin === null ? null : highestOf(m.killedMin, m.killedMax))),
  ),
});

/**
 * An incident's figures, as Iraq Body Count and Airwars give them: a range from the lowest
 * figure among its sources to the highest any of them reports, with each source's own figure
 * kept beside it. Never an average: an average is a number no source gave. A source that gives
 * no figure is silent, not zero, so it neither lowers the range nor counts as disagreement.
 */
export const incidentFigures = (cluster: IncidentCluster): IncidentFigures => {
  const superseded = supersededIds(cluster.records);
  const members = cluster.records.map(
    (r): MemberFigures => ({
      recordId: r.id,
      reportIds: r.reportIds,
      attributedTo: r.attributedTo,
      perpetrator: r.perpetrator,
      killedMin: r.killedMin,
      killedMax: r.killedMax,
      childrenMin: r.childrenMin,
      childrenMax: r.childrenMax,
      killedBest: r.killedBest,
      supersededBy: superseded.has(r.id)
        ? cluster.records.filter((o) => o.supersedes.includes(r.id)).map((o) => o.id)
        : [],
    }),
  );
  return figuresOfMembers(cluster.id, members);
};

/** Only each source's latest figure bounds the incident; every figure stays in `members`. */
const figuresOfMembers = (incidentId: string, all: MemberFigures[]): IncidentFigures => {
  const members = all.filter((m) => m.supersededBy.length === 0);
  const { killedMin, killedMax } = killedRange(members);
  const bests = new Set(members.filter((m) => m.killedMin !== null).map((m) => m.killedBest));
  const killedBest = bests.size === 1 ? ([...bests][0] ?? null) : null;
  const childrenMin = lowest(members.map((m) => m.childrenMin));
  const childrenMax = highest(
    members.map((m) => (m.childrenMin === null ? null : highestOf(m.childrenMin, m.childrenMax))),
  );
  const disagreementOn: IncidentFigures['disagreementOn'] = [];
  if (differ(members.map((m) => [m.killedMin, m.killedMax]))) disagreementOn.push('killed');
  if (differ(members.map((m) => [m.childrenMin, m.childrenMax]))) disagreementOn.push('children');
  const notes: string[] = [];
  if (childrenMin !== null && killedMin !== null && childrenMin > killedMin) {
    const from = members
      .filter((m) => m.childrenMin === childrenMin)
      .map((m) => m.recordId)
      .join(', ');
    notes.push(
      `${childrenMin} children (${from}) is more than the lowest toll ${killedMin}: the sources that give the lowest toll do not count children`,
    );
  }
  return {
    incidentId,
    killedMin,
    killedMax,
    childrenMin,
    childrenMax,
    killedBest,
    killedOpenEnded: members.some((m) => m.killedMin !== null && m.killedMax === null),
    disagreement: disagreementOn.length > 0,
    disagreementOn,
    members: all,
    notes,
  };
};
