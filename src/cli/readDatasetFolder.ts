import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetTexts } from '../ingest/parseDataset';
import { createPieceCutter, type TextPieces } from '../ingest/textPieces';
import { DATASET_FILES } from '../model/dataset';
import { DATASET_INFO_FILE } from '../model/datasetInfo';
import type { RowIssue } from '../model/rowIssue';
import { shownName } from '../model/shownValue';

export interface FolderTexts {
  /** `incidents` is '' when incidentPieces holds it. */
  texts: DatasetTexts;
  /**
   * incidents.csv in record-aligned pieces when it is larger than one string should be
   * (INCIDENTS_IN_PIECES_ABOVE bytes), else null. Only the columns path reads it so.
   */
  incidentPieces: TextPieces | null;
  /** Files that could not be read at all: one issue each. */
  issues: RowIssue[];
}

/*
 * Not fatal: a byte that is not UTF-8 becomes U+FFFD, and parseTable rejects the row holding it
 * with its line and column, so one bad byte never costs the other rows of the file.
 */
const decoder = new TextDecoder('utf-8');

const issueOf = (file: string, message: string): RowIssue => ({
  file,
  row: 0,
  column: '-',
  message,
  severity: 'error',
});

/** Why `dir` cannot be a data folder, or null when it is a folder. */
export const notAFolder = (dir: string): string | null =>
  !existsSync(dir)
    ? `${shownName(dir)} does not exist (expected a data folder)`
    : !statSync(dir).isDirectory()
      ? `${shownName(dir)} is a file, not a folder (expected a data folder holding ${DATASET_FILES.incidents}, ${DATASET_FILES.reports} and ${DATASET_FILES.places})`
      : null;

/**
 * One file of a data folder: its text, nothing (an optional file that is missing), or an issue
 * (a required file missing, a folder where the file belongs, an unreadable file).
 */
export const readFolderFile = (
  dir: string,
  file: string,
  required: boolean,
): { text?: string; issue?: RowIssue } => {
  const folderProblem = notAFolder(dir);
  if (folderProblem) return required ? { issue: issueOf(file, folderProblem) } : {};
  const path = join(dir, file);
  if (!existsSync(path)) {
    const message = `file not found in ${shownName(dir)} (expected ${file} in every data folder)`;
    return required ? { issue: issueOf(file, message) } : {};
  }
  if (statSync(path).isDirectory())
    return { issue: issueOf(file, `is a folder, not a file (expected ${file} to be a CSV file)`) };
  try {
    return { text: decoder.decode(readFileSync(path)) };
  } catch (error) {
    return { issue: issueOf(file, `cannot be read: ${shownName((error as Error).message)}`) };
  }
};

/**
 * incidents.csv past this size is read in pieces: a JavaScript string holds at most 2^29 − 24
 * characters (512 MiB), and a text near it leaves no room to build anything else.
 */
export const INCIDENTS_IN_PIECES_ABOVE = 256 * 1024 * 1024;

/** Reads a file in 4 MiB chunks, decoded as UTF-8 (a character split between chunks whole). */
export const readFilePieces = (path: string): TextPieces => {
  const cutter = createPieceCutter();
  const chunk = Buffer.alloc(4 * 1024 * 1024);
  const stream = new TextDecoder('utf-8', { ignoreBOM: true });
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      cutter.push(stream.decode(chunk.subarray(0, read), { stream: true }));
    }
  } finally {
    closeSync(fd);
  }
  cutter.push(stream.decode());
  return cutter.end();
};

/** Reads a folder in the data/ format; every file that cannot be read is an issue, not a crash. */
export const readDatasetFolder = (dir: string): FolderTexts => {
  const issues: RowIssue[] = [];
  const incidentsPath = join(dir, DATASET_FILES.incidents);
  const inPieces =
    notAFolder(dir) === null &&
    existsSync(incidentsPath) &&
    statSync(incidentsPath).isFile() &&
    statSync(incidentsPath).size > INCIDENTS_IN_PIECES_ABOVE;
  const read = (file: string, required: boolean): string | undefined => {
    const { text, issue } = readFolderFile(dir, file, required);
    if (issue) issues.push(issue);
    return text;
  };
  return {
    texts: {
      reports: read(DATASET_FILES.reports, true) ?? '',
      incidents: inPieces ? '' : (read(DATASET_FILES.incidents, true) ?? ''),
      places: read(DATASET_FILES.places, true) ?? '',
      annotations: read(DATASET_FILES.annotations, false),
      info: read(DATASET_INFO_FILE, false),
    },
    incidentPieces: inPieces ? readFilePieces(incidentsPath) : null,
    issues,
  };
};

/** Why a folder whose incidents.csv was read in pieces cannot take the record path. */
export const tooLongForRecords = (dir: string, pieces: TextPieces): string =>
  `${shownName(dir)}/${DATASET_FILES.incidents} holds ${pieces.length} characters, too many to read as records (more than ${INCIDENTS_IN_PIECES_ABOVE / 1024 / 1024} MiB): only a folder read as columns (more than 50,000 coded events, or too many pairs to cluster) can be this large`;
