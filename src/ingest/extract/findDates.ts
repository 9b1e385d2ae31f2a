import type { IsoDay } from '../../model/isoDay';
import {
  dayNumber,
  daysInMonth,
  isoDayToNumber,
  isValidDay,
  numberToIsoDay,
  weekdayOf,
} from './isoDayMath';
import { ONES, TENS } from './readQuantity';
import type { Token } from './tokenize';

/**
 * - `point`: something happened on a day or within a span ("on Sunday", "last week").
 * - `since`: a running total starts there ("since 27 November"); the span ends at publication.
 * - `period`: a counted span ending at publication ("over the past three days").
 * - `era`: a span too old or open to date a record ("since the war began", "in 2011").
 * - `statement`: the day a source spoke or the report was filed ("the monitor said on Monday",
 *   a dateline "BEIRUT, Dec 2 (Reuters) -"), not the day of the event. Set by readSentence.
 */
export type DateRole = 'point' | 'since' | 'period' | 'era' | 'statement';

export interface DateMention {
  role: DateRole;
  /** Token range [start, end). */
  start: number;
  end: number;
  dateStart: IsoDay | null;
  dateEnd: IsoDay | null;
  precision: 'exact' | 'approximate';
  /** "past 24 hours", "on Monday across the province": a one-day total. */
  daily: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
// "a week ago", "three days ago": the quantity reader's number words, plus the article.
const WORD_COUNTS: Record<string, number> = { a: 1, ...ONES, ...TENS };
const ERA_WORDS = new Set([
  'war',
  'conflict',
  'uprising',
  'revolution',
  'crisis',
  'civil',
  'protests',
  'fighting',
]);
/** Older than this many days before publication, a date belongs to background, not a record. */
export const HISTORY_DAYS = 366;

const isCapitalised = (t: Token | undefined): boolean =>
  !!t && t.text[0] !== undefined && t.text[0] !== t.text[0].toLowerCase();

interface Span {
  from: number;
  to: number;
  precision: 'exact' | 'approximate';
  end: number;
  /** A date after publication (or not a calendar day): skipped whole, never used. */
  rejected?: boolean;
}

/**
 * Finds date expressions in one sentence's tokens and resolves them against the publication
 * day. A resolved day is never after publication: a yearless "December 30" read in January is
 * last year's, and an explicit future date is dropped.
 */
export const findDates = (tokens: Token[], published: IsoDay): DateMention[] => {
  const pub = isoDayToNumber(published);
  const pubYear = Number(published.slice(0, 4));
  const pubMonth = Number(published.slice(5, 7));
  const mentions: DateMention[] = [];
  const lower = (k: number) => tokens[k]?.lower ?? '';

  const monthAt = (k: number): number | undefined => {
    const t = tokens[k];
    if (t?.type !== 'word' || !isCapitalised(t)) return undefined;
    return MONTHS[t.lower];
  };
  const dayAt = (k: number): { day: number; end: number } | undefined => {
    const t = tokens[k];
    if (t?.type !== 'number' || !Number.isInteger(t.value) || t.value < 1 || t.value > 31)
      return undefined;
    if (t.text.length > 2) return undefined;
    const suffix = tokens[k + 1];
    const ordinal = suffix && !suffix.spaceBefore && /^(st|nd|rd|th)$/.test(suffix.lower);
    return { day: t.value, end: ordinal ? k + 2 : k + 1 };
  };
  const yearAt = (k: number): number | undefined => {
    const t = tokens[k];
    if (t?.type !== 'number' || !/^\d{4}$/.test(t.text) || t.value < 1900 || t.value > 2100)
      return undefined;
    return t.value;
  };
  /** A yearless day takes the latest year that keeps it on or before publication. */
  const resolveDay = (month: number, day: number, year: number | undefined): number | null => {
    const y = year ?? (dayNumber(pubYear, month, Math.min(day, 28)) > pub ? pubYear - 1 : pubYear);
    if (!isValidDay(y, month, day)) return null;
    const n = dayNumber(y, month, day);
    return n > pub ? null : n;
  };

  /** One date expression at k, as a span of days, or undefined. */
  const readSpan = (k: number): Span | undefined => {
    const w = lower(k);
    // ISO 2024-11-27
    const isoYear = yearAt(k);
    if (isoYear !== undefined && tokens[k + 1]?.text === '-' && tokens[k + 3]?.text === '-') {
      const m = tokens[k + 2]?.value ?? 0;
      const d = tokens[k + 4]?.value ?? 0;
      if (isValidDay(isoYear, m, d) && !tokens[k + 2]?.spaceBefore) {
        const n = dayNumber(isoYear, m, d);
        return n <= pub ? { from: n, to: n, precision: 'exact', end: k + 5 } : undefined;
      }
    }
    // December 2, 2024 / Dec. 2 / November 2024 / November
    const month = monthAt(k);
    if (month !== undefined) {
      let j = k + 1;
      if (tokens[j]?.text === '.') j++;
      const d = dayAt(j);
      if (d) {
        let end = d.end;
        let year: number | undefined;
        const comma = tokens[end]?.text === ',' ? 1 : 0;
        const y = yearAt(end + comma);
        if (y !== undefined) {
          year = y;
          end += comma + 1;
        }
        const n = resolveDay(month, d.day, year);
        return n === null
          ? { from: 0, to: 0, precision: 'exact', end, rejected: true }
          : { from: n, to: n, precision: 'exact', end };
      }
      const y = yearAt(j);
      if (
        month === 5 &&
        y === undefined &&
        !['in', 'since', 'early', 'late', 'mid', 'of', 'during'].includes(lower(k - 1))
      )
        return undefined;
      const year = y ?? (month > pubMonth ? pubYear - 1 : pubYear);
      const from = dayNumber(year, month, 1);
      if (from > pub) return undefined;
      const to = Math.min(pub, from + daysInMonth(year, month) - 1);
      return { from, to, precision: 'approximate', end: y === undefined ? j : j + 1 };
    }
    // 2 December 2024 / 27 November / the 27th of November
    const d = dayAt(k);
    if (d) {
      const of = lower(d.end) === 'of' ? 1 : 0;
      const m = monthAt(d.end + of);
      if (m !== undefined) {
        let end = d.end + of + 1;
        const y = yearAt(end);
        if (y !== undefined) end++;
        const n = resolveDay(m, d.day, y);
        return n === null
          ? { from: 0, to: 0, precision: 'exact', end, rejected: true }
          : { from: n, to: n, precision: 'exact', end };
      }
      return undefined;
    }
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
          from: dayNumber(pubYear, pubMonth, 1),
          to: pub,
          precision: 'approximate',
          end: k + 2,
        };
      const y = pubMonth === 1 ? pubYear - 1 : pubYear;
      const m = pubMonth === 1 ? 12 : pubMonth - 1;
      const from = dayNumber(y, m, 1);
      return { from, to: from + daysInMonth(y, m) - 1, precision: 'approximate', end: k + 2 };
    }
    if ((w === 'last' || w === 'this') && lower(k + 1) === 'year') {
      const y = w === 'last' ? pubYear - 1 : pubYear;
      return {
        from: dayNumber(y, 1, 1),
        to: Math.min(pub, dayNumber(y, 12, 31)),
        precision: 'approximate',
        end: k + 2,
      };
    }
    // "three days ago", "a week ago"
    const count = tokens[k]?.type === 'number' ? tokens[k]?.value : WORD_COUNTS[w];
    const unit = lower(k + 1);
    if (count !== undefined && lower(k + 2) === 'ago' && Number.isInteger(count)) {
      if (unit === 'day' || unit === 'days')
        return { from: pub - count, to: pub - count, precision: 'exact', end: k + 3 };
      if (unit === 'week' || unit === 'weeks')
        return { from: pub - 7 * count, to: pub - 7 * count, precision: 'approximate', end: k + 3 };
    }
    // A bare year: "in 2011", "since 2020"
    const year = yearAt(k);
    if (
      year !== undefined &&
      ['in', 'since', 'of', 'from', 'during', 'until', 'by'].includes(lower(k - 1))
    ) {
      const from = dayNumber(year, 1, 1);
      if (from > pub) return undefined;
      return {
        from,
        to: Math.min(pub, dayNumber(year, 12, 31)),
        precision: 'approximate',
        end: k + 1,
      };
    }
    return undefined;
  };

  const push = (
    role: DateRole,
    start: number,
    end: number,
    span: { from: number | null; to: number | null },
    precision: 'exact' | 'approximate',
    daily = false,
  ) => {
    const old = span.from !== null && span.from < pub - HISTORY_DAYS;
    mentions.push({
      role: old ? 'era' : role,
      start,
      end,
      dateStart: span.from === null ? null : numberToIsoDay(span.from),
      dateEnd: span.to === null ? null : numberToIsoDay(span.to),
      precision,
      daily,
    });
  };

  let k = 0;
  while (k < tokens.length) {
    const w = lower(k);
    // "over the past three days", "in the last 24 hours", "the past week"
    if (
      (w === 'past' || w === 'last' || w === 'recent' || w === 'previous') &&
      k + 1 < tokens.length
    ) {
      let j = k + 1;
      const countWord = lower(j);
      let count: number | undefined =
        tokens[j]?.type === 'number' ? tokens[j]?.value : WORD_COUNTS[countWord];
      if (countWord === 'few' || countWord === 'several') count = Number.NaN;
      if (count !== undefined) j++;
      const unit = lower(j);
      const units: Record<string, number> = {
        day: 1,
        days: 1,
        week: 7,
        weeks: 7,
        month: 30,
        months: 30,
        hours: 0,
        hour: 0,
      };
      const size = units[unit];
      if (
        size !== undefined &&
        (count !== undefined || ['day', 'week', 'month', 'days'].includes(unit))
      ) {
        if (w === 'last' && count === undefined && unit !== 'days') {
          // "last week" / "last month" are calendar spans, read below.
        } else {
          const start =
            ['over', 'in', 'during', 'within', 'for'].includes(lower(k - 2)) &&
            lower(k - 1) === 'the'
              ? k - 2
              : lower(k - 1) === 'the'
                ? k - 1
                : k;
          if (size === 0) {
            push('period', start, j + 1, { from: pub - 1, to: pub }, 'approximate', true);
          } else if (count === undefined || Number.isNaN(count)) {
            // "recent days", "the past few days": a period with no stated start.
            push('period', start, j + 1, { from: null, to: pub }, 'approximate');
          } else {
            const days = size * count;
            push(
              'period',
              start,
              j + 1,
              { from: pub - days + 1, to: pub },
              size === 1 ? 'exact' : 'approximate',
            );
          }
          k = j + 1;
          continue;
        }
      }
    }
    // "since the war began", "since the start of the uprising", "since the beginning of the year"
    if (w === 'since' && (lower(k + 1) === 'the' || lower(k + 1) === 'its')) {
      let j = k + 2;
      if (
        (lower(j) === 'start' || lower(j) === 'beginning' || lower(j) === 'outbreak') &&
        lower(j + 1) === 'of'
      )
        j += 2;
      if (lower(j) === 'the') j++;
      if (lower(j) === 'civil') j++;
      if (ERA_WORDS.has(lower(j))) {
        let end = j + 1;
        if (['began', 'started', 'erupted', 'broke'].includes(lower(end))) end++;
        if (lower(end) === 'out') end++;
        const y = yearAt(end + 1);
        if (lower(end) === 'in' && y !== undefined) end += 2;
        push('era', k, end, { from: null, to: null }, 'approximate');
        k = end;
        continue;
      }
      if (lower(j) === 'year' || lower(j) === 'month') {
        const from =
          lower(j) === 'year' ? dayNumber(pubYear, 1, 1) : dayNumber(pubYear, pubMonth, 1);
        push('since', k, j + 1, { from, to: pub }, 'exact');
        k = j + 1;
        continue;
      }
      if (
        ['offensive', 'escalation', 'assault', 'campaign', 'attack', 'operation'].includes(lower(j))
      ) {
        push('since', k, j + 1, { from: null, to: pub }, 'approximate');
        k = j + 1;
        continue;
      }
    }
    const isSince = w === 'since';
    const at = isSince ? k + 1 : k;
    const span = readSpan(at);
    if (!span) {
      k++;
      continue;
    }
    if (span.rejected) {
      k = span.end;
      continue;
    }
    let { from, to, precision, end } = span;
    // "from 27 November to 2 December", "between 27 November and 2 December", "27-30 November"
    const joiner = lower(end);
    if (
      joiner === 'to' ||
      joiner === 'until' ||
      joiner === 'and' ||
      joiner === '-' ||
      joiner === '–'
    ) {
      const second = readSpan(end + 1);
      if (
        second &&
        !second.rejected &&
        second.to >= from &&
        (joiner !== 'and' || lower(at - 1) === 'between')
      ) {
        to = second.to;
        end = second.end;
        precision = 'exact';
        const first = lower(at - 1) === 'from' || lower(at - 1) === 'between' ? at - 1 : at;
        push('period', first, end, { from, to }, precision);
        k = end;
        continue;
      }
    }
    if (isSince)
      push('since', k, end, { from, to: pub }, precision === 'exact' ? 'exact' : 'approximate');
    else push('point', at, end, { from, to }, precision);
    k = end;
  }
  return mentions;
};
