import type { ClusterDecision } from '../model/clusterDecision';
import type { Incident } from '../model/incident';
import type { RowIssue } from '../model/rowIssue';
import { shownName } from '../model/shownValue';
import type { ParsedRecord } from './parseTable';

/**
 * Checks analysts' cluster decisions against the records they name. A decision that names a
 * record no longer in incidents.csv (renamed by a re-import, say) would silently stop applying,
 * so it is an error that points at the decision's line.
 */
export const checkClusterDecisions = (
  file: string,
  decisions: readonly ParsedRecord<ClusterDecision>[],
  incidents: readonly ParsedRecord<Incident>[],
): RowIssue[] => {
  const issues: RowIssue[] = [];
  const error = (row: number, message: string) =>
    issues.push({ file, row, column: 'record_ids', message, severity: 'error' });
  const byId = new Map(incidents.map((r) => [r.record.id, r.record]));
  // Cross-file checks only make sense when incidents.csv was readable at all.
  const checkIds = incidents.length > 0;
  const mergedOn = new Map<string, number>();
  const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

  for (const { line, record } of decisions) {
    if (checkIds) {
      for (const id of record.recordIds) {
        const found = byId.get(id);
        if (!found)
          error(
            line,
            `unknown record id ${shownName(id)} (expected an id listed in incidents.csv)`,
          );
        else if (found.kind !== 'incident')
          error(
            line,
            `${id} is a ${found.kind} record (expected incident records: stated totals are checked against incidents, never merged with them)`,
          );
      }
    }
    if (record.action === 'merge') {
      for (const [a, b] of pairs(record.recordIds)) mergedOn.set(pairKey(a, b), line);
    }
  }
  for (const { line, record } of decisions) {
    if (record.action !== 'split') continue;
    for (const [a, b] of pairs(record.recordIds)) {
      const merged = mergedOn.get(pairKey(a, b));
      if (merged !== undefined)
        error(
          line,
          `splits ${a} and ${b}, which line ${merged} merges (expected each pair either merged or split, not both)`,
        );
    }
  }
  return issues;
};

const pairs = (ids: readonly string[]): [string, string][] =>
  ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]));
