import { neutraliseFormula } from '../../model/spreadsheetSafety';

export { neutraliseFormula };

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export const quoteCsvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

export const csvCell = (value: string | number | null): string =>
  quoteCsvField(neutraliseFormula(value === null ? '' : String(value)));

export const csvLine = (cells: ReadonlyArray<string | number | null>): string =>
  cells.map(csvCell).join(',');

/**
 * A `# …` line above the header that says what the file holds, as ONE cell: line breaks become
 * spaces, and a text with a comma or quote is quoted, so that no part of it (a source or filter
 * value from a shared link, e.g. `x\n=HYPERLINK(…)`) can start a cell of its own. Tolltrack's
 * CSV reader skips these lines, quoted or not.
 */
export const commentLine = (text: string): string => csvCell(`# ${text.replace(/[\r\n]+/g, ' ')}`);
