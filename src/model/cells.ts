import { z } from 'zod';
import { shownValue } from './shownValue';

/*
 * Cell schemas: how one CSV cell (always a string) becomes a typed value.
 * Empty cells mean "unknown" and become null, never 0: an unknown toll is not a zero toll.
 * Every message says what was found and what was expected, because analysts fix data by hand.
 */

const shown = (value: unknown): string => shownValue(value);

export const textCell = z.string().transform((s) => s.trim());

export const optionalTextCell = z.string().transform((s) => (s.trim() === '' ? null : s.trim()));

export const requiredTextCell = z.string().trim().min(1, { error: 'is empty (expected a value)' });

export const idCell = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, {
  abort: true,
  error: (iss) =>
    `${shown(iss.input)} is not an id (expected letters, digits, '.', '_', ':' or '-', starting with a letter or digit)`,
});

/** Whole numbers only: zod's coerce would read "" as 0 and "0x1A" as 26. */
export const countCell = z
  .string()
  .regex(/^\s*(\d{1,9})?\s*$/, {
    abort: true,
    error: (iss) =>
      `${shown(iss.input)} is not a count (expected a whole number ≥ 0, or empty for unknown)`,
  })
  .transform((s) => (s.trim() === '' ? null : Number(s.trim())));

export const isoDayValue = z.iso.date({
  error: (iss) =>
    `${shown(iss.input)} is not a valid date (expected YYYY-MM-DD, a real calendar day)`,
});

export const optionalDayCell = z.union([z.literal('').transform(() => null), isoDayValue], {
  error: (iss) => `${shown(iss.input)} is not a valid date (expected YYYY-MM-DD or empty)`,
});

export const requiredDayCell = isoDayValue;

/** Only http(s): javascript:, data:, vbscript: and friends must never become links. */
export const httpUrlValue = z.url({
  protocol: /^https?$/,
  error: (iss) => `${shown(iss.input)} is not an http(s) URL (expected http:// or https://)`,
});

export const optionalUrlCell = z.union([z.literal('').transform(() => null), httpUrlValue], {
  error: (iss) =>
    `${shown(iss.input)} is not an http(s) URL (expected http:// or https://, or empty)`,
});

/** Lists inside one cell are separated by '|' (never ';' or ',', which occur in names). */
export const listCell = z.string().transform((s) =>
  s
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== ''),
);

export const decimalCell = z
  .string()
  .regex(/^\s*-?\d{1,3}(\.\d+)?\s*$/, {
    abort: true,
    error: (iss) =>
      `${shown(iss.input)} is not a coordinate (expected a decimal number such as 35.93)`,
  })
  .transform((s) => Number(s.trim()));

/**
 * A latitude or longitude in decimal degrees (WGS84), or empty for none; `limit` is 90 or 180.
 * Plain decimals only: no exponent, no degree sign, no comma for the decimal point.
 */
export const coordinateCell = (name: 'latitude' | 'longitude', limit: 90 | 180) =>
  z
    .string()
    .regex(/^\s*(-?\d{1,3}(\.\d+)?)?\s*$/, {
      abort: true,
      error: (iss) =>
        `${shown(iss.input)} is not a ${name} (expected decimal degrees such as 35.93, or empty)`,
    })
    .transform((s) => (s.trim() === '' ? null : Number(s.trim())))
    .refine((v) => v === null || Math.abs(v) <= limit, {
      error: (iss) =>
        `${shown(iss.input)} is out of range (expected a ${name} from -${limit} to ${limit})`,
    });
