import type { Incident } from '../model/incident';
import { latestPublished } from '../model/latestPublished';
import { sourcesOf } from '../model/recordSources';
import type { Report } from '../model/report';
import type { RowIssue } from '../model/rowIssue';
import type { ParsedRecord } from './parseTable';

type Revision = Pick<
  Incident,
  'id' | 'kind' | 'reportIds' | 'attributedTo' | 'dateEnd' | 'supersedes'
>;

/**
 * `supersedes` names earlier figures of the same source: each id must exist, be of the same
 * kind, share a source with the record that revises it, and not be published (or, undated,
 * stated for a day) after it. A revision that breaks these would let one source's figure
 * silently replace another's.
 */
export const checkSupersedes = (
  file: string,
  records: readonly ParsedRecord<Revision>[],
  reports: readonly Report[],
): RowIssue[] => {
  const byId = new Map(records.map((r) => [r.record.id, r.record]));
  const reportsById = new Map(reports.map((r) => [r.id, r]));
  const issues: RowIssue[] = [];
  for (const { line, record } of records) {
    for (const earlierId of record.supersedes) {
      const fail = (message: string) =>
        issues.push({ file, row: line, column: 'supersedes', message, severity: 'error' });
      const earlier = byId.get(earlierId);
      if (!earlier) {
        fail(`unknown record id ${earlierId} (expected an id listed in incidents.csv)`);
        continue;
      }
      if (earlier.kind !== record.kind)
        fail(
          `${earlierId} is ${earlier.kind}, this record ${record.kind} (expected the same kind)`,
        );
      const mine = new Set(sourcesOf(record, reportsById));
      if (!sourcesOf(earlier, reportsById).some((s) => mine.has(s)))
        fail(`${earlierId} has no source in common with this record (expected the same source)`);
      const [was, now] = [
        latestPublished(earlier.reportIds, reportsById),
        latestPublished(record.reportIds, reportsById),
      ];
      if (was !== null && now !== null && was > now)
        fail(
          `${earlierId} was published ${was}, after this record (${now}) (expected an earlier one)`,
        );
      else if (
        (was === null || now === null) &&
        earlier.dateEnd !== null &&
        record.dateEnd !== null &&
        earlier.dateEnd > record.dateEnd
      )
        fail(`${earlierId} ends ${earlier.dateEnd}, after this record (expected an earlier one)`);
    }
  }
  return issues;
};
