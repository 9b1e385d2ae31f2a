import { daysFromCivil } from '../../model/dayNumber';
import {
  type DateScan,
  dayAt,
  isCapitalised,
  monthAt,
  resolveDay,
  type Span,
  yearAt,
} from './dateScan';
import { WEEKDAYS, WORD_COUNTS } from './dateWords';
import { daysInMonth, isValidDay, weekdayOf } from './isoDayMath';

/*
 * One date expression at a token, as a span of days on or before publication: an ISO day, a
 * month and day either way round, a weekday or "yesterday", a calendar week, weekend, month or
 * year, "three days ago", or a bare year after "in" or "since".
 */

/** One date expression at k, as a span of days, or undefined. */
export const readSpan = (s: DateScan, k: number): Span | undefined => {
  const iso = readIsoDay(s, k);
  if (iso) return iso;
  if (monthAt(s, k) !== undefined) return readMonthFirst(s, k);
  if (dayAt(s, k)) return readDayFirst(s, k);
  return readRelativeDay(s, k) ?? readCalendarSpan(s, k) ?? readAgo(s, k) ?? readBareYear(s, k);
};

/** ISO 2024-11-27. */
const readIsoDay = (s: DateScan, k: number): Span | undefined => {
  const { tokens, pub } = s;
  // ISO 2024-11-27
  const isoYear = yearAt(s, k);
  if (isoYear !== undefined && tokens[k + 1]?.text === '-' && tokens[k + 3]?.text === '-') {
    const m = tokens[k + 2]?.value ?? 0;
    const d = tokens[k + 4]?.value ?? 0;
    if (isValidDay(isoYear, m, d) && !tokens[k + 2]?.spaceBefore) {
      const n = daysFromCivil(isoYear, m, d);
      return n <= pub ? { from: n, to: n, precision: 'exact', end: k + 5 } : undefined;
    }
  }
  return undefined;
};

/** December 2, 2024 / Dec. 2 / November 2024 / November. */
const readMonthFirst = (s: DateScan, k: number): Span | undefined => {
  const { tokens, pub, pubYear, pubMonth, lower } = s;
  // December 2, 2024 / Dec. 2 / November 2024 / November
  const month = monthAt(s, k);
  if (month !== undefined) {
    let j = k + 1;
    if (tokens[j]?.text === '.') j++;
    const d = dayAt(s, j);
    if (d) {
      let end = d.end;
      let year: number | undefined;
      const comma = tokens[end]?.text === ',' ? 1 : 0;
      const y = yearAt(s, end + comma);
      if (y !== undefined) {
        year = y;
        end += comma + 1;
      }
      const n = resolveDay(s, month, d.day, year);
      return n === null
        ? { from: 0, to: 0, precision: 'exact', end, rejected: true }
        : { from: n, to: n, precision: 'exact', end };
    }
    const y = yearAt(s, j);
    if (
      month === 5 &&
      y === undefined &&
      !['in', 'since', 'early', 'late', 'mid', 'of', 'during'].includes(lower(k - 1))
    )
      return undefined;
    const year = y ?? (month > pubMonth ? pubYear - 1 : pubYear);
    const from = daysFromCivil(year, month, 1);
    if (from > pub) return undefined;
    const to = Math.min(pub, from + daysInMonth(year, month) - 1);
    return { from, to, precision: 'approximate', end: y === undefined ? j : j + 1 };
  }
  return undefined;
};

/** 2 December 2024 / 27 November / the 27th of November. */
const readDayFirst = (s: DateScan, k: number): Span | undefined => {
  const { lower } = s;
  // 2 December 2024 / 27 November / the 27th of November
  const d = dayAt(s, k);
  if (d) {
    const of = lower(d.end) === 'of' ? 1 : 0;
    const m = monthAt(s, d.end + of);
    if (m !== undefined) {
      let end = d.end + of + 1;
      const y = yearAt(s, end);
      if (y !== undefined) end++;
      const n = resolveDay(s, m, d.day, y);
      return n === null
        ? { from: 0, to: 0, precision: 'exact', end, rejected: true }
        : { from: n, to: n, precision: 'exact', end };
    }
    return undefined;
  }
  return undefined;
};

/** Sunday, last Sunday, yesterday, today, overnight, this morning, last night. */
const readRelativeDay = (s: DateScan, k: number): Span | undefined => {
  const { tokens, pub, lower } = s;
  const w = lower(k);
  // Sunday, last Sunday, Sunday night
  const weekday = isCapitalised(tokens[k]) ? WEEKDAYS[w] : undefined;
  if (weekday !== undefined) {
    const strict = lower(k - 1) === 'last' || lower(k - 1) === 'since';
    let n = pub - ((weekdayOf(pub) - weekday + 7) % 7);
    if (strict && n === pub) n -= 7;
    return { from: n, to: n, precision: 'exact', end: k + 1 };
  }
  if (w === 'yesterday') return { from: pub - 1, to: pub - 1, precision: 'exact', end: k + 1 };
  if (w === 'today' || w === 'tonight')
    return { from: pub, to: pub, precision: 'exact', end: k + 1 };
  if (w === 'overnight') return { from: pub - 1, to: pub, precision: 'approximate', end: k + 1 };
  if (w === 'this' && ['morning', 'afternoon', 'evening'].includes(lower(k + 1)))
    return { from: pub, to: pub, precision: 'exact', end: k + 2 };
  if (w === 'last' && (lower(k + 1) === 'night' || lower(k + 1) === 'evening'))
    return { from: pub - 1, to: pub, precision: 'approximate', end: k + 2 };
  return undefined;
};

/** Last or this week, weekend, month or year. */
const readCalendarSpan = (s: DateScan, k: number): Span | undefined => {
  const { pub, pubYear, pubMonth, lower } = s;
  const w = lower(k);
  const monday = pub - ((weekdayOf(pub) + 6) % 7);
  if ((w === 'last' || w === 'this') && lower(k + 1) === 'week')
    return w === 'last'
      ? { from: monday - 7, to: monday - 1, precision: 'approximate', end: k + 2 }
      : { from: monday, to: pub, precision: 'approximate', end: k + 2 };
  if ((w === 'the' || w === 'this') && lower(k + 1) === 'weekend') {
    // the latest Saturday–Sunday on or before publication
    const sunday = pub - weekdayOf(pub);
    const from = weekdayOf(pub) === 6 ? pub : sunday - 1;
    return { from, to: Math.min(pub, from + 1), precision: 'approximate', end: k + 2 };
  }
  if (w === 'last' && lower(k + 1) === 'weekend')
    return { from: monday - 2, to: monday - 1, precision: 'approximate', end: k + 2 };
  if ((w === 'last' || w === 'this') && lower(k + 1) === 'month') {
    if (w === 'this')
      return {
        from: daysFromCivil(pubYear, pubMonth, 1),
        to: pub,
        precision: 'approximate',
        end: k + 2,
      };
    const y = pubMonth === 1 ? pubYear - 1 : pubYear;
    const m = pubMonth === 1 ? 12 : pubMonth - 1;
    const from = daysFromCivil(y, m, 1);
    return { from, to: from + daysInMonth(y, m) - 1, precision: 'approximate', end: k + 2 };
  }
  if ((w === 'last' || w === 'this') && lower(k + 1) === 'year') {
    const y = w === 'last' ? pubYear - 1 : pubYear;
    return {
      from: daysFromCivil(y, 1, 1),
      to: Math.min(pub, daysFromCivil(y, 12, 31)),
      precision: 'approximate',
      end: k + 2,
    };
  }
  return undefined;
};

/** "three days ago", "a week ago". */
const readAgo = (s: DateScan, k: number): Span | undefined => {
  const { tokens, pub, lower } = s;
  const w = lower(k);
  // "three days ago", "a week ago"
  const count = tokens[k]?.type === 'number' ? tokens[k]?.value : WORD_COUNTS[w];
  const unit = lower(k + 1);
  if (count !== undefined && lower(k + 2) === 'ago' && Number.isInteger(count)) {
    if (unit === 'day' || unit === 'days')
      return { from: pub - count, to: pub - count, precision: 'exact', end: k + 3 };
    if (unit === 'week' || unit === 'weeks')
      return { from: pub - 7 * count, to: pub - 7 * count, precision: 'approximate', end: k + 3 };
  }
  return undefined;
};

/** A bare year: "in 2011", "since 2020". */
const readBareYear = (s: DateScan, k: number): Span | undefined => {
  const { pub, lower } = s;
  // A bare year: "in 2011", "since 2020"
  const year = yearAt(s, k);
  if (
    year !== undefined &&
    ['in', 'since', 'of', 'from', 'during', 'until', 'by'].includes(lower(k - 1))
  ) {
    const from = daysFromCivil(year, 1, 1);
    if (from > pub) return undefined;
    return {
      from,
      to: Math.min(pub, daysFromCivil(year, 12, 31)),
      precision: 'approximate',
      end: k + 1,
    };
  }
  return undefined;
};
