import { toDayNumber } from '../model/dayNumber';
import {
  INCIDENT_COLUMNS,
  type Incident,
  type IncidentColumn,
  incidentRowSchema,
  OPTIONAL_INCIDENT_COLUMNS,
} from '../model/incident';
import type { IncidentRowFields, RecordSpan } from '../model/incidentRowFields';
import type { RowIssue } from '../model/rowIssue';
import type { TableSpec } from './parseTable';

/* What scanIncidentRows hands on, and the pieces its fast and schema paths share. */

/** ONE object is reused for every row: copy what you keep. */
export interface ScannedIncidentRow extends IncidentRowFields, RecordSpan {
  /** 0-based position among accepted rows, in file order. */
  index: number;
  dayPeriodStart: number | null;
  /** The admin1 cell as the schema gives it (trimmed, null when empty): cross-file checks read it. */
  admin1: string | null;
  /** The country and admin2 cells likewise (country never empty). */
  country: string;
  admin2: string | null;
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

export const EMPTY_LIST: readonly string[] = Object.freeze([]);

export const specFor = (file: string): TableSpec<Incident> => ({
  file,
  columns: INCIDENT_COLUMNS,
  optionalColumns: OPTIONAL_INCIDENT_COLUMNS,
  rowSchema: incidentRowSchema,
});

/** Values already computed for a raw cell, so that equal cells share one string or array. */
export interface Interned {
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

export const internList = (
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

export const createInterned = (): Interned => ({
  reportIds: new Map(),
  attributedTo: new Map(),
  coversIds: new Map(),
  supersedes: new Map(),
  placeIds: new Map(),
  eventTypes: new Map(),
  admin1s: new Map(),
  admin2s: new Map(),
  countries: new Map(),
});

const dayOfIso = (day: string | null): number | null => (day === null ? null : toDayNumber(day));
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

export const emptyRow = (): ScannedIncidentRow => ({
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
export const fillFromIncident = (
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
