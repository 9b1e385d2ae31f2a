/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / carriage return followed by
 * one) as a formula. Exports are opened by analysts in such programs, so any such cell is
 * prefixed with an apostrophe: shown as text, never executed.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutraliseFormula = (value: string): string =>
  FORMULA_START.test(value) ? `'${value}` : value;

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export const quoteCsvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

export const csvCell = (value: string | number | null): string =>
  quoteCsvField(neutraliseFormula(value === null ? '' : String(value)));

export const csvLine = (cells: ReadonlyArray<string | number | null>): string =>
  cells.map(csvCell).join(',');
