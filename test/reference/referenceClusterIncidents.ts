/**
 * PRE-OPTIMISATION REFERENCE, kept for equivalence tests only: a verbatim copy of clusterIncidents.ts (with overlappingPairs) as it was
 * before the indexed rewrite (O(n²) candidate pairs). Not used by the app; do not optimise.
 */

import type { Gazetteer } from '../../src/analysis/gazetteer';
import { normaliseEventType } from '../../src/analysis/reconcile/eventTypeMatch';
import { type IncidentExtent, incidentExtent } from '../../src/analysis/reconcile/incidentExtent';
import { matchRecordPair, sharedReports } from '../../src/analysis/reconcile/matchRecordPair';
import type { ClusterDecision } from '../../src/model/clusterDecision';
import type { Incident } from '../../src/model/incident';
import { compare, overlappingPairs } from './referenceOverlappingPairs';

/** Why two members of one incident are taken to describe the same event. */
export interface ClusterLink {
  recordIds: [string, string];
  /** Each rule that matched, e.g. `same day 2024-12-01`, or an analyst's merge and its note. */
  rules: string[];
  /** The rules as one line: `same day 2024-12-01; Idleb (C3871, community) within …`. */
  reason: string;
}

/** One event, as the records of several reports describe it. Each record keeps its own figure. */
export interface IncidentCluster extends IncidentExtent {
  /** `inc-` + the smallest member id: the same records always give the same id. */
  id: string;
  recordIds: string[];
  records: Incident[];
  /** One link per pair of members: every pair matched, not just a chain of neighbours. */
  links: ClusterLink[];
  /** Analysts' decisions that shaped this incident, `merge: note` or `split A | B: note`. */
  decisions: string[];
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

const pairsOf = <T>(items: readonly T[]): [T, T][] =>
  items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));

/**
 * Groups incident records (kind `incident`; stated totals are left out) that describe the same
 * event: different reports, overlapping dates, the same place or one inside the other, and
 * compatible event types (see matchRecordPair).
 *
 * Linkage is complete, not single: a record joins an incident only if it matches EVERY member.
 * Single linkage would chain a governorate-level report to two different towns and make them
 * one event, or join two exact days through an approximate record spanning both.
 *
 * Analysts' decisions (data/cluster-decisions.csv) apply on top of the automatic rules and are
 * re-applied on every run, so they survive re-imports: `merge` puts its records in one incident
 * first (it may join records of one report, e.g. two organisations quoted in one article);
 * `split` forbids any two of its records from sharing an incident, whatever the rules say.
 *
 * Deterministic: records are taken in id order and candidate pairs in a fixed order (closest
 * matches first), so the same input gives the same incidents and ids in any input order.
 */
export const clusterIncidents = (
  records: readonly Incident[],
  gazetteer: Gazetteer,
  decisions: readonly ClusterDecision[] = [],
): IncidentCluster[] => {
  const incidents = records
    .filter((r) => r.kind === 'incident')
    .sort((a, b) => compare(a.id, b.id));
  const present = new Set(incidents.map((r) => r.id));

  const autoRules = new Map<string, string[]>();
  const candidates: { a: Incident; b: Incident; closeness: number }[] = [];
  for (const [a, b] of overlappingPairs(incidents)) {
    const match = matchRecordPair(a, b, gazetteer);
    if (!match.matched) continue;
    autoRules.set(pairKey(a.id, b.id), match.rules);
    candidates.push({ a, b, closeness: closeness(a, b) });
  }
  candidates.sort(
    (x, y) =>
      y.closeness - x.closeness ||
      compare(minId(x.a.id, x.b.id), minId(y.a.id, y.b.id)) ||
      compare(maxId(x.a.id, x.b.id), maxId(y.a.id, y.b.id)),
  );

  const mergeNotes = new Map<string, string>();
  const splitNotes = new Map<string, string>();
  const merges: string[][] = [];
  for (const decision of decisions) {
    const ids = decision.recordIds.filter((id) => present.has(id));
    const notes = decision.action === 'merge' ? mergeNotes : splitNotes;
    for (const [a, b] of pairsOf(ids)) notes.set(pairKey(a, b), decision.note);
    if (decision.action === 'merge') merges.push(ids);
  }

  // Each record points at the (shared) member list of its incident.
  const clusterOf = new Map(incidents.map((r): [string, string[]] => [r.id, [r.id]]));
  const byId = new Map(incidents.map((r) => [r.id, r]));
  const join = (xs: string[], ys: string[]) => {
    xs.push(...ys);
    for (const id of ys) clusterOf.set(id, xs);
  };
  const allPairs = (xs: string[], ys: string[], ok: (x: string, y: string) => boolean) =>
    xs.every((x) => ys.every((y) => ok(x, y)));

  // An analyst's split always wins, even over a merge (a conflict validate reports).
  for (const ids of merges) {
    for (const id of ids.slice(1)) {
      const xs = clusterOf.get(ids[0] ?? '');
      const ys = clusterOf.get(id);
      if (!xs || !ys || xs === ys) continue;
      if (allPairs(xs, ys, (x, y) => !splitNotes.has(pairKey(x, y)))) join(xs, ys);
    }
  }
  for (const { a, b } of candidates) {
    const xs = clusterOf.get(a.id);
    const ys = clusterOf.get(b.id);
    if (!xs || !ys || xs === ys) continue;
    const compatible = allPairs(xs, ys, (x, y) => {
      const key = pairKey(x, y);
      if (splitNotes.has(key)) return false;
      if (mergeNotes.has(key)) return true;
      const rx = byId.get(x);
      const ry = byId.get(y);
      return autoRules.has(key) && !!rx && !!ry && sharedReports(rx, ry).length === 0;
    });
    if (compatible) join(xs, ys);
  }

  const seen = new Set<string[]>();
  const clusters: IncidentCluster[] = [];
  for (const members of clusterOf.values()) {
    if (seen.has(members)) continue;
    seen.add(members);
    const ids = [...members].sort(compare);
    const links = pairsOf(ids).map(([a, b]): ClusterLink => {
      const key = pairKey(a, b);
      const merged = mergeNotes.get(key);
      const rules = [
        ...(autoRules.get(key) ?? []),
        ...(merged !== undefined ? [`analyst merge: ${merged}`] : []),
      ];
      if (rules.length === 0) rules.push('joined through analyst merges of other members');
      return { recordIds: [a, b], rules, reason: rules.join('; ') };
    });
    const decided = decisions
      .filter((d) => d.recordIds.some((id) => members.includes(id)))
      .map((d) =>
        d.action === 'merge' ? `merge: ${d.note}` : `split ${d.recordIds.join(' | ')}: ${d.note}`,
      );
    clusters.push(buildCluster(`inc-${ids[0]}`, ids, byId, links, decided, gazetteer));
  }
  return clusters.sort((a, b) => compare(a.id, b.id));
};

const buildCluster = (
  id: string,
  ids: string[],
  byId: ReadonlyMap<string, Incident>,
  links: ClusterLink[],
  decisions: string[],
  gazetteer: Gazetteer,
): IncidentCluster => {
  const records = ids.flatMap((recordId) => byId.get(recordId) ?? []);
  return {
    id,
    recordIds: ids,
    records,
    ...incidentExtent(records, gazetteer),
    links,
    decisions: [...new Set(decisions)],
  };
};

/**
 * The same incidents limited to the records a filter kept (e.g. one source, or a date range a
 * member straddles). An incident keeps its id, so it can be followed from view to view; its
 * place, dates and links are those of the members left.
 */
export const restrictClusters = (
  clusters: readonly IncidentCluster[],
  keep: ReadonlySet<string>,
  gazetteer: Gazetteer,
): IncidentCluster[] =>
  clusters.flatMap((cluster) => {
    const ids = cluster.recordIds.filter((id) => keep.has(id));
    if (ids.length === 0) return [];
    if (ids.length === cluster.recordIds.length) return [cluster];
    const byId = new Map(cluster.records.map((r) => [r.id, r]));
    const links = cluster.links.filter((l) => l.recordIds.every((id) => keep.has(id)));
    return [buildCluster(cluster.id, ids, byId, links, cluster.decisions, gazetteer)];
  });

/** Closer matches are joined first: the same place before a place inside it, and so on. */
const closeness = (a: Incident, b: Incident): number =>
  (a.placeId === b.placeId ? 4 : 0) +
  (a.dateStart === b.dateStart && a.dateEnd === b.dateEnd ? 2 : 0) +
  (normaliseEventType(a.eventType) === normaliseEventType(b.eventType) ? 1 : 0);

const minId = (a: string, b: string) => (a < b ? a : b);
const maxId = (a: string, b: string) => (a < b ? b : a);
