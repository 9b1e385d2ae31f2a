import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetTexts } from '../ingest/parseDataset';
import { DATASET_FILES } from '../model/dataset';
import { DATASET_INFO_FILE } from '../model/datasetInfo';
import type { RowIssue } from '../model/rowIssue';

export interface FolderTexts {
  texts: DatasetTexts;
  /** Files that could not be read at all: one issue each. */
  issues: RowIssue[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a folder in the data/ format; a missing or non-UTF-8 file is an issue, not a crash. */
export const readDatasetFolder = (dir: string): FolderTexts => {
  const issues: RowIssue[] = [];
  const read = (file: string, required: boolean): string | undefined => {
    const path = join(dir, file);
    if (!existsSync(path)) {
      if (required)
        issues.push({
          file,
          row: 0,
          column: '-',
          message: `file not found in ${dir} (expected ${file} in every data folder)`,
          severity: 'error',
        });
      return undefined;
    }
    try {
      return decoder.decode(readFileSync(path));
    } catch {
      issues.push({
        file,
        row: 0,
        column: '-',
        message: 'is not valid UTF-8 text (expected a UTF-8 CSV file)',
        severity: 'error',
      });
      return undefined;
    }
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
