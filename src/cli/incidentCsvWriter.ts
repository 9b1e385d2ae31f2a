import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { type Incident, type IncidentColumn, incidentToRow } from '../model/incident';

/** Rows written at once. */
const BATCH = 4096;

/** papaparse's unparse rule (5.x `safe`): quote a cell holding a quote, comma, line break or BOM, or with a space at either end. */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

/** One CSV line as Papa.unparse writes it (delimiter ',', quote '"'); a test keeps them equal. */
export const csvLine = (cells: readonly string[]): string => cells.map(quoted).join(',');

const quoted = (cell: string): string =>
  NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

/**
 * Writes incidents.csv row by row as an import makes the records, so that no record and no
 * text of the whole file is held: cells are quoted as papaparse (datasetFolderTexts) quotes
 * them, and the file ends without a final newline, as its files do. `date_precision` `exact` is
 * written empty (the codebook reads empty as exact), as compactIncidentTable writes it. Writes
 * go out in the background; the reader awaits `drained` between its chunks, so that writing
 * overlaps reading without the unwritten text growing.
 */
export const createIncidentCsvWriter = (path: string, columns: readonly IncidentColumn[]) => {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let failure: Error | null = null;
  out.on('error', (error) => {
    failure = error;
  });
  let batch = csvLine(columns);
  let rows = 0;
  let full = false;
  const flush = (): void => {
    if (batch === '') return;
    if (!out.write(batch)) full = true;
    batch = '';
    rows = 0;
  };
  return {
    add: (incident: Incident): void => {
      const row = incidentToRow(incident);
      const cells = columns.map((c) =>
        c === 'date_precision' && row[c] === 'exact' ? '' : row[c],
      );
      batch += `\n${csvLine(cells)}`;
      if (++rows === BATCH) flush();
    },
    /** Resolves once the written text is down to the stream's buffer again. */
    drained: async (): Promise<void> => {
      if (failure) throw failure;
      if (!full) return;
      full = false;
      await once(out, 'drain');
    },
    close: async (): Promise<void> => {
      flush();
      out.end();
      await finished(out);
      if (failure) throw failure;
    },
  };
};
