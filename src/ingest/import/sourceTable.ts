import type { RowIssue } from '../../model/rowIssue';
import { shownName } from '../../model/shownValue';
import { countChars } from '../countChars';
import { type ChunkedCsvRow, createCsvChunkReader } from '../csvChunks';

/** One data row of a source export; `columns` says where each of the source's columns sits. */
export interface SourceRow {
  line: number;
  cells: readonly string[];
  columns: ReadonlyMap<string, number>;
}

/** The cell of `column` in `row` ('' when the column is absent). */
export const cellOf = (row: SourceRow, column: string): string =>
  row.cells[row.columns.get(column) ?? -1] ?? '';

export interface SourceTableSpec {
  /** File name used in issues, e.g. the name the user gave on the command line. */
  file: string;
  /** Human name of the format with its article, for messages: "a UCDP GED event CSV". */
  formatName: string;
  requiredColumns: readonly string[];
}

/** How reading ended: ONE file-level error when the file as a whole is unusable, or none. */
export interface SourceTableEnd {
  fatal: RowIssue | null;
  rowsRead: number;
}

export interface SourceTableSink {
  /** A well-formed data row, in file order. */
  row: (row: SourceRow) => void;
  /** A row that is not a well-formed CSV record: one error, already counted as read. */
  broken: (issue: RowIssue) => void;
}

/** Where a character first occurs in a text read in pieces, and how often. */
const createCharWatch = (char: string) => {
  let count = 0;
  let firstLine = 0;
  return {
    see: (text: string, linesBefore: number): void => {
      const at = text.indexOf(char);
      if (at === -1) return;
      if (count === 0) {
        firstLine = linesBefore + 1 + countChars(text, '\n', 0, at);
      }
      count += countChars(text, char, at);
    },
    get count() {
      return count;
    },
    get firstLine() {
      return firstLine;
    },
  };
};

/** The header's problem (missing or repeated required columns), or null. */
const headerProblem = (
  header: readonly string[],
  spec: SourceTableSpec,
): { column: string; message: string } | null => {
  const missing = spec.requiredColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    const shownHeader = shownName(header.slice(0, 12).join(',') + (header.length > 12 ? ',…' : ''));
    return {
      column: missing.join('|'),
      message: `does not look like ${spec.formatName}: ${missing.length} of ${spec.requiredColumns.length} required columns missing (${missing.join(', ')}); line 1 has: ${shownHeader}; nothing was imported`,
    };
  }
  const duplicated = spec.requiredColumns.filter(
    (c) => header.indexOf(c) !== header.lastIndexOf(c),
  );
  if (duplicated.length === 0) return null;
  return {
    column: duplicated.join('|'),
    message: `column ${duplicated.join(', ')} appears more than once in the header (expected each column once); nothing was imported`,
  };
};

/**
 * Reads a source export (UCDP, ACLED …) in pieces, handing on each row as it is read, or ends
 * with ONE file-level error when the file as a whole is unusable: wrong encoding, not the
 * expected format, or cut short. A whole-file problem would otherwise surface as thousands of
 * identical row errors, which hides the one thing the user must do (fetch or export the file
 * again). Rows handed on before such an error was found must then be discarded by the caller.
 */
export const createSourceTableReader = (spec: SourceTableSpec, sink: SourceTableSink) => {
  const { file, formatName } = spec;
  const nul = createCharWatch('\u0000');
  const replacement = createCharWatch('\uFFFD');
  let lines = 0;
  let header: string[] | null = null;
  let columns = new Map<string, number>();
  let badHeader: { column: string; message: string } | null = null;
  let rowsRead = 0;
  // Held back one row: the last record of a file cut short must not be imported.
  let last: ChunkedCsvRow | null = null;
  const unusable = () => nul.count > 0 || replacement.count > 0 || badHeader !== null;

  const handOn = (row: ChunkedCsvRow): void => {
    if (unusable()) return;
    const width = header?.length ?? 0;
    if (row.errors.length === 0 && row.cells.length === width) {
      sink.row({ line: row.line, cells: row.cells, columns });
      return;
    }
    const problems = [
      ...row.errors,
      ...(row.cells.length !== width
        ? [`has ${row.cells.length} cells (expected ${width}, one per header column)`]
        : []),
    ];
    sink.broken({
      file,
      row: row.line,
      column: '-',
      message: `${problems.join('; ')}; row not imported`,
      severity: 'error',
    });
  };

  const csv = createCsvChunkReader((row) => {
    if (header === null) {
      header = row.cells.map((c) => c.trim());
      badHeader = headerProblem(header, spec);
      columns = new Map(header.map((name, i) => [name, i]));
      return;
    }
    rowsRead++;
    if (last) handOn(last);
    last = row;
  });

  const fatal = (row: number, column: string, message: string): SourceTableEnd => ({
    fatal: { file, row, column, message, severity: 'error' },
    rowsRead,
  });

  const end = (): SourceTableEnd => {
    csv.end();
    // Checked before anything else: in a UTF-16 or binary file every other message would be noise.
    if (nul.count > 0) {
      return fatal(
        nul.firstLine,
        '-',
        `contains NUL bytes (${nul.count}, first on line ${nul.firstLine}): this is a binary or UTF-16 file, not UTF-8 CSV (expected ${formatName} saved as UTF-8); nothing was imported`,
      );
    }
    if (replacement.count > 0) {
      return fatal(
        replacement.firstLine,
        '-',
        `contains ${replacement.count} replacement characters (U+FFFD), first on line ${replacement.firstLine}: the file was not valid UTF-8, so names and figures may be corrupted (expected ${formatName} saved as UTF-8); nothing was imported`,
      );
    }
    if (header === null || (header as string[]).length === 0) {
      return fatal(1, '-', `the file is empty (expected ${formatName} with a header row)`);
    }
    if (badHeader) return fatal(1, badHeader.column, badHeader.message);
    const width = (header as string[]).length;
    const final = last as ChunkedCsvRow | null;
    if (final && (final.errors.length > 0 || final.cells.length < width)) {
      // A download cut short ends inside a record; importing the rest would give totals that
      // look complete but are not.
      return fatal(
        final.line,
        '-',
        `the last record (line ${final.line}) is incomplete (${final.cells.length} of ${width} cells${final.errors.length > 0 ? ', unclosed quote' : ''}): the file looks truncated (expected a complete file, ${formatName}; download or export it again); nothing was imported`,
      );
    }
    if (final) handOn(final);
    return { fatal: null, rowsRead };
  };

  return {
    push: (text: string): void => {
      nul.see(text, lines);
      replacement.see(text, lines);
      lines += countChars(text, '\n');
      csv.push(text);
    },
    end,
  };
};
