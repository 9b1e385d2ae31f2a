import { readCsvRows } from './readCsvRows';

/**
 * The physical line of each record id in a CSV file (header = line 1), so that checks run on
 * parsed records can still point at `file:row:column`. Unparsable text gives an empty map.
 */
export const recordLines = (text: string): Map<string, number> => {
  const table = readCsvRows(text);
  const idColumn = table.header.indexOf('id');
  const lines = new Map<string, number>();
  if (idColumn === -1) return lines;
  for (const row of table.rows) {
    const id = row.cells[idColumn]?.trim();
    // The first line wins: a duplicate id is already an error of its own.
    if (id && !lines.has(id)) lines.set(id, row.line);
  }
  return lines;
};
