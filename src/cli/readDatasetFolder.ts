import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetTexts } from '../ingest/parseDataset';
import { DATASET_FILES } from '../model/dataset';
import { DATASET_INFO_FILE } from '../model/datasetInfo';
import type { RowIssue } from '../model/rowIssue';
import { shownName } from '../model/shownValue';

export interface FolderTexts {
  texts: DatasetTexts;
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

/** Reads a folder in the data/ format; every file that cannot be read is an issue, not a crash. */
export const readDatasetFolder = (dir: string): FolderTexts => {
  const issues: RowIssue[] = [];
  const read = (file: string, required: boolean): string | undefined => {
    const { text, issue } = readFolderFile(dir, file, required);
    if (issue) issues.push(issue);
    return text;
  };
  return {
    texts: {
      reports: read(DATASET_FILES.reports, true) ?? '',
      incidents: read(DATASET_FILES.incidents, true) ?? '',
      places: read(DATASET_FILES.places, true) ?? '',
      annotations: read(DATASET_FILES.annotations, false),
      info: read(DATASET_INFO_FILE, false),
    },
    issues,
  };
};
