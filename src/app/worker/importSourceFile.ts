import { createSourceImport } from '../../ingest/import/collectRows';
import { acledFormat, importAcled } from '../../ingest/import/importAcled';
import { importedDatasetInfo } from '../../ingest/import/importedDatasetInfo';
import type { ImportResult, ImportTally, UnmatchedName } from '../../ingest/import/importResult';
import { importUcdpGed, ucdpGedFormat } from '../../ingest/import/importUcdpGed';
import type { Dataset } from '../../model/dataset';
import type { Incident } from '../../model/incident';
import type { Place } from '../../model/place';
import type { RowIssue } from '../../model/rowIssue';

export type ImportFormat = 'ucdp' | 'acled';

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  ucdp: 'UCDP GED',
  acled: 'ACLED',
};

/** What the page shows after an import: `rowsRead === imported + rejected` always. */
export interface ImportReport {
  fileName: string;
  format: ImportFormat;
  rowsRead: number;
  imported: number;
  rejected: number;
  /** Errors (the row was rejected) and warnings (imported, e.g. a place name not matched). */
  issues: RowIssue[];
  /** Set when the file as a whole is unusable; then nothing was imported. */
  fileError: RowIssue | null;
  unmatchedNames: UnmatchedName[];
}

export interface ImportProgress {
  phase: 'reading' | 'importing' | 'preparing';
  /** 0…1 while importing (the file's bytes read and imported); null when the step cannot say how far it is. */
  fraction: number | null;
}

/**
 * ACLED exports name their event id column `event_id_cnty`; UCDP GED has none such. Anything
 * else goes to the UCDP importer, whose one file-level error names the missing columns.
 */
export const detectFormat = (text: string): ImportFormat => {
  const headerEnd = text.search(/\r?\n/);
  const header = (headerEnd === -1 ? text : text.slice(0, headerEnd)).toLowerCase();
  return /(^|[",;\t])\s*event_id_cnty\s*($|[",;\t])/.test(header) ? 'acled' : 'ucdp';
};

/** Imports the text of a UCDP GED or ACLED file into a dataset over the given gazetteer. */
export const importSourceText = (
  text: string,
  fileName: string,
  gazetteer: readonly Place[],
): { dataset: Dataset | null; report: ImportReport } => {
  const format = detectFormat(text);
  // Reports name the file the figures came from, never a bundled release.
  const publisher = `${FORMAT_NAMES[format]} (imported from ${fileName})`;
  const result: ImportResult =
    format === 'acled'
      ? importAcled(text, gazetteer, { file: fileName, publisher })
      : importUcdpGed(text, gazetteer, { file: fileName, publisher });
  return importedDataset(result, format, fileName, gazetteer);
};

/** The dataset and the page's report of an import's result. */
const importedDataset = (
  result: ImportResult,
  format: ImportFormat,
  fileName: string,
  gazetteer: readonly Place[],
): { dataset: Dataset | null; report: ImportReport } => {
  const report: ImportReport = {
    fileName,
    format,
    rowsRead: result.rowsRead,
    imported: result.imported,
    rejected: result.rejected,
    issues: result.issues,
    fileError: result.fileError,
    unmatchedNames: result.unmatchedNames,
  };
  if (result.fileError || result.imported === 0) return { dataset: null, report };
  // Coded events: their coders de-duplicated them, so they are never grouped again.
  const info = importedDatasetInfo(format, fileName, result.incidents);
  return {
    dataset: {
      reports: result.reports,
      incidents: result.incidents,
      places: [...gazetteer],
      annotations: [],
      decisions: [],
      ...(info ? { info } : {}),
    },
    report,
  };
};

/**
 * Imports a UCDP GED or ACLED file read in pieces (file.stream()), each piece parsed and its
 * rows mapped as it arrives: no text of the whole file is held, so files past what one string
 * can hold (512 MiB) import, and the share of bytes done is reported as the rows are imported.
 */
export const importSourceFile = async (
  file: Blob,
  fileName: string,
  gazetteer: readonly Place[],
  onProgress: (fraction: number) => void,
): Promise<{ dataset: Dataset | null; report: ImportReport }> => {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const reader = file.stream().getReader();
  const incidents: Incident[] = [];
  let run: { push: (text: string) => void; end: () => ImportTally } | null = null;
  let format: ImportFormat = 'ucdp';
  // The format is told by the header: hold the text until its first line is whole.
  let head = '';
  const feed = (text: string, last: boolean): void => {
    if (run === null) {
      head += text;
      if (!last && !/\r|\n/.test(head)) return;
      format = detectFormat(head);
      const options = {
        file: fileName,
        publisher: `${FORMAT_NAMES[format]} (imported from ${fileName})`,
      };
      const source =
        format === 'acled' ? acledFormat(gazetteer, options) : ucdpGedFormat(gazetteer, options);
      run = createSourceImport(fileName, source, (incident) => incidents.push(incident));
      text = head;
      head = '';
    }
    run.push(text);
  };
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    feed(decoder.decode(value, { stream: true }), false);
    onProgress(file.size > 0 ? bytes / file.size : 1);
  }
  feed(decoder.decode(), true);
  const tally = (run as unknown as { end: () => ImportTally }).end();
  return importedDataset(
    { ...tally, incidents: tally.fileError ? [] : incidents },
    format,
    fileName,
    gazetteer,
  );
};
