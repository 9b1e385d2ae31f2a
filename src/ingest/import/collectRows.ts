import type { Incident } from '../../model/incident';
import type { Report } from '../../model/report';
import type { RowIssue } from '../../model/rowIssue';
import type { ImportResult, UnmatchedName } from './importResult';
import type { SourceName } from './placeMatcher';
import type { SourceRow, SourceTable } from './sourceTable';

export interface CellProblem {
  column: string;
  message: string;
}

/** What one source row became: an incident, or the errors that kept it out. */
export interface RowOutcome {
  incident: Incident | null;
  errors: CellProblem[];
  warnings: CellProblem[];
  unmatched: SourceName[];
}

/**
 * Runs `mapRow` over every row and keeps the books: a row with any error is rejected (its
 * incident discarded) and one without becomes an incident, so imported + rejected always equals
 * the rows read.
 */
export const collectRows = (
  file: string,
  table: SourceTable,
  mapRow: (row: SourceRow) => RowOutcome,
  reports: () => Report[],
): ImportResult => {
  if (!table.ok) {
    return {
      incidents: [],
      reports: [],
      issues: [table.fatal],
      fileError: table.fatal,
      rowsRead: table.rowsRead,
      imported: 0,
      rejected: table.rowsRead,
      unmatchedNames: [],
    };
  }
  const incidents: Incident[] = [];
  const issues: RowIssue[] = [...table.brokenRows];
  const unmatched = new Map<string, UnmatchedName>();
  for (const row of table.rows) {
    const outcome = mapRow(row);
    const issue = (p: CellProblem, severity: RowIssue['severity']): RowIssue => ({
      file,
      row: row.line,
      column: p.column,
      message: p.message,
      severity,
    });
    issues.push(...outcome.errors.map((p) => issue(p, 'error')));
    issues.push(...outcome.warnings.map((p) => issue(p, 'warning')));
    if (outcome.errors.length === 0 && outcome.incident) {
      incidents.push(outcome.incident);
    } else if (outcome.errors.length === 0) {
      // Unreachable by construction; kept so that a future mapper bug cannot lose a row silently.
      issues.push(
        issue(
          { column: '-', message: 'produced no record and no reason; row not imported' },
          'error',
        ),
      );
    }
    // Only for imported rows: the summary says where kept events were placed; a rejected
    // row's names are in its issues.
    const placed = outcome.errors.length === 0 && outcome.incident ? outcome.unmatched : [];
    for (const name of placed) {
      const key = `${name.column}\u0000${name.name}`;
      const seen = unmatched.get(key);
      if (seen) seen.rows++;
      else unmatched.set(key, { column: name.column, name: name.name, rows: 1 });
    }
  }
  issues.sort((a, b) => a.row - b.row);
  // Reports made for rows that were then rejected would be dangling: keep only those in use.
  const usedReportIds = new Set(incidents.flatMap((i) => i.reportIds));
  return {
    incidents,
    reports: reports().filter((r) => usedReportIds.has(r.id)),
    issues,
    fileError: null,
    rowsRead: table.rowsRead,
    imported: incidents.length,
    rejected: table.rowsRead - incidents.length,
    unmatchedNames: [...unmatched.values()].sort(
      (a, b) => b.rows - a.rows || a.column.localeCompare(b.column) || a.name.localeCompare(b.name),
    ),
  };
};
