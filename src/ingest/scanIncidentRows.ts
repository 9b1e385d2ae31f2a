import {
  INCIDENT_COLUMNS,
  type Incident,
  type IncidentColumn,
  OPTIONAL_INCIDENT_COLUMNS,
} from '../model/incident';
import type { RowIssue } from '../model/rowIssue';
import { createFastRow } from './fastIncidentRow';
import { IncidentRecordTokenizer } from './incidentRecordTokenizer';
import { NOT_UTF8, parseCsvRows, parseRow, type TableSpec } from './parseTable';
import { readCsvRows } from './readCsvRows';
import {
  createInterned,
  emptyRow,
  fillFromIncident,
  guessLineEndings,
  type Interned,
  type ScannedIncidentRow,
  type ScanResult,
  specFor,
} from './scannedIncidentRow';

export { guessLineEndings, type ScannedIncidentRow, type ScanResult } from './scannedIncidentRow';

/**
 * Reads `incidents.csv` text for loading a million rows in a Worker: no Incident objects and no
 * zod for ordinary rows, yet the same verdict as `parseTable` with `incidentRowSchema` on every
 * input (same accepted rows and values, same issues in the same order, same `rowsRead`).
 *
 * How it stays sound: a record is accepted on the fast path only when every one of its cells is
 * in a canonical shape whose verdict under incidentRowSchema is certain (plain digits, real
 * calendar days from year 1000, exact enum values …) and the schema's cross-field rules hold.
 * Any other row goes through parseTable's own `parseRow`, with the cells papaparse would give.
 * The tokenizer follows papaparse's decisions for well-formed CSV (plain and quoted cells, LF or
 * CRLF as papaparse guesses it); anything else about the file — a header with issues, comment
 * lines, CR-only line ends, a malformed quote — sends the whole text through parseTable's path.
 */
export const scanIncidentRows = (
  text: string,
  file: string,
  onRow: (row: ScannedIncidentRow) => void,
): ScanResult => {
  const spec = specFor(file);
  const interned = createInterned();
  const out = emptyRow();
  const fast = scanFast(text, spec, onRow, out, interned);
  if (typeof fast !== 'number') return fast;
  return scanWhole(text, spec, onRow, out, interned, fast);
};

/**
 * The tokenizer set at the header (the first record that is not blank) and where each of
 * INCIDENT_COLUMNS sits in a record, or null when the file is not one the fast scan reads
 * exactly like papaparse: a second BOM or comment lines (they shift papaparse's cursors), bytes
 * that are not UTF-8, CR-only line ends, a header with any issue.
 */
const openFast = (
  text: string,
): { tok: IncidentRecordTokenizer; header: string[]; at: Int32Array; line: number } | null => {
  const pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = text.charCodeAt(pos);
  if (first === 0xfeff || first === 35 || (first === 34 && text.charCodeAt(pos + 1) === 35))
    return null;
  // Bytes that are not UTF-8 reject their row: the schema's path says where.
  if (text.includes(NOT_UTF8)) return null;
  const head = text.substring(pos, pos + 1024 * 1024);
  const newline = head.indexOf('\r') === -1 ? '\n' : guessLineEndings(head);
  if (newline === '\r') return null;
  const tok = new IncidentRecordTokenizer(text, newline === '\r\n', pos);
  let line = 1;
  let header: string[] | null = null;
  while (tok.pos < text.length) {
    if (!tok.readRecord()) return null;
    line += tok.newlines + (tok.next > tok.recordEnd ? 1 : 0);
    tok.pos = tok.next;
    if (tok.blank()) continue;
    header = [];
    for (let k = 0; k < tok.n; k++) header.push(tok.value(k).trim());
    break;
  }
  if (header === null) return null;
  const at = new Int32Array(INCIDENT_COLUMNS.length).fill(-1);
  for (let k = 0; k < header.length; k++) {
    const column = INCIDENT_COLUMNS.indexOf(header[k] as IncidentColumn);
    if (column === -1 || at[column] !== -1) return null;
    at[column] = k;
  }
  for (let c = 0; c < INCIDENT_COLUMNS.length; c++) {
    const name = INCIDENT_COLUMNS[c] as IncidentColumn;
    if (at[c] === -1 && !OPTIONAL_INCIDENT_COLUMNS.includes(name)) return null;
  }
  return { tok, header, at, line };
};

/**
 * The fast scan. Returns its result, or — when the file is not one it can read exactly like
 * papaparse — how many rows it has already handed to `onRow`, so the whole-file path can go on
 * from there (papaparse reads left to right, so those rows are the same in both).
 */
const scanFast = (
  text: string,
  spec: TableSpec<Incident>,
  onRow: (row: ScannedIncidentRow) => void,
  out: ScannedIncidentRow,
  interned: Interned,
): ScanResult | number => {
  const opened = openFast(text);
  if (!opened) return 0;
  const { tok, header, at } = opened;
  let line = opened.line;
  const width = header.length;
  const fastRow = createFastRow(tok, at, width, interned, out);
  const { file } = spec;
  const issues: RowIssue[] = [];
  const error = (row: number, column: string, message: string) => {
    issues.push({ file, row, column, message, severity: 'error' });
  };
  const rawOf = (cells: string[]) => (column: IncidentColumn) => {
    const k = at[INCIDENT_COLUMNS.indexOf(column)] as number;
    return k === -1 ? undefined : cells[k];
  };
  let rowsRead = 0;
  let accepted = 0;
  let slowRows = 0;
  const handOn = (recordLine: number, recordStart: number): void => {
    out.index = accepted++;
    out.line = recordLine;
    out.start = recordStart;
    out.end = tok.recordEnd;
    onRow(out);
  };
  while (tok.pos < text.length) {
    if (!tok.readRecord()) return accepted;
    const recordLine = line;
    line += tok.newlines + (tok.next > tok.recordEnd ? 1 : 0);
    const recordStart = tok.pos;
    tok.pos = tok.next;
    if (tok.blank()) continue;
    rowsRead++;
    if (fastRow()) {
      handOn(recordLine, recordStart);
      continue;
    }
    slowRows++;
    const cells: string[] = [];
    for (let k = 0; k < tok.n; k++) cells.push(tok.value(k));
    const incident = parseRow({ line: recordLine, cells }, header, spec, error);
    if (incident === undefined) continue;
    fillFromIncident(out, incident, tok.n === width ? rawOf(cells) : () => undefined, interned);
    handOn(recordLine, recordStart);
  }
  return { rowsRead, accepted, issues, slowRows };
};

/** parseTable's path for the whole text, handing on the accepted rows after the first `skip`. */
const scanWhole = (
  text: string,
  spec: TableSpec<Incident>,
  onRow: (row: ScannedIncidentRow) => void,
  out: ScannedIncidentRow,
  interned: Interned,
  skip: number,
): ScanResult => {
  const table = readCsvRows(text);
  // parseRow reads a repeated column's last cell.
  const where = new Map(table.header.map((name, i) => [name, i]));
  let index = 0;
  const parsed = parseCsvRows(table, spec, (row, incident) => {
    const k = index++;
    if (k < skip) return;
    fillFromIncident(
      out,
      incident,
      (column) => {
        const i = where.get(column);
        return i === undefined ? undefined : row.cells[i];
      },
      interned,
    );
    out.index = k;
    out.line = row.line;
    out.start = row.start;
    out.end = row.end;
    onRow(out);
  });
  return {
    rowsRead: parsed.rowsRead,
    accepted: parsed.records.length,
    issues: parsed.issues,
    slowRows: parsed.rowsRead,
  };
};
