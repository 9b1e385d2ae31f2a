import type { Incident } from '../../model/incident';
import type { Report } from '../../model/report';
import type { RowIssue } from '../../model/rowIssue';

/** A source name the gazetteer did not know, and how many rows used it. */
export interface UnmatchedName {
  column: string;
  name: string;
  rows: number;
}

/**
 * What an importer hands back. `rowsRead === imported + rejected` always: a row is either an
 * incident or has at least one error issue, so nothing leaves the count unexplained.
 */
export interface ImportResult extends ImportTally {
  incidents: Incident[];
}

/** An import's books without its records (which a streaming import writes as it goes). */
export interface ImportTally {
  reports: Report[];
  /** Errors (row rejected, or the whole file when row is 0 or 1) and warnings (row imported). */
  issues: RowIssue[];
  /** Set when the file as a whole was unusable (then it is the only issue and nothing imported). */
  fileError: RowIssue | null;
  rowsRead: number;
  imported: number;
  rejected: number;
  /** Place names of imported rows that matched nothing, most frequent first (each also a warning). */
  unmatchedNames: UnmatchedName[];
}
