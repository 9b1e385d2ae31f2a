import type { z } from 'zod';
import type { RowIssue } from '../model/rowIssue';
import { shownName, shownValue } from '../model/shownValue';
import type { CsvRow, CsvTable } from './readCsvRows';
import { readCsvRows } from './readCsvRows';

export interface TableSpec<T> {
  file: string;
  columns: readonly string[];
  /** Columns a file may omit (Tolltrack's extensions; other tools' folders may lack them). */
  optionalColumns?: readonly string[];
  rowSchema: z.ZodType<T, Record<string, string | undefined>>;
}

export interface ParsedRecord<T> {
  line: number;
  record: T;
}

export interface ParsedTable<T> {
  records: ParsedRecord<T>[];
  issues: RowIssue[];
  /** How many data rows the file had: records.length + rejected rows. */
  rowsRead: number;
}

/**
 * Parses one CSV file against its schema. Never throws on bad data: every problem becomes a
 * RowIssue naming file, line and column, and a row with any error is kept out of `records`
 * (but counted in `rowsRead`, so nothing disappears without a message).
 */
export const parseTable = <T>(text: string, spec: TableSpec<T>): ParsedTable<T> =>
  parseCsvRows(readCsvRows(text), spec);

/**
 * parseTable on rows already read, for readers that keep more per row than `readCsvRows` does
 * (scanIncidentRows keeps each record's offsets): `onRecord` sees each accepted row it was given.
 */
export const parseCsvRows = <T, R extends CsvRow = CsvRow>(
  table: { header: string[]; rows: readonly R[]; errors: CsvTable['errors'] },
  spec: TableSpec<T>,
  onRecord?: (row: R, record: T) => void,
): ParsedTable<T> => {
  const { file, columns } = spec;
  const optional = new Set(spec.optionalColumns ?? []);
  const issues: RowIssue[] = [];
  const error = (row: number, column: string, message: string) =>
    issues.push({ file, row, column, message, severity: 'error' });

  for (const e of table.errors) error(e.line, '-', `${e.message} (expected well-formed CSV)`);
  if (table.header.length === 0) {
    error(1, '-', `the file is empty (expected a header row: ${columns.join(',')})`);
    return { records: [], issues, rowsRead: 0 };
  }

  const known = new Set(columns);
  const seen = new Set<string>();
  table.header.forEach((name) => {
    if (!known.has(name)) {
      error(
        1,
        shownName(name) || '(empty)',
        `unknown column (expected only: ${columns.join(', ')})`,
      );
    }
    if (seen.has(name)) error(1, shownName(name), 'duplicate column (expected each column once)');
    seen.add(name);
  });
  const missing = columns.filter((c) => !seen.has(c) && !optional.has(c));
  for (const name of missing) error(1, name, 'missing column (expected it in the header)');

  const records: ParsedRecord<T>[] = [];
  for (const row of table.rows) {
    const record = parseRow(row, table.header, spec, (line, column, message) => {
      // A column missing from the header was reported once, on line 1.
      if (!missing.includes(column)) error(line, column, message);
    });
    if (record !== undefined) {
      records.push({ line: row.line, record });
      onRecord?.(row, record);
    }
  }
  return { records, issues, rowsRead: table.rows.length };
};

/**
 * What a decoder puts for bytes that are not UTF-8 (TextDecoder, fetch().text(), readFileSync
 * with 'utf8'). The codebook's files are UTF-8, so in a cell it marks a byte that was lost.
 */
export const NOT_UTF8 = '\uFFFD';

const notUtf8Message = (cell: string, at: number): string =>
  `has a byte that is not UTF-8 at character ${Array.from(cell.slice(0, at)).length + 1} (shown as U+FFFD: ${shownValue(cell)}); the row is not read (expected UTF-8 text; save the file as UTF-8)`;

/** One data row against the schema (cell count first); every problem goes to `error`. */
export const parseRow = <T>(
  row: Pick<CsvRow, 'line' | 'cells'>,
  header: string[],
  spec: TableSpec<T>,
  error: (row: number, column: string, message: string) => void,
): T | undefined => {
  if (row.cells.length !== header.length) {
    error(
      row.line,
      '-',
      `has ${row.cells.length} cells (expected ${header.length}, one per header column)`,
    );
    return undefined;
  }
  const cells: Record<string, string> = {};
  let undecodable = false;
  header.forEach((name, i) => {
    const cell = row.cells[i] ?? '';
    cells[name] = cell;
    const at = cell.indexOf(NOT_UTF8);
    if (at !== -1) {
      undecodable = true;
      error(row.line, shownName(name), notUtf8Message(cell, at));
    }
  });
  // A cell with bytes that are not UTF-8 may have lost digits or letters: the row is not read.
  if (undecodable) return undefined;
  const result = spec.rowSchema.safeParse(cells);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const column = typeof issue.path[0] === 'string' ? issue.path[0] : '-';
    const message =
      issue.code === 'invalid_type' && cells[column] === undefined
        ? 'missing column (expected it in the header)'
        : issue.message;
    error(row.line, column, message);
  }
  return undefined;
};
