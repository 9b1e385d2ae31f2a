import { neutraliseFormula } from '../../model/spreadsheetSafety';

export { neutraliseFormula };

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export const quoteCsvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

export const csvCell = (value: string | number | null): string =>
  quoteCsvField(neutraliseFormula(value === null ? '' : String(value)));

export const csvLine = (cells: ReadonlyArray<string | number | null>): string =>
  cells.map(csvCell).join(',');
