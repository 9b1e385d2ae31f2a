import { daysFromCivil, fromDayNumber } from '../../model/dayNumber';
import { MONTHS } from './dateWords';
import type { DateMention, DateRole } from './findDates';
import { isValidDay } from './isoDayMath';
import type { Token } from './tokenize';

/*
 * One sentence's tokens read for dates against the publication day, with the pieces every date
 * reader shares: a month, a day of the month, a year, and a day resolved to on or before
 * publication.
 */

/** Older than this many days before publication, a date belongs to background, not a record. */
export const HISTORY_DAYS = 366;

export interface DateScan {
  tokens: Token[];
  /** The publication day as a day number, and its year and month. */
  pub: number;
  pubYear: number;
  pubMonth: number;
  lower: (k: number) => string;
  mentions: DateMention[];
}

export interface Span {
  from: number;
  to: number;
  precision: 'exact' | 'approximate';
  end: number;
  /** A date after publication (or not a calendar day): skipped whole, never used. */
  rejected?: boolean;
}

export const isCapitalised = (t: Token | undefined): boolean =>
  !!t && t.text[0] !== undefined && t.text[0] !== t.text[0].toLowerCase();

export const monthAt = (s: DateScan, k: number): number | undefined => {
  const { tokens } = s;
  const t = tokens[k];
  if (t?.type !== 'word' || !isCapitalised(t)) return undefined;
  return MONTHS[t.lower];
};

export const dayAt = (s: DateScan, k: number): { day: number; end: number } | undefined => {
  const { tokens } = s;
  const t = tokens[k];
  if (t?.type !== 'number' || !Number.isInteger(t.value) || t.value < 1 || t.value > 31)
    return undefined;
  if (t.text.length > 2) return undefined;
  const suffix = tokens[k + 1];
  const ordinal = suffix && !suffix.spaceBefore && /^(st|nd|rd|th)$/.test(suffix.lower);
  return { day: t.value, end: ordinal ? k + 2 : k + 1 };
};

export const yearAt = (s: DateScan, k: number): number | undefined => {
  const { tokens } = s;
  const t = tokens[k];
  if (t?.type !== 'number' || !/^\d{4}$/.test(t.text) || t.value < 1900 || t.value > 2100)
    return undefined;
  return t.value;
};

/** A yearless day takes the latest year that keeps it on or before publication. */
export const resolveDay = (
  s: DateScan,
  month: number,
  day: number,
  year: number | undefined,
): number | null => {
  const { pub, pubYear } = s;
  const y =
    year ?? (daysFromCivil(pubYear, month, Math.min(day, 28)) > pub ? pubYear - 1 : pubYear);
  if (!isValidDay(y, month, day)) return null;
  const n = daysFromCivil(y, month, day);
  return n > pub ? null : n;
};

export const push = (
  s: DateScan,
  role: DateRole,
  start: number,
  end: number,
  span: { from: number | null; to: number | null },
  precision: 'exact' | 'approximate',
  daily = false,
) => {
  const { pub, mentions } = s;
  const old = span.from !== null && span.from < pub - HISTORY_DAYS;
  mentions.push({
    role: old ? 'era' : role,
    start,
    end,
    dateStart: span.from === null ? null : fromDayNumber(span.from),
    dateEnd: span.to === null ? null : fromDayNumber(span.to),
    precision,
    daily,
  });
};
