import type { ClusterDecision } from '../../model/clusterDecision';
import type { Incident } from '../../model/incident';

/**
 * The records another record revises (`supersedes`). A source that raises "at least 4" to "at
 * least 7" has withdrawn the 4: it stays in the record's history, never as a bound.
 */
export const supersededIds = (
  records: readonly { supersedes: readonly string[] }[],
): Set<string> => {
  const ids = new Set<string>();
  for (const record of records) for (const id of record.supersedes) ids.add(id);
  return ids;
};

/**
 * A revision and what it revises describe one event: they are merged like an analyst's merge,
 * so the earlier figure is found in the same incident even when the automatic rules would not
 * join them (a revised place or date).
 */
export const revisionMerges = (records: readonly Incident[]): ClusterDecision[] =>
  records.flatMap((record) =>
    record.supersedes.map(
      (earlier): ClusterDecision => ({
        action: 'merge',
        recordIds: [earlier, record.id],
        note: `${record.id} revises ${earlier} (supersedes)`,
      }),
    ),
  );
