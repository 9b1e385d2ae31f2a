import type { RowIssue } from '../../model/rowIssue';
import { formatRowIssue } from '../../model/rowIssue';

export const LoadingMessage = ({ what }: { what: string }) => (
  <output className="status status-loading" aria-live="polite">
    Loading {what}…
  </output>
);

export const ErrorMessage = ({ message, issues }: { message: string; issues: RowIssue[] }) => (
  <div className="status status-error" role="alert">
    <h2>The data could not be loaded</h2>
    <p>{message}</p>
    {issues.length > 0 && (
      <>
        <p>
          {issues.length} problem{issues.length === 1 ? '' : 's'} (run <code>npm run validate</code>{' '}
          for the full list):
        </p>
        <ul className="issue-list">
          {issues.slice(0, 20).map((issue) => (
            <li key={`${issue.file}:${issue.row}:${issue.column}:${issue.message}`}>
              <code>{formatRowIssue(issue)}</code>
            </li>
          ))}
        </ul>
      </>
    )}
  </div>
);

export const EmptyMessage = ({ onClear }: { onClear: () => void }) => (
  <div className="status status-empty" role="status">
    <p>No records match these filters.</p>
    <button type="button" onClick={onClear}>
      Clear all filters
    </button>
  </div>
);
