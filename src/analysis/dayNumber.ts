import type { IsoDay } from '../model/isoDay';

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` string. Arithmetic on integers instead of Date
 * objects keeps calendar days free of time zones (Date.UTC never looks at the local zone).
 */
export const toDayNumber = (day: IsoDay): number => {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
};

export const fromDayNumber = (n: number): IsoDay =>
  new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * Whether a string is a real calendar day `YYYY-MM-DD` (2023-02-29 is not): what
 * `isoDaySchema` accepts, without zod, for code that runs before the worker has loaded it.
 */
export const isIsoDay = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && fromDayNumber(toDayNumber(value)) === value;

export const addDays = (day: IsoDay, days: number): IsoDay =>
  fromDayNumber(toDayNumber(day) + days);

/** ISO weeks start on Monday; 1970-01-01 was a Thursday. */
export const startOfWeekDay = (n: number): number => n - ((n + 3) % 7);

export const startOfMonthDay = (n: number): number => {
  const day = fromDayNumber(n);
  return toDayNumber(`${day.slice(0, 7)}-01`);
};

export const startOfNextMonthDay = (n: number): number => {
  const day = fromDayNumber(n);
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return Math.round(Date.UTC(m === 12 ? y + 1 : y, m === 12 ? 0 : m, 1) / MS_PER_DAY);
};
