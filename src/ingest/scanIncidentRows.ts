import { EVENT_TYPES } from '../model/eventTypes';
import {
  INCIDENT_COLUMNS,
  type Incident,
  type IncidentColumn,
  incidentRowSchema,
  OPTIONAL_INCIDENT_COLUMNS,
} from '../model/incident';
import type { RowIssue } from '../model/rowIssue';
import { dayNumberOf } from './dateWindow';
import { NOT_UTF8, parseCsvRows, parseRow, type TableSpec } from './parseTable';
import { readCsvRows } from './readCsvRows';

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

/** ONE object is reused for every row: copy what you keep. */
export interface ScannedIncidentRow {
  /** 0-based position among accepted rows, in file order. */
  index: number;
  /** Physical line the record starts on (header = line 1), as parseTable's ParsedRecord.line. */
  line: number;
  /** Offset in the text of the record's first character. */
  start: number;
  /** Offset just past the record's last character (before its line break). */
  end: number;
  id: string;
  kind: 'incident' | 'cumulative';
  /** Day numbers (dateWindow.ts dayNumberOf: days since 1970-01-01); null for an empty cell. */
  dayStart: number | null;
  dayEnd: number | null;
  dayPeriodStart: number | null;
  placeId: string;
  killedMin: number | null;
  killedMax: number | null;
  childrenMin: number | null;
  childrenMax: number | null;
  eventType: string | null;
  /** The admin1 cell as the schema gives it (trimmed, null when empty): cross-file checks read it. */
  admin1: string | null;
  /** The country and admin2 cells likewise (country never empty). */
  country: string;
  admin2: string | null;
  /** Interned: rows with the same raw cell share one (frozen) array. */
  reportIds: readonly string[];
  /** Interned likewise; the shared empty array when the column is absent or the list empty. */
  attributedTo: readonly string[];
  coversIds: readonly string[];
  /** Ids this record revises (rare: such rows take the schema's path). */
  supersedes: readonly string[];
}

export interface ScanResult {
  rowsRead: number;
  accepted: number;
  issues: RowIssue[];
  /** Rows that went through the schema instead of the fast path (all of them for odd files). */
  slowRows: number;
}

const EMPTY_LIST: readonly string[] = Object.freeze([]);

const specFor = (file: string): TableSpec<Incident> => ({
  file,
  columns: INCIDENT_COLUMNS,
  optionalColumns: OPTIONAL_INCIDENT_COLUMNS,
  rowSchema: incidentRowSchema,
});

/** Values already computed for a raw cell, so that equal cells share one string or array. */
interface Interned {
  reportIds: Map<string, readonly string[]>;
  attributedTo: Map<string, readonly string[]>;
  coversIds: Map<string, readonly string[]>;
  supersedes: Map<string, readonly string[]>;
  placeIds: Map<string, string>;
  eventTypes: Map<string, string | null>;
  admin1s: Map<string, string | null>;
  admin2s: Map<string, string | null>;
  countries: Map<string, string | null>;
}

/** listCell's rule, verbatim. */
const splitList = (cell: string): string[] =>
  cell
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');

const internList = (
  cache: Map<string, readonly string[]>,
  raw: string,
  parsed?: readonly string[],
): readonly string[] => {
  let list = cache.get(raw);
  if (list === undefined) {
    const parts = parsed ?? splitList(raw);
    list = parts.length === 0 ? EMPTY_LIST : Object.freeze([...parts]);
    cache.set(raw, list);
  }
  return list;
};

const dayOfIso = (day: string | null): number | null => (day === null ? null : dayNumberOf(day));

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, in integers: equal to the Date.UTC
 * formula for years ≥ 100 (Date.UTC reads 0–99 as 1900–1999), and the fast path only takes
 * years from 1000 on.
 */
const daysFromCivil = (y: number, m: number, d: number): number => {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
};

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const COL = (name: IncidentColumn): number => INCIDENT_COLUMNS.indexOf(name);
const ID = COL('id');
const REPORT_IDS = COL('report_ids');
const KIND = COL('kind');
const DATE_START = COL('date_start');
const DATE_END = COL('date_end');
const PERIOD_START = COL('period_start');
const COUNTRY = COL('country');
const PLACE_ID = COL('place_id');
const KILLED_MIN = COL('killed_min');
const KILLED_MAX = COL('killed_max');
const CHILDREN_MIN = COL('children_min');
const CHILDREN_MAX = COL('children_max');
const WOMEN_MIN = COL('women_min');
const WOMEN_MAX = COL('women_max');
const INJURED_MIN = COL('injured_min');
const INJURED_MAX = COL('injured_max');
const EVENT_TYPE = COL('event_type');
const ADMIN1 = COL('admin1');
const ADMIN2 = COL('admin2');
const ATTRIBUTED_TO = COL('attributed_to');
const COVERS_IDS = COL('covers_ids');
const DATE_PRECISION = COL('date_precision');
const TOTAL_TYPE = COL('total_type');
const VICTIMS = COL('victims');
const KILLED_BEST = COL('killed_best');
const SUPERSEDES = COL('supersedes');

/** idCell's pattern. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** Cell readers' verdicts besides a value: empty cell, or "let the schema decide". */
const EMPTY = -1;
const UNSURE = -2;
/** Day readers' verdicts (day numbers may be negative). */
const NO_DAY = -1e9;
const UNSURE_DAY = -2e9;

/**
 * papaparse's `guessLineEndings` (5.x), which readCsvRows relies on since it sets no newline:
 * the tokenizer must split records where papaparse does.
 */
export const guessLineEndings = (text: string): '\n' | '\r\n' | '\r' => {
  const input = text.substring(0, 1024 * 1024).replace(/"[\s\S]*?"/g, '');
  const r = input.split('\r');
  const n = input.split('\n');
  const nAppearsFirst = n.length > 1 && (n[0]?.length ?? 0) < (r[0]?.length ?? 0);
  if (r.length === 1 || nAppearsFirst) return '\n';
  let numWithN = 0;
  for (const part of r) if (part[0] === '\n') numWithN++;
  return numWithN >= r.length / 2 ? '\r\n' : '\r';
};

const emptyRow = (): ScannedIncidentRow => ({
  index: 0,
  line: 0,
  start: 0,
  end: 0,
  id: '',
  kind: 'incident',
  dayStart: null,
  dayEnd: null,
  dayPeriodStart: null,
  placeId: '',
  killedMin: null,
  killedMax: null,
  childrenMin: null,
  childrenMax: null,
  eventType: null,
  admin1: null,
  country: '',
  admin2: null,
  reportIds: EMPTY_LIST,
  attributedTo: EMPTY_LIST,
  coversIds: EMPTY_LIST,
  supersedes: EMPTY_LIST,
});

/** Fills `out` from a record the schema accepted; raw list cells pick the interned arrays. */
const fillFromIncident = (
  out: ScannedIncidentRow,
  incident: Incident,
  raw: (column: IncidentColumn) => string | undefined,
  interned: Interned,
): void => {
  out.id = incident.id;
  out.kind = incident.kind;
  out.dayStart = dayOfIso(incident.dateStart);
  out.dayEnd = dayOfIso(incident.dateEnd);
  out.dayPeriodStart = dayOfIso(incident.periodStart);
  const place = raw('place_id');
  let placeId = place === undefined ? undefined : interned.placeIds.get(place);
  if (placeId === undefined) {
    placeId = incident.placeId;
    if (place !== undefined) interned.placeIds.set(place, placeId);
  }
  out.placeId = placeId;
  out.killedMin = incident.killedMin;
  out.killedMax = incident.killedMax;
  out.childrenMin = incident.childrenMin;
  out.childrenMax = incident.childrenMax;
  out.eventType = incident.eventType;
  out.admin1 = incident.admin1;
  out.country = incident.country;
  out.admin2 = incident.admin2;
  const list = (
    cache: Map<string, readonly string[]>,
    column: IncidentColumn,
    parsed: readonly string[],
  ): readonly string[] => {
    const cell = raw(column);
    if (cell === undefined) return parsed.length === 0 ? EMPTY_LIST : Object.freeze([...parsed]);
    return internList(cache, cell, parsed);
  };
  out.reportIds = list(interned.reportIds, 'report_ids', incident.reportIds);
  out.attributedTo = list(interned.attributedTo, 'attributed_to', incident.attributedTo);
  out.coversIds = list(interned.coversIds, 'covers_ids', incident.coversIds);
  out.supersedes = list(interned.supersedes, 'supersedes', incident.supersedes);
};

export const scanIncidentRows = (
  text: string,
  file: string,
  onRow: (row: ScannedIncidentRow) => void,
): ScanResult => {
  const spec = specFor(file);
  const interned: Interned = {
    reportIds: new Map(),
    attributedTo: new Map(),
    coversIds: new Map(),
    supersedes: new Map(),
    placeIds: new Map(),
    eventTypes: new Map(),
    admin1s: new Map(),
    admin2s: new Map(),
    countries: new Map(),
  };
  const out = emptyRow();
  const fast = scanFast(text, spec, onRow, out, interned);
  if (typeof fast !== 'number') return fast;
  return scanWhole(text, spec, onRow, out, interned, fast);
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
  const len = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // A second BOM (papaparse strips one more) or comment lines shift papaparse's cursors.
  const first = text.charCodeAt(pos);
  if (first === 0xfeff || first === 35 || (first === 34 && text.charCodeAt(pos + 1) === 35))
    return 0;
  // Bytes that are not UTF-8 reject their row: the schema's path says where.
  if (text.includes(NOT_UTF8)) return 0;
  const head = text.substring(pos, pos + 1024 * 1024);
  const newline = head.indexOf('\r') === -1 ? '\n' : guessLineEndings(head);
  if (newline === '\r') return 0;
  const crlf = newline === '\r\n';

  // Cells of the current record: content offsets (inside quotes) and whether "" needs undoubling.
  let capacity = 64;
  let cs = new Int32Array(capacity);
  let ce = new Int32Array(capacity);
  let esc = new Uint8Array(capacity);
  let n = 0;
  let recordEnd = 0;
  let next = 0;
  let newlines = 0;

  const grow = (): void => {
    capacity *= 2;
    const cs2 = new Int32Array(capacity);
    cs2.set(cs);
    cs = cs2;
    const ce2 = new Int32Array(capacity);
    ce2.set(ce);
    ce = ce2;
    const esc2 = new Uint8Array(capacity);
    esc2.set(esc);
    esc = esc2;
  };

  /**
   * Tokenizes the record at `pos` as papaparse would; false when papaparse would report an error
   * or drop characters (text between a closing quote and the next delimiter), which this does
   * not mimic. Hot: state lives in locals and is written back once per record.
   */
  const readRecord = (): boolean => {
    const t = text;
    const size = len;
    const cr = crlf;
    let starts = cs;
    let ends = ce;
    let escapes = esc;
    let k = 0;
    let lf = 0;
    let i = pos;
    for (;;) {
      if (k === capacity) {
        grow();
        starts = cs;
        ends = ce;
        escapes = esc;
      }
      if (t.charCodeAt(i) === 34) {
        let j = i + 1;
        let escaped = 0;
        for (;;) {
          const q = t.indexOf('"', j);
          if (q === -1) return false;
          for (let p = j; p < q; p++) if (t.charCodeAt(p) === 10) lf++;
          if (q === size - 1) {
            starts[k] = i + 1;
            ends[k] = q;
            escapes[k++] = escaped;
            n = k;
            newlines = lf;
            recordEnd = size;
            next = size;
            return true;
          }
          const d = t.charCodeAt(q + 1);
          if (d === 34) {
            escaped = 1;
            j = q + 2;
            continue;
          }
          starts[k] = i + 1;
          ends[k] = q;
          escapes[k++] = escaped;
          if (d === 44) {
            i = q + 2;
            break;
          }
          if ((!cr && d === 10) || (cr && d === 13 && t.charCodeAt(q + 2) === 10)) {
            n = k;
            newlines = lf;
            recordEnd = q + 1;
            next = q + 1 + (cr ? 2 : 1);
            return true;
          }
          return false;
        }
        continue;
      }
      let j = i;
      for (; j < size; j++) {
        const c = t.charCodeAt(j);
        if (c === 44) break;
        if (c === 10) {
          if (!cr) break;
          // A lone LF in a CRLF file is cell text, but readCsvRows still counts it as a line.
          lf++;
        } else if (c === 13 && cr && t.charCodeAt(j + 1) === 10) break;
      }
      starts[k] = i;
      ends[k] = j;
      escapes[k++] = 0;
      if (j < size && t.charCodeAt(j) === 44) {
        i = j + 1;
        continue;
      }
      n = k;
      newlines = lf;
      recordEnd = j;
      next = j < size ? j + (cr ? 2 : 1) : size;
      return true;
    }
  };

  const value = (k: number): string => {
    const s = text.slice(cs[k], ce[k]);
    return esc[k] === 1 ? s.replace(/""/g, '"') : s;
  };

  // Header: the first record that is not blank.
  let line = 1;
  let header: string[] | null = null;
  while (pos < len) {
    if (!readRecord()) return 0;
    line += newlines + (next > recordEnd ? 1 : 0);
    pos = next;
    if (n === 1 && cs[0] === ce[0]) continue;
    header = [];
    for (let k = 0; k < n; k++) header.push(value(k).trim());
    break;
  }
  if (header === null) return 0;
  const width = header.length;
  // Where each of INCIDENT_COLUMNS sits in a record (-1: absent). Any header issue: whole file.
  const at = new Int32Array(INCIDENT_COLUMNS.length).fill(-1);
  for (let k = 0; k < width; k++) {
    const column = INCIDENT_COLUMNS.indexOf(header[k] as IncidentColumn);
    if (column === -1 || at[column] !== -1) return 0;
    at[column] = k;
  }
  for (let c = 0; c < INCIDENT_COLUMNS.length; c++) {
    const name = INCIDENT_COLUMNS[c] as IncidentColumn;
    if (at[c] === -1 && !OPTIONAL_INCIDENT_COLUMNS.includes(name)) return 0;
  }
  const cellAt = (column: number): number => at[column] as number;

  /** countCell, when the cell is plain digits (or empty); UNSURE for anything else. */
  const count = (column: number): number => {
    const k = cellAt(column);
    if (k === -1) return EMPTY;
    const s = cs[k] as number;
    const e = ce[k] as number;
    if (s === e) return EMPTY;
    if (e - s > 9) return UNSURE;
    let v = 0;
    for (let p = s; p < e; p++) {
      const d = text.charCodeAt(p) - 48;
      if (d < 0 || d > 9) return UNSURE;
      v = v * 10 + d;
    }
    return v;
  };

  const digit = (p: number): number => {
    const d = text.charCodeAt(p) - 48;
    return d >= 0 && d <= 9 ? d : -100_000;
  };

  /** optionalDayCell, for real calendar days from year 1000 (where string order = day order). */
  const day = (column: number): number => {
    const k = cellAt(column);
    const s = cs[k] as number;
    const e = ce[k] as number;
    if (s === e) return NO_DAY;
    if (e - s !== 10 || text.charCodeAt(s + 4) !== 45 || text.charCodeAt(s + 7) !== 45) {
      return UNSURE_DAY;
    }
    const y = digit(s) * 1000 + digit(s + 1) * 100 + digit(s + 2) * 10 + digit(s + 3);
    const m = digit(s + 5) * 10 + digit(s + 6);
    const d = digit(s + 8) * 10 + digit(s + 9);
    if (y < 1000 || m < 1 || m > 12 || d < 1) return UNSURE_DAY;
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    if (d > (m === 2 && leap ? 29 : (DAYS_IN_MONTH[m] as number))) return UNSURE_DAY;
    return daysFromCivil(y, m, d);
  };

  /** Whether the cell is exactly `word`. */
  const is = (k: number, word: string): boolean =>
    (ce[k] as number) - (cs[k] as number) === word.length && text.startsWith(word, cs[k]);

  /** An enum cell that is absent, empty, or exactly one of `values`. */
  const enumOk = (column: number, values: readonly string[]): boolean => {
    const k = cellAt(column);
    if (k === -1 || cs[k] === ce[k]) return true;
    for (const v of values) if (is(k, v)) return true;
    return false;
  };
  const enumEmpty = (column: number): boolean => {
    const k = cellAt(column);
    return k === -1 || cs[k] === ce[k];
  };

  const list = (cache: Map<string, readonly string[]>, column: number): readonly string[] => {
    const k = cellAt(column);
    if (k === -1 || cs[k] === ce[k]) return EMPTY_LIST;
    return internList(cache, value(k));
  };

  /** optionalTextCell's rule (trimmed, null when blank), interned per raw cell. */
  const optionalText = (column: number, cache: Map<string, string | null>): string | null => {
    const k = cellAt(column);
    if (k === -1 || cs[k] === ce[k]) return null;
    const raw = value(k);
    let found = cache.get(raw);
    if (found === undefined) {
      const trimmed = raw.trim();
      found = trimmed === '' ? null : trimmed;
      cache.set(raw, found);
    }
    return found;
  };

  /**
   * The whole of incidentRowSchema for a row in canonical shape: fills `out` and returns true,
   * or returns false as soon as a cell or rule is not certainly accepted.
   */
  const fastRow = (): boolean => {
    if (n !== width) return false;
    const kindCell = cellAt(KIND);
    const incident = is(kindCell, 'incident');
    if (!incident && !is(kindCell, 'cumulative')) return false;

    const start = day(DATE_START);
    const end = day(DATE_END);
    const period = day(PERIOD_START);
    if (start === UNSURE_DAY || end === UNSURE_DAY || period === UNSURE_DAY) return false;
    if (incident && (start === NO_DAY || end === NO_DAY || period !== NO_DAY)) return false;
    if (
      end !== NO_DAY &&
      ((start !== NO_DAY && end < start) || (period !== NO_DAY && end < period))
    )
      return false;

    const killedMin = count(KILLED_MIN);
    const killedMax = count(KILLED_MAX);
    const childrenMin = count(CHILDREN_MIN);
    const childrenMax = count(CHILDREN_MAX);
    const womenMin = count(WOMEN_MIN);
    const womenMax = count(WOMEN_MAX);
    const injuredMin = count(INJURED_MIN);
    const injuredMax = count(INJURED_MAX);
    const killedBest = count(KILLED_BEST);
    if (
      killedMin === UNSURE ||
      killedMax === UNSURE ||
      childrenMin === UNSURE ||
      childrenMax === UNSURE ||
      womenMin === UNSURE ||
      womenMax === UNSURE ||
      injuredMin === UNSURE ||
      injuredMax === UNSURE ||
      killedBest === UNSURE
    )
      return false;
    // min ≤ max, and no max without a min.
    if (killedMax !== EMPTY && (killedMin === EMPTY || killedMin > killedMax)) return false;
    if (childrenMax !== EMPTY && (childrenMin === EMPTY || childrenMin > childrenMax)) return false;
    if (womenMax !== EMPTY && (womenMin === EMPTY || womenMin > womenMax)) return false;
    if (injuredMax !== EMPTY && (injuredMin === EMPTY || injuredMin > injuredMax)) return false;
    // Children and women are among the killed: within killed_max, or killed_min when it is open.
    const ceiling = killedMax !== EMPTY ? killedMax : killedMin;
    if (childrenMin !== EMPTY && (killedMin === EMPTY || childrenMin > ceiling)) return false;
    if (womenMin !== EMPTY && (killedMin === EMPTY || womenMin > ceiling)) return false;
    if (
      killedBest !== EMPTY &&
      ((killedMin !== EMPTY && killedBest < killedMin) ||
        (killedMax !== EMPTY && killedBest > killedMax))
    )
      return false;

    if (!enumOk(DATE_PRECISION, ['exact', 'approximate'])) return false;
    if (!enumOk(VICTIMS, ['civilians', 'combatants', 'all', 'unknown'])) return false;
    if (incident ? !enumEmpty(TOTAL_TYPE) : !enumOk(TOTAL_TYPE, ['running', 'daily'])) return false;

    const idCell = cellAt(ID);
    if (esc[idCell] === 1) return false;
    const id = text.slice(cs[idCell], ce[idCell]);
    if (!ID_PATTERN.test(id)) return false;

    // requiredTextCell's rule: trimmed, never empty.
    const country = optionalText(COUNTRY, interned.countries);
    if (country === null) return false;

    const placeCell = cellAt(PLACE_ID);
    const placeRaw = value(placeCell);
    let placeId = interned.placeIds.get(placeRaw);
    if (placeId === undefined) {
      placeId = placeRaw.trim();
      if (placeId === '') return false;
      interned.placeIds.set(placeRaw, placeId);
    }

    const reportIds = list(interned.reportIds, REPORT_IDS);
    if (reportIds.length === 0) return false;

    const eventCell = cellAt(EVENT_TYPE);
    let eventType: string | null = null;
    if (cs[eventCell] !== ce[eventCell]) {
      const raw = value(eventCell);
      const known = interned.eventTypes.get(raw);
      if (known === undefined) {
        const trimmed = raw.trim();
        // Outside the closed list: the schema says why.
        if (trimmed !== '' && !EVENT_TYPES.has(trimmed)) return false;
        eventType = trimmed === '' ? null : trimmed;
        interned.eventTypes.set(raw, eventType);
      } else eventType = known;
    }

    out.id = id;
    out.kind = incident ? 'incident' : 'cumulative';
    out.dayStart = start === NO_DAY ? null : start;
    out.dayEnd = end === NO_DAY ? null : end;
    out.dayPeriodStart = period === NO_DAY ? null : period;
    out.placeId = placeId;
    out.killedMin = killedMin === EMPTY ? null : killedMin;
    out.killedMax = killedMax === EMPTY ? null : killedMax;
    out.childrenMin = childrenMin === EMPTY ? null : childrenMin;
    out.childrenMax = childrenMax === EMPTY ? null : childrenMax;
    out.eventType = eventType;
    out.admin1 = optionalText(ADMIN1, interned.admin1s);
    out.country = country;
    out.admin2 = optionalText(ADMIN2, interned.admin2s);
    out.reportIds = reportIds;
    out.attributedTo = list(interned.attributedTo, ATTRIBUTED_TO);
    out.coversIds = list(interned.coversIds, COVERS_IDS);
    out.supersedes = list(interned.supersedes, SUPERSEDES);
    return true;
  };

  const { file } = spec;
  const issues: RowIssue[] = [];
  const error = (row: number, column: string, message: string) => {
    issues.push({ file, row, column, message, severity: 'error' });
  };
  const rawOf = (cells: string[]) => (column: IncidentColumn) => {
    const k = at[COL(column)] as number;
    return k === -1 ? undefined : cells[k];
  };
  let rowsRead = 0;
  let accepted = 0;
  let slowRows = 0;
  while (pos < len) {
    if (!readRecord()) return accepted;
    const recordLine = line;
    line += newlines + (next > recordEnd ? 1 : 0);
    const recordStart = pos;
    pos = next;
    if (n === 1 && cs[0] === ce[0]) continue;
    rowsRead++;
    if (fastRow()) {
      out.index = accepted++;
      out.line = recordLine;
      out.start = recordStart;
      out.end = recordEnd;
      onRow(out);
      continue;
    }
    slowRows++;
    const cells: string[] = [];
    for (let k = 0; k < n; k++) cells.push(value(k));
    const incident = parseRow({ line: recordLine, cells }, header, spec, error);
    if (incident === undefined) continue;
    fillFromIncident(out, incident, n === width ? rawOf(cells) : () => undefined, interned);
    out.index = accepted++;
    out.line = recordLine;
    out.start = recordStart;
    out.end = recordEnd;
    onRow(out);
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
