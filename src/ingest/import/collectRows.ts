import type { Incident, IncidentColumn } from '../../model/incident';
import type { Report } from '../../model/report';
import type { RowIssue } from '../../model/rowIssue';
import type { ImportTally, UnmatchedName } from './importResult';
import type { SourceName } from './placeMatcher';
import { createSourceTableReader, type SourceRow, type SourceTableSpec } from './sourceTable';

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

/** One source format, ready to read rows: its columns, how a row maps, the reports it made. */
export interface SourceFormat {
  formatName: string;
  requiredColumns: readonly string[];
  mapRow: (row: SourceRow) => RowOutcome;
  /**
   * The optional incident columns its records can fill: a streamed incidents.csv has these and
   * the required ones (the others would be empty in every row, which a missing column says).
   */
  optionalColumns: readonly IncidentColumn[];
  /** Every report handed out so far, in order of first use. */
  reports: () => Report[];
}

/**
 * Reads a source export in pieces and keeps the books: a row with any error is rejected (its
 * incident discarded) and one without becomes an incident, handed to `onIncident` at once, so
 * imported + rejected always equals the rows read and no row is held after it is mapped. When
 * the file turns out unusable as a whole, `end` says so and the incidents handed on so far must
 * be discarded.
 */
export const createSourceImport = (
  file: string,
  format: SourceFormat,
  onIncident: (incident: Incident) => void,
) => {
  const issues: RowIssue[] = [];
  const unmatched = new Map<string, UnmatchedName>();
  const usedReportIds = new Set<string>();
  let imported = 0;

  const row = (source: SourceRow): void => {
    const outcome = format.mapRow(source);
    const issue = (p: CellProblem, severity: RowIssue['severity']): RowIssue => ({
      file,
      row: source.line,
      column: p.column,
      message: p.message,
      severity,
    });
    for (const p of outcome.errors) issues.push(issue(p, 'error'));
    for (const p of outcome.warnings) issues.push(issue(p, 'warning'));
    if (outcome.errors.length > 0) return;
    if (!outcome.incident) {
      // Unreachable by construction; kept so that a future mapper bug cannot lose a row silently.
      issues.push(
        issue(
          { column: '-', message: 'produced no record and no reason; row not imported' },
          'error',
        ),
      );
      return;
    }
    imported++;
    for (const id of outcome.incident.reportIds) usedReportIds.add(id);
    onIncident(outcome.incident);
    // Only for imported rows: the summary says where kept events were placed; a rejected
    // row's names are in its issues.
    for (const name of outcome.unmatched) {
      const key = `${name.column}\u0000${name.name}`;
      const seen = unmatched.get(key);
      if (seen) seen.rows++;
      else unmatched.set(key, { column: name.column, name: name.name, rows: 1 });
    }
  };

  const spec: SourceTableSpec = {
    file,
    formatName: format.formatName,
    requiredColumns: format.requiredColumns,
  };
  const table = createSourceTableReader(spec, { row, broken: (issue) => issues.push(issue) });

  const end = (): ImportTally => {
    const { fatal, rowsRead } = table.end();
    if (fatal) {
      return {
        reports: [],
        issues: [fatal],
        fileError: fatal,
        rowsRead,
        imported: 0,
        rejected: rowsRead,
        unmatchedNames: [],
      };
    }
    return {
      // Reports made for rows that were then rejected would be dangling: keep only those in use.
      reports: format.reports().filter((r) => usedReportIds.has(r.id)),
      // Rows arrive in file order, so the issues are in row order already.
      issues,
      fileError: null,
      rowsRead,
      imported,
      rejected: rowsRead - imported,
      unmatchedNames: [...unmatched.values()].sort(
        (a, b) =>
          b.rows - a.rows || a.column.localeCompare(b.column) || a.name.localeCompare(b.name),
      ),
    };
  };

  return { push: table.push, end };
};

/** The whole text at once, incidents kept: for tests and files that fit in memory. */
export const importText = (
  text: string,
  file: string,
  format: SourceFormat,
): ImportTally & { incidents: Incident[] } => {
  let incidents: Incident[] = [];
  const run = createSourceImport(file, format, (incident) => incidents.push(incident));
  run.push(text);
  const tally = run.end();
  if (tally.fileError) incidents = [];
  return { ...tally, incidents };
};
