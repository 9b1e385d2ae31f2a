import {
  INCIDENT_COLUMNS,
  type Incident,
  incidentRowSchema,
  OPTIONAL_INCIDENT_COLUMNS,
} from '../model/incident';
import { createCheckedIncidentReader } from './checkedIncidentReader';
import { parseTable } from './parseTable';
import { piecesOfText, sliceOfPieces, type TextPieces } from './textPieces';

/** The header record of an incidents.csv text: after a BOM, `#` comment lines and blank lines. */
export const headerLineOf = (text: string): string => {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end).replace(/\r$/, '');
    // A comment holding a comma or quote is one quoted cell: `"# …"`.
    const comment = line.startsWith('#') || line.startsWith('"#');
    if (end === -1 || (!comment && line.trim() !== '')) return line;
    at = end + 1;
  }
};

/**
 * Builds the Incident records of chosen rows from the text they were read from: the header and
 * each record's own text, read for the values the schema gave when the text was checked (plain
 * rows by createCheckedIncidentReader, the others by the schema again). A large dataset keeps
 * its text and offsets instead of a million objects; a view asks for the hundreds it shows.
 */
export const createRecordReader = (
  /** The whole text, or its pieces when it is too long for one string. */
  source: string | TextPieces,
  file: string,
  spans: { rowStart: Uint32Array; rowEnd: Uint32Array; rowLine: Uint32Array },
) => {
  const text = typeof source === 'string' ? piecesOfText(source) : source;
  const header = headerLineOf(text.pieces[0] ?? '');
  // The text was checked row by row when the folder was read (and a snapshot's by its hash):
  // plain rows are read without the schema, the others with it.
  const readChecked = createCheckedIncidentReader(header);
  // Views ask again and again for the same stated totals and first table rows: keep what was
  // built (a bounded cache, emptied when full: records are cheap to rebuild, memory is not).
  const cache = new Map<number, Incident>();
  const lineOf = (row: number): string =>
    sliceOfPieces(text, spans.rowStart[row] ?? 0, spans.rowEnd[row] ?? 0).replace(/\r$/, '');
  const parse = (rows: readonly number[]): Incident[] => {
    const out = new Array<Incident>(rows.length);
    const slow: number[] = [];
    rows.forEach((row, i) => {
      const record = readChecked?.(lineOf(row)) ?? null;
      if (record) out[i] = record;
      else slow.push(i);
    });
    const parsed = parseWithSchema(slow.map((i) => rows[i] ?? 0));
    slow.forEach((i, k) => {
      out[i] = parsed[k] as Incident;
    });
    return out;
  };
  const parseWithSchema = (rows: readonly number[]): Incident[] => {
    if (rows.length === 0) return [];
    const body = rows.map(lineOf);
    const table = parseTable(`${header}\n${body.join('\n')}`, {
      file,
      columns: INCIDENT_COLUMNS,
      optionalColumns: OPTIONAL_INCIDENT_COLUMNS,
      rowSchema: incidentRowSchema,
    });
    const first = table.issues[0];
    if (first || table.records.length !== rows.length) {
      // The rows were checked when the folder was read: this means the text changed under us.
      const line = spans.rowLine[rows[0] ?? 0] ?? 0;
      throw new Error(
        `${file}: records near line ${line} could not be read again (${first ? first.message : `${table.records.length} of ${rows.length} records`})`,
      );
    }
    return table.records.map((r) => r.record);
  };
  return (rows: readonly number[]): Incident[] => {
    const missing = rows.filter((row) => !cache.has(row));
    if (cache.size + missing.length > RECORD_CACHE_LIMIT) cache.clear();
    const built = parse(missing);
    missing.forEach((row, i) => {
      const record = built[i];
      if (record) cache.set(row, record);
    });
    return rows.map((row) => cache.get(row) ?? (parse([row])[0] as Incident));
  };
};

/** Records a reader keeps between views (a table page of 1,000 and thousands of stated totals). */
export const RECORD_CACHE_LIMIT = 50_000;
