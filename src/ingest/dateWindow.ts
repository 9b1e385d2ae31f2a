import type { IsoDay } from '../model/isoDay';

/**
 * The days a record may speak of: from 1900-01-01 to the day after the dataset's as-of date
 * (or after today). A year-1 or year-9999 day is a typing error, and a chart would draw every
 * day in between.
 */
export const EARLIEST_DAY: IsoDay = '1900-01-01';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01, as scanIncidentRows counts them, for every year 0–9999. */
export const dayNumberOf = (day: IsoDay): number => {
  const date = new Date(0);
  // Not Date.UTC: it reads years 0–99 as 1900–1999, and year 1 must stay year 1.
  date.setUTCFullYear(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
  );
  return Math.round(date.getTime() / MS_PER_DAY);
};

/** The ISO day of a day number (years 0–9999). */
export const isoDayOfNumber = (day: number): IsoDay => {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  // Date.UTC reads years 0–99 as 1900–1999: build small years by hand.
  return `${String(year).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
};

export interface DateWindow {
  first: number;
  /** Inclusive; null: no upper bound (a caller that knows no as-of date nor today). */
  last: number | null;
}

/** The window for a dataset as of `asOf` (its own as-of date, else today). */
export const dateWindow = (asOf: IsoDay | null): DateWindow => ({
  first: dayNumberOf(EARLIEST_DAY),
  last: asOf === null ? null : dayNumberOf(asOf) + 1,
});

/** Why a day number is outside the window, or null. */
export const outsideWindow = (day: number, window: DateWindow): string | null => {
  const expected = `expected a day from ${EARLIEST_DAY}${window.last === null ? '' : ` to ${isoDayOfNumber(window.last)}, the day after the dataset's as-of date or today`}`;
  if (day < window.first) return `${isoDayOfNumber(day)} is before ${EARLIEST_DAY} (${expected})`;
  if (window.last !== null && day > window.last)
    return `${isoDayOfNumber(day)} is after ${isoDayOfNumber(window.last)} (${expected})`;
  return null;
};

/** The local calendar day of a moment (callers pass the clock: this module reads none). */
export const isoDayOfDate = (date: Date): IsoDay =>
  `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
