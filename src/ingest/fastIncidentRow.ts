import { daysFromCivil } from '../model/dayNumber';
import { EVENT_TYPES } from '../model/eventTypes';
import { INCIDENT_COLUMNS, type IncidentColumn } from '../model/incident';
import type { IncidentRecordTokenizer } from './incidentRecordTokenizer';
import {
  EMPTY_LIST,
  type Interned,
  internList,
  type ScannedIncidentRow,
} from './scannedIncidentRow';

/*
 * The fast path's verdict on one record: the whole of incidentRowSchema for a row whose cells
 * are in canonical shape, read straight from the tokenizer's offsets.
 */

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
const LATITUDE = COL('latitude');
const LONGITUDE = COL('longitude');
const COORD_PRECISION = COL('coord_precision');

/** idCell's pattern. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** Cell readers' verdicts besides a value: empty cell, or "let the schema decide". */
const EMPTY = -1;
const UNSURE = -2;
/** The coordinate reader's "let the schema decide" (no coordinate is this large). */
const NOT_COORDINATE = 1000;
/** Day readers' verdicts (day numbers may be negative). */
const NO_DAY = -1e9;
const UNSURE_DAY = -2e9;

/**
 * `fastRow()` reads the tokenizer's current record: fills `out` and returns true when the schema
 * would certainly accept it, false as soon as a cell or rule is not certainly accepted. `at`
 * says where each of INCIDENT_COLUMNS sits in a record (−1: absent).
 */
export const createFastRow = (
  tok: IncidentRecordTokenizer,
  at: Int32Array,
  width: number,
  interned: Interned,
  out: ScannedIncidentRow,
): (() => boolean) => {
  const text = tok.text;
  // The tokenizer's cell arrays, taken again for each record (they grow for wide records).
  let cs = tok.cs;
  let ce = tok.ce;
  let esc = tok.esc;
  const value = (k: number): string => tok.value(k);
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

  /**
   * coordinateCell, for a plain decimal within ±limit (`-35.93`, `7`); NaN when absent or empty,
   * NOT_COORDINATE for anything else.
   */
  const coordinate = (column: number, limit: number): number => {
    const k = cellAt(column);
    if (k === -1) return Number.NaN;
    let p = cs[k] as number;
    const e = ce[k] as number;
    if (p === e) return Number.NaN;
    if (text.charCodeAt(p) === 45) p++;
    const digitsStart = p;
    while (p < e && digit(p) >= 0) p++;
    const whole = p - digitsStart;
    if (whole < 1 || whole > 3) return NOT_COORDINATE;
    if (p < e) {
      if (text.charCodeAt(p) !== 46) return NOT_COORDINATE;
      const fraction = ++p;
      while (p < e && digit(p) >= 0) p++;
      if (p === fraction || p < e) return NOT_COORDINATE;
    }
    const v = Number(text.slice(cs[k], e));
    return Math.abs(v) <= limit ? v : NOT_COORDINATE;
  };

  /** Both coordinates or neither, each in range; a precision (1–7) only with a point. */
  const coordinatesOk = (): boolean => {
    const lat = coordinate(LATITUDE, 90);
    const lon = coordinate(LONGITUDE, 180);
    if (lat === NOT_COORDINATE || lon === NOT_COORDINATE || Number.isNaN(lat) !== Number.isNaN(lon))
      return false;
    const k = cellAt(COORD_PRECISION);
    if (k === -1 || cs[k] === ce[k]) return true;
    const d = (ce[k] as number) - (cs[k] as number) === 1 ? digit(cs[k] as number) : -1;
    return d >= 1 && d <= 7 && !Number.isNaN(lat);
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
  return (): boolean => {
    cs = tok.cs;
    ce = tok.ce;
    esc = tok.esc;
    if (tok.n !== width) return false;
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

    if (!coordinatesOk()) return false;
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
};
