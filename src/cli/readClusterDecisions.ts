import { DATASET_FILES } from '../model/dataset';
import type { RowIssue } from '../model/rowIssue';
import { readFolderFile } from './readDatasetFolder';

/**
 * Reads a folder's optional `cluster-decisions.csv` (analysts' merge/split decisions). A folder
 * without one is fine (undefined); an unreadable one is an issue, not a crash.
 */
export const readClusterDecisions = (dir: string): { text?: string; issues: RowIssue[] } => {
  const { text, issue } = readFolderFile(dir, DATASET_FILES.decisions, false);
  return text === undefined ? { issues: issue ? [issue] : [] } : { text, issues: [] };
};
