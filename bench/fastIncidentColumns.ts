/**
 * BENCH-ONLY fast path: incidents.csv text → IncidentColumns without building Incident objects
 * or running zod per row. The app does NOT use it (it parses with parseTable + incidentRowSchema,
 * then toColumns). It exists to show what loading could cost in a Worker, and it is not a
 * shortcut around validation: every cell it reads is checked with the rules of
 * incidentRowSchema (counts, calendar days, kind, min ≤ max, children ≤ killed, dates in order,
 * ids), and a failing row is left out and counted, as parseTable does. It does not check the
 * cells it does not read (notes, report ids' existence, places' admin1), so before it could
 * replace parseTable it would need those checks and RowIssue messages of its own.
 */
import type { IncidentColumns } from '../src/analysis/columns/incidentColumns';
import {
  type ColumnRow,
  createColumnsBuilder,
  NO_DAY,
} from '../src/analysis/columns/incidentColumns';
import type { Gazetteer } from '../src/analysis/gazetteer';
import type { Report } from '../src/model/report';

export interface FastLoad {
  columns: IncidentColumns;
  rejectedRows: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const digit = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
};

/** A real calendar day as YYYY-MM-DD → day number; '' → NO_DAY; anything else → NaN. */
const readDay = (cell: string): number => {
  if (cell === '') return NO_DAY;
  if (cell.length !== 10 || cell[4] !== '-' || cell[7] !== '-') return Number.NaN;
  const y = digit(cell, 0) * 1000 + digit(cell, 1) * 100 + digit(cell, 2) * 10 + digit(cell, 3);
  const m = digit(cell, 5) * 10 + digit(cell, 6);
  const d = digit(cell, 8) * 10 + digit(cell, 9);
  if (y < 0 || m < 1 || m > 12 || d < 1) return Number.NaN;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
  if (d > max) return Number.NaN;
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
};

/** countCell: whole number of 1–9 digits (spaces around allowed), '' → null, else NaN. */
const readCount = (cell: string): number | null => {
  const s = cell.trim();
  if (s === '') return null;
  if (s.length > 9) return Number.NaN;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = digit(s, i);
    if (c < 0) return Number.NaN;
    v = v * 10 + c;
  }
  return v;
};

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const list = (cell: string): string[] =>
  cell
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * Splits CSV text into records of cells (RFC 4180: quoted cells may hold commas, quotes and
 * line breaks) and calls `row` with each; cells are reused between calls.
 */
const forEachCsvRecord = (text: string, row: (cells: string[], count: number) => void): void => {
  const cells: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    let count = 0;
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === 34) {
        // Quoted: read to the closing quote, undoubling "" inside.
        let j = i + 1;
        let value = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) {
            value += text.slice(j);
            i = n;
            break;
          }
          value += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            j = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        cell = value;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          j++;
        }
        cell = text.slice(i, j);
        i = j;
      }
      cells[count++] = cell;
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      if (c === 13) i++;
      if (text.charCodeAt(i) === 10) i++;
      break;
    }
    if (!(count === 1 && cells[0] === '')) row(cells, count);
  }
};

export const fastIncidentColumns = (
  text: string,
  gazetteer: Gazetteer,
  reportsById: ReadonlyMap<string, Report>,
): FastLoad => {
  // Rows ≤ line breaks: a safe capacity without a second pass.
  let capacity = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) capacity++;
  const builder = createColumnsBuilder(capacity + 1, gazetteer);
  let header: string[] | null = null;
  const col = new Map<string, number>();
  let rejectedRows = 0;
  const sourcesOfReports = new Map<string, string[]>();
  const row: ColumnRow = {
    id: '',
    kind: 'incident',
    dayStart: NO_DAY,
    dayEnd: NO_DAY,
    placeId: '',
    killedMin: null,
    killedMax: null,
    childrenMin: null,
    childrenMax: null,
    eventType: null,
    sources: [],
    coversIds: [],
  };
  let at: Record<string, number> = {};
  forEachCsvRecord(text, (cells, count) => {
    if (header === null) {
      header = cells.slice(0, count).map((c) => c.trim());
      header.forEach((name, i) => {
        col.set(name, i);
      });
      at = Object.fromEntries(col);
      return;
    }
    const cell = (name: string): string => {
      const i = at[name];
      return i === undefined ? '' : (cells[i] ?? '');
    };
    if (count !== header.length) {
      rejectedRows++;
      return;
    }
    const id = cell('id');
    const kind = cell('kind');
    const start = readDay(cell('date_start'));
    const end = readDay(cell('date_end'));
    const period = readDay(cell('period_start'));
    const placeId = cell('place_id').trim();
    const killedMin = readCount(cell('killed_min'));
    const killedMax = readCount(cell('killed_max'));
    const childrenMin = readCount(cell('children_min'));
    const childrenMax = readCount(cell('children_max'));
    const reportIds = list(cell('report_ids'));
    const bad =
      !ID.test(id) ||
      (kind !== 'incident' && kind !== 'cumulative') ||
      Number.isNaN(start) ||
      Number.isNaN(end) ||
      Number.isNaN(period) ||
      placeId === '' ||
      cell('country').trim() === '' ||
      reportIds.length === 0 ||
      Number.isNaN(killedMin) ||
      Number.isNaN(killedMax) ||
      Number.isNaN(childrenMin) ||
      Number.isNaN(childrenMax) ||
      (kind === 'incident' && (start === NO_DAY || end === NO_DAY || period !== NO_DAY)) ||
      (start !== NO_DAY && end !== NO_DAY && end < start) ||
      (period !== NO_DAY && end !== NO_DAY && end < period) ||
      (killedMin === null && killedMax !== null) ||
      (killedMin !== null && killedMax !== null && killedMin > killedMax) ||
      (childrenMin === null && childrenMax !== null) ||
      (childrenMin !== null && childrenMax !== null && childrenMin > childrenMax) ||
      (childrenMin !== null &&
        (killedMin === null ||
          (killedMax !== null && childrenMin > killedMax) ||
          (killedMax === null && childrenMin > killedMin)));
    if (bad) {
      rejectedRows++;
      return;
    }
    const eventType = cell('event_type').trim();
    const attributed = list(cell('attributed_to'));
    let sources = attributed;
    if (attributed.length === 0) {
      const key = reportIds.join('|');
      let cached = sourcesOfReports.get(key);
      if (cached === undefined) {
        const names = new Set<string>();
        for (const r of reportIds)
          for (const s of reportsById.get(r)?.attributedTo ?? []) names.add(s);
        cached = [...names];
        sourcesOfReports.set(key, cached);
      }
      sources = cached;
    }
    row.id = id;
    row.kind = kind;
    row.dayStart = start;
    row.dayEnd = end;
    row.placeId = placeId;
    row.killedMin = killedMin;
    row.killedMax = killedMax;
    row.childrenMin = childrenMin;
    row.childrenMax = childrenMax;
    row.eventType = eventType === '' ? null : eventType;
    row.sources = sources;
    row.coversIds = kind === 'cumulative' ? list(cell('covers_ids')) : [];
    builder.add(row);
  });
  return { columns: builder.finish(), rejectedRows };
};
