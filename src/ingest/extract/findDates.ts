import { daysFromCivil, fromDayNumber, toDayNumber } from '../../model/dayNumber';
import type { IsoDay } from '../../model/isoDay';
import { type DateScan, push, yearAt } from './dateScan';
import { ERA_WORDS, WORD_COUNTS } from './dateWords';
import { readSpan } from './readDateSpan';
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

/**
 * Finds date expressions in one sentence's tokens and resolves them against the publication
 * day. A resolved day is never after publication: a yearless "December 30" read in January is
 * last year's, and an explicit future date is dropped.
 */
export const findDates = (tokens: Token[], published: IsoDay): DateMention[] => {
  const s: DateScan = {
    tokens,
    pub: toDayNumber(published),
    pubYear: Number(published.slice(0, 4)),
    pubMonth: Number(published.slice(5, 7)),
    lower: (k: number) => tokens[k]?.lower ?? '',
    mentions: [],
  };
  let k = 0;
  while (k < tokens.length) {
    k = readRecentPeriod(s, k) ?? readSinceDawn(s, k) ?? readSinceEra(s, k) ?? readDated(s, k);
  }
  sinceClauses(s);
  return s.mentions;
};

/** How far back from a date "since" may open its clause ("since the outbreak of the war … on April 15"). */
const SINCE_REACH = 14;

/**
 * "Since hostilities escalated on 26 November", "since the outbreak of the war … on April 15":
 * a day inside a clause that "since" opens starts a running total, as "since 26 November" does.
 */
const sinceClauses = (s: DateScan) => {
  const { tokens, pub } = s;
  const dropped = new Set<DateMention>();
  // Looked up by where each ends: a search per token would make a sentence of many dates quadratic.
  const endingAt = new Map(s.mentions.map((o) => [o.end, o]));
  for (const m of s.mentions) {
    if (m.role !== 'point') continue;
    for (let j = m.start - 1; j >= 0 && j >= m.start - SINCE_REACH; j--) {
      const w = tokens[j]?.lower ?? '';
      const found = endingAt.get(j + 1);
      const before = found === m ? undefined : found;
      // "since the outbreak of the war … on April 15": the war's start, now dated.
      const undatedEra = before?.role === 'era' && before.dateStart === null;
      if (w === '.' || w === ';' || (before && !undatedEra)) break;
      if (w !== 'since' && !undatedEra) continue;
      if (before && undatedEra) {
        if (tokens[before.start]?.lower !== 'since') break;
        dropped.add(before);
      }
      m.role = 'since';
      m.start = before && undatedEra ? before.start : j;
      m.dateEnd = fromDayNumber(pub);
      break;
    }
  }
  if (dropped.size > 0) s.mentions = s.mentions.filter((m) => !dropped.has(m));
};

/** "since dawn", "since this morning (today)": one day's total, from the start of that day. */
const readSinceDawn = (s: DateScan, k: number): number | null => {
  const { pub, lower } = s;
  if (lower(k) !== 'since') return null;
  let j = k + 1;
  if (lower(j) === 'this') j++;
  if (!['dawn', 'midnight', 'morning', 'daybreak'].includes(lower(j))) return null;
  j++;
  if (lower(j) === 'today') j++;
  push(s, 'period', k, j, { from: pub, to: pub }, 'exact', true);
  return j;
};

/** "over the past three days", "in the last 24 hours", "the past week": the next token, or null. */
const readRecentPeriod = (s: DateScan, k: number): number | null => {
  const { tokens, pub, lower } = s;
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
          ['over', 'in', 'during', 'within', 'for'].includes(lower(k - 2)) && lower(k - 1) === 'the'
            ? k - 2
            : lower(k - 1) === 'the'
              ? k - 1
              : k;
        if (size === 0) {
          push(s, 'period', start, j + 1, { from: pub - 1, to: pub }, 'approximate', true);
        } else if (count === undefined || Number.isNaN(count)) {
          // "recent days", "the past few days": a period with no stated start.
          push(s, 'period', start, j + 1, { from: null, to: pub }, 'approximate');
        } else {
          const days = size * count;
          push(
            s,
            'period',
            start,
            j + 1,
            { from: pub - days + 1, to: pub },
            size === 1 ? 'exact' : 'approximate',
          );
        }
        return j + 1;
      }
    }
  }
  return null;
};

/**
 * "since the war began", "since the start of the uprising", "since the beginning of the year":
 * the next token, or null when there is none here.
 */
const readSinceEra = (s: DateScan, k: number): number | null => {
  const { pub, pubYear, pubMonth, lower } = s;
  const w = lower(k);
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
      const y = yearAt(s, end + 1);
      if (lower(end) === 'in' && y !== undefined) end += 2;
      push(s, 'era', k, end, { from: null, to: null }, 'approximate');
      return end;
    }
    if (lower(j) === 'year' || lower(j) === 'month') {
      const from =
        lower(j) === 'year' ? daysFromCivil(pubYear, 1, 1) : daysFromCivil(pubYear, pubMonth, 1);
      push(s, 'since', k, j + 1, { from, to: pub }, 'exact');
      return j + 1;
    }
    if (
      ['offensive', 'escalation', 'assault', 'campaign', 'attack', 'operation'].includes(lower(j))
    ) {
      push(s, 'since', k, j + 1, { from: null, to: pub }, 'approximate');
      return j + 1;
    }
  }
  return null;
};

/**
 * A day or span ("on Sunday", "since 27 November", "from 27 November to 2 December", "27-30
 * November"): pushed as a point, a since or a period; returns the next token.
 */
const readDated = (s: DateScan, k: number): number => {
  const { pub, lower } = s;
  const w = lower(k);
  const isSince = w === 'since';
  const at = isSince ? k + 1 : k;
  const span = readSpan(s, at);
  if (!span) {
    return k + 1;
  }
  if (span.rejected) {
    return span.end;
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
    const second = readSpan(s, end + 1);
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
      push(s, 'period', first, end, { from, to }, precision);
      return end;
    }
  }
  if (isSince)
    push(s, 'since', k, end, { from, to: pub }, precision === 'exact' ? 'exact' : 'approximate');
  else push(s, 'point', at, end, { from, to }, precision);
  return end;
};
