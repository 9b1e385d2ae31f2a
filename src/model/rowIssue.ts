import { z } from 'zod';

/** One problem in one cell of one file. `row` is the physical line number (header = line 1). */
export const rowIssueSchema = z.object({
  file: z.string(),
  row: z.number().int().nonnegative(),
  column: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});
export type RowIssue = z.infer<typeof rowIssueSchema>;

export const formatRowIssue = (issue: RowIssue): string =>
  `${issue.file}:${issue.row}:${issue.column}: ${issue.message}`;
