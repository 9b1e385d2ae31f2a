import { daysFromCivil } from '../../model/dayNumber';

/*
 * Calendar questions the extractor asks of a date it reads ("on Sunday", "31 February"), over
 * the one day-number rule (model/dayNumber.ts): no `Date`, no time zone, so "yesterday" means
 * the same day in Damascus and Los Angeles.
 */

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7;

export const daysInMonth = (year: number, month: number): number =>
  daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
  daysFromCivil(year, month, 1);

/** A real calendar day? (31 February is not.) */
export const isValidDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
