/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / carriage return) as a formula,
 * also after leading spaces, and read the full-width ＝ ＋ － ＠ as the same signs. Files that
 * analysts open in such programs (exports, import-issues.csv, extract --csv) prefix any such
 * cell with an apostrophe: shown as text, never executed.
 */
export const FORMULA_START = /^[\s\u00a0\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

export const neutraliseFormula = (value: string): string =>
  FORMULA_START.test(value) ? `'${value}` : value;
