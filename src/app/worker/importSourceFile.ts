import { importAcled } from '../../ingest/import/importAcled';
import { importedDatasetInfo } from '../../ingest/import/importedDatasetInfo';
import type { ImportResult, UnmatchedName } from '../../ingest/import/importResult';
import { importUcdpGed } from '../../ingest/import/importUcdpGed';
import type { Dataset } from '../../model/dataset';
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
  /** 0…1 while reading (bytes); null when the step cannot say how far it is. */
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

/** Reads a File as UTF-8 text in chunks, reporting the share of bytes read. */
export const readFileText = async (
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<string> => {
  // Not fatal: invalid UTF-8 becomes U+FFFD, which the importers report as one clear error.
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  const reader = file.stream().getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress(file.size > 0 ? bytes / file.size : 1);
  }
  parts.push(decoder.decode());
  return parts.join('');
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
