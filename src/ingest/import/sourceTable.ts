import type { RowIssue } from '../../model/rowIssue';
import { shownName } from '../../model/shownValue';
import { readCsvRows } from '../readCsvRows';

/** One data row of a source export, cells keyed by the source's own column names. */
export interface SourceRow {
  line: number;
  cells: Record<string, string>;
}

export interface SourceTableSpec {
  /** File name used in issues, e.g. the name the user gave on the command line. */
  file: string;
  /** Human name of the format with its article, for messages: "a UCDP GED event CSV". */
  formatName: string;
  requiredColumns: readonly string[];
}

export type SourceTable =
  | {
      ok: true;
      rows: SourceRow[];
      /** Rows that are not well-formed CSV records: one error each, already counted as read. */
      brokenRows: RowIssue[];
      rowsRead: number;
    }
  | { ok: false; fatal: RowIssue; rowsRead: number };

const lineOfIndex = (text: string, index: number): number => {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

const countOf = (text: string, char: string): number => text.split(char).length - 1;

/**
 * Reads a source export (UCDP, ACLED …) into keyed rows, or returns ONE file-level error when
 * the file as a whole is unusable: wrong encoding, not the expected format, or cut short.
 * A whole-file problem would otherwise surface as thousands of identical row errors, which
 * hides the one thing the user must do (fetch or export the file again).
 */
export const readSourceTable = (text: string, spec: SourceTableSpec): SourceTable => {
  const { file, formatName } = spec;
  const table = readCsvRows(text);
  const rowsRead = table.rows.length;
  const fatal = (row: number, column: string, message: string): SourceTable => ({
    ok: false,
    fatal: { file, row, column, message, severity: 'error' },
    rowsRead,
  });

  // Checked before anything else: in a UTF-16 or binary file every other message would be noise.
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return fatal(
      lineOfIndex(text, nul),
      '-',
      `contains NUL bytes (${countOf(text, '\u0000')}, first on line ${lineOfIndex(text, nul)}): this is a binary or UTF-16 file, not UTF-8 CSV (expected ${formatName} saved as UTF-8); nothing was imported`,
    );
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement !== -1) {
    return fatal(
      lineOfIndex(text, replacement),
      '-',
      `contains ${countOf(text, '\uFFFD')} replacement characters (U+FFFD), first on line ${lineOfIndex(text, replacement)}: the file was not valid UTF-8, so names and figures may be corrupted (expected ${formatName} saved as UTF-8); nothing was imported`,
    );
  }
  if (table.header.length === 0) {
    return fatal(1, '-', `the file is empty (expected ${formatName} with a header row)`);
  }

  const header = table.header;
  const missing = spec.requiredColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    const shownHeader = shownName(header.slice(0, 12).join(',') + (header.length > 12 ? ',…' : ''));
    return fatal(
      1,
      missing.join('|'),
      `does not look like ${formatName}: ${missing.length} of ${spec.requiredColumns.length} required columns missing (${missing.join(', ')}); line 1 has: ${shownHeader}; nothing was imported`,
    );
  }
  const duplicated = spec.requiredColumns.filter(
    (c) => header.indexOf(c) !== header.lastIndexOf(c),
  );
  if (duplicated.length > 0) {
    return fatal(
      1,
      duplicated.join('|'),
      `column ${duplicated.join(', ')} appears more than once in the header (expected each column once); nothing was imported`,
    );
  }

  const errorsByLine = new Map<number, string[]>();
  for (const e of table.errors) {
    errorsByLine.set(e.line, [...(errorsByLine.get(e.line) ?? []), e.message]);
  }
  const last = table.rows.at(-1);
  if (last && (errorsByLine.has(last.line) || last.cells.length < header.length)) {
    // A download cut short ends inside a record; importing the rest would give totals that
    // look complete but are not.
    return fatal(
      last.line,
      '-',
      `the last record (line ${last.line}) is incomplete (${last.cells.length} of ${header.length} cells${errorsByLine.has(last.line) ? ', unclosed quote' : ''}): the file looks truncated (expected a complete file, ${formatName}; download or export it again); nothing was imported`,
    );
  }

  const rows: SourceRow[] = [];
  const brokenRows: RowIssue[] = [];
  for (const row of table.rows) {
    const csvErrors = errorsByLine.get(row.line);
    if (csvErrors || row.cells.length !== header.length) {
      const problems = [
        ...(csvErrors ?? []),
        ...(row.cells.length !== header.length
          ? [`has ${row.cells.length} cells (expected ${header.length}, one per header column)`]
          : []),
      ];
      brokenRows.push({
        file,
        row: row.line,
        column: '-',
        message: `${problems.join('; ')}; row not imported`,
        severity: 'error',
      });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      cells[name] = row.cells[i] ?? '';
    });
    rows.push({ line: row.line, cells });
  }
  return { ok: true, rows, brokenRows, rowsRead };
};
