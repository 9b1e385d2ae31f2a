import type { ClusterDecision } from '../../model/clusterDecision';
import type { Incident } from '../../model/incident';
import type { RowIssue } from '../../model/rowIssue';
import type { Gazetteer } from '../gazetteer';
import type { IncidentCluster } from './clusterIncidents';
import {
  capReachedMessage,
  formatCount,
  MAX_COMPARED_PAIRS,
  MAX_DUPLICATE_WARNINGS,
} from './comparisonBounds';
import type { CumulativeCheck } from './cumulativeChecks';
import { matchEventTypes } from './eventTypeMatch';
import {
  matchDates,
  matchPlaces,
  matchRecordPair,
  placeLabel,
  sharedReports,
} from './matchRecordPair';
import { forEachOverlappingPair } from './overlappingPairs';

export interface ReconcileWarningInput {
  /** The file the records come from, as issues name it (`incidents.csv`). */
  file: string;
  records: readonly Incident[];
  clusters: readonly IncidentCluster[];
  decisions: readonly ClusterDecision[];
  checks: readonly CumulativeCheck[];
  gazetteer: Gazetteer;
  /** The physical line of a record id in `file` (0 when unknown). */
  lineOf: (id: string) => number;
  /** Records clustering did not compare (comparisonBounds.ts): not checked for duplicates either. */
  notCompared?: ReadonlySet<string>;
  /** The cap on compared pairs (MAX_COMPARED_PAIRS); tests lower it. */
  maxComparedPairs?: number;
  /** The cap on listed likely duplicates (MAX_DUPLICATE_WARNINGS); tests lower it. */
  maxDuplicateWarnings?: number;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
const DECIDE = 'expected a merge or split decision in cluster-decisions.csv';

/**
 * What an analyst should look at after clustering, as warnings (they never fail validation):
 * likely duplicates the rules did not put in one incident, and stated totals that the incidents
 * exceed. Pairs an analyst already decided on (merge or split) are not raised again.
 */
export const reconcileWarnings = (input: ReconcileWarningInput): RowIssue[] => {
  const { file, gazetteer, lineOf } = input;
  const clusterOf = new Map<string, string>();
  for (const c of input.clusters) for (const id of c.recordIds) clusterOf.set(id, c.id);
  const decided = new Set<string>();
  for (const d of input.decisions)
    d.recordIds.forEach((a, i) => {
      for (const b of d.recordIds.slice(i + 1)) decided.add(pairKey(a, b));
    });

  const issues: RowIssue[] = [];
  const skip = input.notCompared ?? new Set<string>();
  const incidents = input.records.filter((r) => r.kind === 'incident' && !skip.has(r.id));
  const cap = input.maxComparedPairs ?? MAX_COMPARED_PAIRS;
  const maxListed = input.maxDuplicateWarnings ?? MAX_DUPLICATE_WARNINGS;
  const stopped = forEachOverlappingPair(
    incidents,
    (x, y) => {
      if (clusterOf.get(x.id) === clusterOf.get(y.id) || decided.has(pairKey(x.id, y.id)))
        return true;
      const message = duplicateMessage(x, y, gazetteer);
      if (message === null) return true;
      // Listing more would bury the list (and cost minutes): stop, and say where.
      if (issues.length >= maxListed) return false;
      // Raised on the later line, naming the earlier record.
      const [first, second] = lineOf(x.id) <= lineOf(y.id) ? [x, y] : [y, x];
      issues.push({
        file,
        row: lineOf(second.id),
        column: 'id',
        message: `${second.id} ${message(first.id)}`,
        severity: 'warning',
      });
      return true;
    },
    cap,
  );
  if (stopped) {
    const { stoppedAt, left } = stopped;
    issues.push({
      file,
      row: lineOf(stoppedAt.id),
      column: 'id',
      message:
        issues.length >= maxListed
          ? `The check for likely duplicates stopped after listing ${formatCount(maxListed)} (the cap): ${stoppedAt.id} (starting ${stoppedAt.dateStart}) and ${formatCount(left)} later record(s) were not checked against the records after them (expected fewer likely duplicates; decide on those listed in cluster-decisions.csv)`
          : capReachedMessage('The check for likely duplicates', stoppedAt, left, cap),
      severity: 'warning',
    });
  }
  for (const check of input.checks) {
    if (!check.exceeds) continue;
    issues.push({
      file,
      row: lineOf(check.id),
      column: 'killed_min',
      message: `${check.id}: ${check.notes.at(-1) ?? 'the incidents exceed the stated total'} (incidents ${check.incidentIds.join(', ')} in ${check.admin1 ?? 'Syria'}, ${check.periodStart ?? '…'}…${check.dateEnd}; expected their lowest figures to add up to no more than the statement's ${check.reportedKilledMax ?? check.reportedKilledMin})`,
      severity: 'warning',
    });
  }
  return issues.sort((a, b) => a.row - b.row);
};

/** Why two records on overlapping days look like one event yet are apart, or null. */
const duplicateMessage = (
  x: Incident,
  y: Incident,
  gazetteer: Gazetteer,
): ((other: string) => string) | null => {
  // Rows of an already reconciled event dataset (UCDP GED) are distinct events by its word.
  if (x.killedBest !== null && y.killedBest !== null) return null;
  const auto = matchRecordPair(x, y, gazetteer);
  if (auto.matched)
    return (other) =>
      `matches ${other} (${auto.rules.join('; ')}) but not every other member of their incidents, so they were kept apart (${DECIDE})`;
  const dates = matchDates(x, y);
  const types = matchEventTypes(x.eventType, y.eventType);
  if (!dates.matched) return null;
  const places = matchPlaces(x, y, gazetteer);
  const shared = sharedReports(x, y);
  const sameOrganisation = x.attributedTo.some((o) => y.attributedTo.includes(o));
  if (
    sameOrganisation &&
    x.killedMin !== null &&
    x.killedMin === y.killedMin &&
    x.killedMax === y.killedMax
  )
    return (other) =>
      `gives the same figure as ${other} (${figure(x)} killed, ${x.attributedTo.filter((o) => y.attributedTo.includes(o)).join(', ')}) on overlapping days but is not in its incident: possibly one statement relayed twice (${DECIDE})`;
  if (!types.compatible) return null;
  if (shared.length > 0) {
    // Only when both name their organisation: uncoded attribution is not a second source.
    const twoOrganisations =
      x.attributedTo.length > 0 && y.attributedTo.length > 0 && !sameOrganisation;
    if (!places.matched || !twoOrganisations) return null;
    return (other) =>
      `and ${other} come from the same report ${shared.join(', ')} but from different organisations, with ${places.rules.join('; ')}, ${dates.rules.join('; ')}, ${types.rule}: figures of one report are never clustered automatically (expected a merge decision if both describe one event)`;
  }
  const gx = gazetteer.governorateOf(x.placeId);
  const gy = gazetteer.governorateOf(y.placeId);
  if (places.matched || gx === null || gx.id !== gy?.id) return null;
  return (other) =>
    `is likely the same event as ${other}: ${dates.rules.join('; ')}, both in ${gx.name}, ${types.rule}, different reports; not clustered because ${placeLabel(x.placeId, gazetteer)} and ${placeLabel(y.placeId, gazetteer)} are not one inside the other (${DECIDE})`;
};

const figure = (r: Incident): string =>
  r.killedMax === null
    ? `at least ${r.killedMin}`
    : r.killedMin === r.killedMax
      ? `${r.killedMin}`
      : `${r.killedMin}–${r.killedMax}`;
