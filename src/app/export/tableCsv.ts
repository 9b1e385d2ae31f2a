import { csvLine } from './csvCell';
import type { ExportTable } from './exportTables';

/**
 * A clean CSV: UTF-8 with a BOM (so spreadsheets show Arabic names), the header on line 1, one
 * row per line, no comment lines (what the file holds is said in the bundle's README and the
 * JSON's `meta`), every cell neutralised against formula injection.
 */
export const tableCsv = (table: ExportTable): string =>
  `\uFEFF${[csvLine(table.columns), ...table.rows.map(csvLine)].join('\r\n')}\r\n`;
