import { fromDayNumber, toDayNumber } from '../model/dayNumber';
import type { IsoDay } from '../model/isoDay';

/**
 * The days a record may speak of: from 1900-01-01 to the day after the dataset's as-of date
 * (or after today). A year-1 or year-9999 day is a typing error, and a chart would draw every
 * day in between.
 */
export const EARLIEST_DAY: IsoDay = '1900-01-01';

export interface DateWindow {
  first: number;
  /** Inclusive; null: no upper bound (a caller that knows no as-of date nor today). */
  last: number | null;
}

/** The window for a dataset as of `asOf` (its own as-of date, else today). */
export const dateWindow = (asOf: IsoDay | null): DateWindow => ({
  first: toDayNumber(EARLIEST_DAY),
  last: asOf === null ? null : toDayNumber(asOf) + 1,
});

/** Why a day number is outside the window, or null. */
export const outsideWindow = (day: number, window: DateWindow): string | null => {
  const expected = `expected a day from ${EARLIEST_DAY}${window.last === null ? '' : ` to ${fromDayNumber(window.last)}, the day after the dataset's as-of date or today`}`;
  if (day < window.first) return `${fromDayNumber(day)} is before ${EARLIEST_DAY} (${expected})`;
  if (window.last !== null && day > window.last)
    return `${fromDayNumber(day)} is after ${fromDayNumber(window.last)} (${expected})`;
  return null;
};
