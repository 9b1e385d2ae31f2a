import { expect } from 'vitest';
import { parseTable } from '../../src/ingest/parseTable';
import { type ScannedIncidentRow, scanIncidentRows } from '../../src/ingest/scanIncidentRows';
import {
  INCIDENT_COLUMNS,
  type Incident,
  incidentRowSchema,
  OPTIONAL_INCIDENT_COLUMNS,
} from '../../src/model/incident';

/** Shared by the scanner's tests: its verdict compared with parseTable's, value for value. */

export const FILE = 'incidents.csv';
export const SPEC = {
  file: FILE,
  columns: INCIDENT_COLUMNS,
  optionalColumns: OPTIONAL_INCIDENT_COLUMNS,
  rowSchema: incidentRowSchema,
};

/** Days since 1970-01-01; setUTCFullYear, since Date.UTC would read year 1 as 1901. */
const dayOf = (day: string | null): number | null => {
  if (day === null) return null;
  const date = new Date(0);
  date.setUTCFullYear(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
  );
  return date.getTime() / 86_400_000;
};

export type ScannedValues = Omit<ScannedIncidentRow, 'start' | 'end'>;

/** What the scanner must give for a record parseTable accepted (dates as day numbers). */
export const expectedValues = (record: Incident, index: number, line: number): ScannedValues => ({
  index,
  line,
  id: record.id,
  kind: record.kind,
  dayStart: dayOf(record.dateStart),
  dayEnd: dayOf(record.dateEnd),
  dayPeriodStart: dayOf(record.periodStart),
  placeId: record.placeId,
  country: record.country,
  admin2: record.admin2,
  killedMin: record.killedMin,
  killedMax: record.killedMax,
  childrenMin: record.childrenMin,
  childrenMax: record.childrenMax,
  eventType: record.eventType,
  admin1: record.admin1,
  reportIds: record.reportIds,
  attributedTo: record.attributedTo,
  coversIds: record.coversIds,
  supersedes: record.supersedes,
});

/** Every row the scanner hands on, copied (it reuses one object). */
export const scan = (text: string) => {
  const rows: ScannedIncidentRow[] = [];
  const result = scanIncidentRows(text, FILE, (row) => rows.push({ ...row }));
  return { result, rows };
};

/** The scanner's verdict on `text` is parseTable's, value for value; returns both. */
export const expectSameAsParseTable = (text: string) => {
  const parsed = parseTable(text, SPEC);
  const { result, rows } = scan(text);
  expect(result.issues).toEqual(parsed.issues);
  expect(result.rowsRead).toBe(parsed.rowsRead);
  expect(result.accepted).toBe(parsed.records.length);
  expect(rows.map(({ start: _s, end: _e, ...values }) => values)).toEqual(
    parsed.records.map((r, i) => expectedValues(r.record, i, r.line)),
  );
  return { result, rows, parsed };
};
