import type { RowIssue } from '../../model/rowIssue';

/**
 * Loading failed: the message names the file; `issues` lists every problem found. Its own
 * module, so the page can tell this error apart without loading the parsers.
 */
export class DatasetLoadError extends Error {
  constructor(
    message: string,
    readonly issues: RowIssue[] = [],
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

/** The same error as plain data, as it crosses from the worker to the page. */
export interface LoadFailure {
  message: string;
  issues: RowIssue[];
}
