import { DATASET_INFO_FILE, type DatasetInfo, datasetInfoSchema } from '../model/datasetInfo';
import type { RowIssue } from '../model/rowIssue';

/** At most this much of a bad value is quoted in a message. */
const QUOTE = 80;

/** Reads a folder's dataset.json: the info, or issues naming the field and what was expected. */
export const parseDatasetInfo = (
  text: string,
): { info: DatasetInfo | null; issues: RowIssue[] } => {
  const issue = (column: string, message: string): RowIssue => ({
    file: DATASET_INFO_FILE,
    row: 0,
    column,
    message,
    severity: 'error',
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      info: null,
      issues: [issue('-', `is not JSON: ${String((error as Error).message).slice(0, QUOTE)}`)],
    };
  }
  const parsed = datasetInfoSchema.safeParse(json);
  if (parsed.success) return { info: parsed.data, issues: [] };
  return {
    info: null,
    issues: parsed.error.issues.map((i) =>
      issue(
        i.path.join('.') || '-',
        `${i.message.slice(0, QUOTE)} (see data/README.md, dataset.json)`,
      ),
    ),
  };
};
