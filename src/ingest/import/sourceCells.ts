import { isoDaySchema } from '../../model/isoDay';
import { shownValue } from '../../model/shownValue';

/*
 * Reading single cells of a source export. Each returns the value or a message that says what
 * was found and what was expected, so the caller can reject the row with that reason.
 */

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const shown = (cell: string) => shownValue(cell);

/** A whole number of people. Never coerced: "" is unknown, "1.5" and "-2" are errors. */
export const readCount = (cell: string): CellResult<number> => {
  const text = cell.trim();
  return /^\d{1,9}$/.test(text)
    ? { ok: true, value: Number(text) }
    : { ok: false, message: `${shown(cell)} is not a count (expected a whole number ≥ 0)` };
};

export const readIsoDay = (cell: string): CellResult<string> => {
  const text = cell.trim();
  return isoDaySchema.safeParse(text).success
    ? { ok: true, value: text }
    : {
        ok: false,
        message: `${shown(cell)} is not a date (expected YYYY-MM-DD, a real calendar day)`,
      };
};
