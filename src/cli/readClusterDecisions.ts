import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES } from '../model/dataset';
import type { RowIssue } from '../model/rowIssue';

/**
 * Reads a folder's optional `cluster-decisions.csv` (analysts' merge/split decisions). A folder
 * without one is fine (undefined); an unreadable one is an issue, not a crash.
 */
export const readClusterDecisions = (dir: string): { text?: string; issues: RowIssue[] } => {
  const file = DATASET_FILES.decisions;
  const path = join(dir, file);
  if (!existsSync(path)) return { issues: [] };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path)),
      issues: [],
    };
  } catch {
    return {
      issues: [
        {
          file,
          row: 0,
          column: '-',
          message: 'is not valid UTF-8 text (expected a UTF-8 CSV file)',
          severity: 'error',
        },
      ],
    };
  }
};
