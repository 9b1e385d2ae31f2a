import type { ClusterDecision } from '../../model/clusterDecision';
import type { Incident } from '../../model/incident';
import type { Gazetteer } from '../gazetteer';
import { incidentCapMessage, MAX_INCIDENT_RECORDS } from './comparisonBounds';
import { type IncidentExtent, incidentExtent } from './incidentExtent';
import {
  type Candidate,
  type ClusterOptions,
  matchingPairs,
  normalisedTypes,
} from './matchingPairs';
import { matchRecordPair } from './matchRecordPair';
import { compare } from './overlappingPairs';
import { revisionMerges } from './revisions';

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
  analystDecisions: readonly ClusterDecision[] = [],
  options: ClusterOptions = {},
): IncidentCluster[] => {
  const decisions = [...analystDecisions, ...revisionMerges(records)];
  const incidents = records
    .filter((r) => r.kind === 'incident')
    .sort((a, b) => compare(a.id, b.id));
  const names = nameRecords(incidents);
  const { autoPairs, candidates } = scoredCandidates(incidents, gazetteer, options, names);
  const notes = decisionNotes(decisions, names);
  const clusterOf = linkRecords(names, autoPairs, candidates, notes, options);
  const autoRules = (key: number): string[] | undefined => {
    const pair = autoPairs.get(key);
    if (!pair) return undefined;
    const match = matchRecordPair(pair.a, pair.b, gazetteer);
    if (!match.matched)
      throw new Error(`clusterIncidents: ${pair.a.id}, ${pair.b.id} no longer match`);
    return match.rules;
  };
  const decisionsOf = decisionsByRecord(decisions);
  const byId = new Map(incidents.map((r) => [r.id, r]));
  const { idOf, pairKey } = names;
  const seen = new Set<number[]>();
  const clusters: IncidentCluster[] = [];
  for (const members of clusterOf) {
    if (seen.has(members)) continue;
    seen.add(members);
    const sorted = [...members].sort((x, y) => x - y);
    const ids = sorted.map((index) => idOf[index] as string);
    const links = pairsOf(sorted).map(([a, b]): ClusterLink => {
      const key = pairKey(a, b);
      const merged = notes.mergeNotes.get(key);
      const rules = [
        ...(autoRules(key) ?? []),
        ...(merged !== undefined ? [`analyst merge: ${merged}`] : []),
      ];
      if (rules.length === 0) rules.push('joined through analyst merges of other members');
      return { recordIds: [idOf[a] as string, idOf[b] as string], rules, reason: rules.join('; ') };
    });
    const decided = decisionLines(ids, decisions, decisionsOf);
    clusters.push(buildCluster(`inc-${ids[0]}`, ids, byId, links, decided, gazetteer));
  }
  return clusters.sort((a, b) => compare(a.id, b.id));
};

/**
 * Records are named by the index of their id among the distinct ids (in id order), and a pair
 * of ids by one number, so the pairwise tests build no strings. A repeated id (an invalid
 * file) stays one name, as it was when pairs were keyed by id.
 */
const nameRecords = (incidents: readonly Incident[]) => {
  const idOf: string[] = [];
  const indexOf = new Map<string, number>();
  /** The last record of each id. */
  const recordOf: Incident[] = [];
  for (const r of incidents) {
    let index = indexOf.get(r.id);
    if (index === undefined) {
      index = idOf.length;
      indexOf.set(r.id, index);
      idOf.push(r.id);
    }
    recordOf[index] = r;
  }
  const count = idOf.length;
  const pairKey = (x: number, y: number): number => (x < y ? x * count + y : y * count + x);
  return { idOf, indexOf, recordOf, pairKey };
};
type Names = ReturnType<typeof nameRecords>;

/**
 * The pairs matchRecordPair accepts, oriented as overlappingPairs lists them, closest first
 * (same place, same days, same type), then by smaller and larger id; the ranks only break ties
 * between duplicate ids. Their rules are only worded for the pairs that end up in one incident.
 */
const scoredCandidates = (
  incidents: readonly Incident[],
  gazetteer: Gazetteer,
  options: ClusterOptions,
  { indexOf, pairKey }: Names,
) => {
  const autoPairs = new Map<number, Candidate>();
  const candidates: Candidate[] = [];
  const typeOf = normalisedTypes();
  for (const candidate of matchingPairs(incidents, gazetteer, options)) {
    const { a, b } = candidate;
    const x = indexOf.get(a.id) as number;
    const y = indexOf.get(b.id) as number;
    candidate.lo = Math.min(x, y);
    candidate.hi = Math.max(x, y);
    const key = pairKey(x, y);
    const earlier = autoPairs.get(key);
    // Only with duplicate ids can a key come twice: the pair listed last wins, as in a sweep.
    if (
      !earlier ||
      earlier.ra < candidate.ra ||
      (earlier.ra === candidate.ra && earlier.rb < candidate.rb)
    )
      autoPairs.set(key, candidate);
    candidate.closeness =
      (a.placeId === b.placeId ? 4 : 0) +
      (a.dateStart === b.dateStart && a.dateEnd === b.dateEnd ? 2 : 0) +
      (typeOf(a.eventType) === typeOf(b.eventType) ? 1 : 0);
    candidates.push(candidate);
  }
  candidates.sort(
    (x, y) => y.closeness - x.closeness || x.lo - y.lo || x.hi - y.hi || x.ra - y.ra || x.rb - y.rb,
  );
  return { autoPairs, candidates };
};

/** The analysts' decisions as notes per pair of records, and the merges' record lists. */
const decisionNotes = (decisions: readonly ClusterDecision[], { indexOf, pairKey }: Names) => {
  const mergeNotes = new Map<number, string>();
  const splitNotes = new Map<number, string>();
  const merges: number[][] = [];
  for (const decision of decisions) {
    const ids = decision.recordIds.flatMap((id) => indexOf.get(id) ?? []);
    const notes = decision.action === 'merge' ? mergeNotes : splitNotes;
    for (const [a, b] of pairsOf(ids)) notes.set(pairKey(a, b), decision.note);
    if (decision.action === 'merge') merges.push(ids);
  }
  return { mergeNotes, splitNotes, merges };
};

/**
 * Each record's incident, as the (shared) member list it points at: the analysts' merges
 * first, then the candidates by complete linkage. An analyst's split always wins, even over a
 * merge (a conflict validate reports).
 */
const linkRecords = (
  { idOf, recordOf, pairKey }: Names,
  autoPairs: ReadonlyMap<number, Candidate>,
  candidates: readonly Candidate[],
  { mergeNotes, splitNotes, merges }: ReturnType<typeof decisionNotes>,
  options: ClusterOptions,
): number[][] => {
  const clusterOf = idOf.map((_, index) => [index]);
  const join = (xs: number[], ys: number[]) => {
    xs.push(...ys);
    for (const id of ys) clusterOf[id] = xs;
  };
  const allPairs = (xs: number[], ys: number[], ok: (x: number, y: number) => boolean) =>
    xs.every((x) => ys.every((y) => ok(x, y)));
  for (const ids of merges) {
    for (const id of ids.slice(1)) {
      const xs = clusterOf[ids[0] ?? -1];
      const ys = clusterOf[id];
      if (!xs || !ys || xs === ys) continue;
      if (allPairs(xs, ys, (x, y) => !splitNotes.has(pairKey(x, y)))) join(xs, ys);
    }
  }
  const ok = (x: number, y: number): boolean => {
    const key = pairKey(x, y);
    if (splitNotes.has(key)) return false;
    if (mergeNotes.has(key)) return true;
    if (!autoPairs.has(key)) return false;
    const rx = recordOf[x] as Incident;
    const ry = recordOf[y] as Incident;
    return !rx.reportIds.some((id) => ry.reportIds.includes(id));
  };
  // Complete linkage costs |xs| × |ys| per join and an incident's links grow with the square of
  // its records, so incidents are capped: a match that would pass the cap is left apart, and said.
  const blocked = new Set<number[]>();
  let blockedPairs = 0;
  for (const { lo, hi } of candidates) {
    const xs = clusterOf[lo] as number[];
    const ys = clusterOf[hi] as number[];
    if (xs === ys) continue;
    if (xs.length + ys.length > MAX_INCIDENT_RECORDS) {
      blockedPairs++;
      blocked.add(xs.length >= ys.length ? xs : ys);
      continue;
    }
    if (allPairs(xs, ys, ok)) join(xs, ys);
  }
  if (blockedPairs > 0) {
    const ids = [...blocked].map((members) => idOf[Math.min(...members)] as string).sort(compare);
    options.onNotCompared?.({
      recordIds: ids.slice(0, 1),
      message: incidentCapMessage(blockedPairs, ids),
    });
  }
  return clusterOf;
};

/** Which decisions name each record, so an incident finds its decisions without a full scan. */
const decisionsByRecord = (decisions: readonly ClusterDecision[]) => {
  const decisionsOf = new Map<string, number[]>();
  decisions.forEach((d, index) => {
    for (const id of d.recordIds) {
      const list = decisionsOf.get(id) ?? [];
      if (list[list.length - 1] !== index) list.push(index);
      decisionsOf.set(id, list);
    }
  });
  return decisionsOf;
};

/** The decisions that name any of an incident's records, as the provenance panel lists them. */
const decisionLines = (
  ids: readonly string[],
  decisions: readonly ClusterDecision[],
  decisionsOf: ReadonlyMap<string, number[]>,
): string[] => {
  const touching = new Set<number>();
  for (const id of ids) for (const index of decisionsOf.get(id) ?? []) touching.add(index);
  return [...touching]
    .sort((x, y) => x - y)
    .flatMap((index) => decisions[index] ?? [])
    .map((d) =>
      d.action === 'merge' ? `merge: ${d.note}` : `split ${d.recordIds.join(' | ')}: ${d.note}`,
    );
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
 * Coded event data (UCDP, ACLED): its coders de-duplicated the events, so each record is one
 * incident of its own, never grouped with another, whatever its neighbours look like.
 */
export const codedEventClusters = (
  records: readonly Incident[],
  gazetteer: Gazetteer,
): IncidentCluster[] => {
  const byId = new Map(records.map((r) => [r.id, r]));
  return records
    .filter((r) => r.kind === 'incident')
    .sort((a, b) => compare(a.id, b.id))
    .map((r) => buildCluster(`inc-${r.id}`, [r.id], byId, [], [], gazetteer));
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
