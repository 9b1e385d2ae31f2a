import type { IsoDay } from './isoDay';

/**
 * Day numbers: days since 1970-01-01 of a proleptic Gregorian calendar day, the one rule every
 * layer counts days by (CSV scanning, the columns, charts). Integer arithmetic (Howard Hinnant's
 * days_from_civil) rather than Date: no time zone can shift a day, and Date.UTC would read the
 * years 0–99 as 1900–1999.
 */
export const daysFromCivil = (y: number, m: number, d: number): number => {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
};

/** Days since 1970-01-01 for a `YYYY-MM-DD` string (years 0–9999). */
export const toDayNumber = (day: IsoDay): number =>
  daysFromCivil(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The `YYYY-MM-DD` of a day number (the inverse of daysFromCivil: civil_from_days). */
export const fromDayNumber = (n: number): IsoDay => {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
};

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
  return daysFromCivil(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1);
};

export const startOfNextMonthDay = (n: number): number => {
  const day = fromDayNumber(n);
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return m === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1);
};

/** The local calendar day of a moment (callers pass the clock: this module reads none). */
export const isoDayOfDate = (date: Date): IsoDay =>
  `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
