import { useEffect, useRef, useState } from 'react';
import { csvLine } from '../export/csvCell';
import { downloadFile } from '../export/downloadFile';
import { formatCount } from '../format';
import { type DatasetHandle, importDatasetFile } from '../worker/datasetWorker';
import type { ImportProgress, ImportReport } from '../worker/importSourceFile';

/** The bundled gazetteer that imported place names are matched against. */
const GAZETTEER_PATH = 'data/';

export type ImportState =
  | { step: 'idle' }
  | { step: 'running'; fileName: string; progress: ImportProgress; cancel: () => void }
  | { step: 'done'; report: ImportReport }
  | { step: 'failed'; fileName: string; message: string };

/**
 * Runs an import in its own worker. `onImported` receives the dataset's handle when at least
 * one row was imported; the report is kept either way, for the summary and the download.
 */
export const useImport = (onImported: (handle: DatasetHandle, report: ImportReport) => void) => {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const start = (file: File) => {
    const controller = new AbortController();
    const cancel = () => controller.abort();
    setState({
      step: 'running',
      fileName: file.name,
      progress: { phase: 'reading', fraction: 0 },
      cancel,
    });
    importDatasetFile(
      file,
      new URL(GAZETTEER_PATH, document.baseURI).href,
      GAZETTEER_PATH,
      (progress) =>
        setState((s) => (s.step === 'running' && s.cancel === cancel ? { ...s, progress } : s)),
      controller.signal,
    ).then(
      ({ report, handle }) => {
        setState({ step: 'done', report });
        if (handle) onImported(handle, report);
      },
      (error: unknown) => {
        if (controller.signal.aborted) setState({ step: 'idle' });
        else
          setState({
            step: 'failed',
            fileName: file.name,
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
  };
  const dismiss = () => setState({ step: 'idle' });
  useFileDrop(start, state.step === 'running');
  return { state, start, dismiss };
};

/** A file dropped anywhere on the page is imported (unless an import is running). */
const useFileDrop = (onFile: (file: File) => void, busy: boolean) => {
  const latest = useRef(onFile);
  latest.current = onFile;
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      // Never let the browser open the file in place of the dashboard.
      e.preventDefault();
      if (!busy) latest.current(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [busy]);
};

/** The rejected rows, one line per reason: what the analyst fixes in the source file. */
export const rejectedRowsCsv = (report: ImportReport): string =>
  [
    csvLine(['row', 'column', 'reason']),
    ...report.issues
      .filter((i) => i.severity === 'error')
      .map((i) => csvLine([i.row, i.column, i.message])),
  ].join('\n');

const PHASES: Record<ImportProgress['phase'], string> = {
  reading: 'Reading',
  importing: 'Importing rows of',
  preparing: 'Preparing the dashboard for',
};

interface Props {
  state: ImportState;
  onFile: (file: File) => void;
  onDismiss: () => void;
}

export const ImportPanel = ({ state, onFile, onDismiss }: Props) => {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="import-panel">
      <label className="import-pick">
        Import a UCDP GED or ACLED CSV
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          data-testid="import-input"
          disabled={state.step === 'running'}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
            // The same file can be picked again after a cancel.
            e.currentTarget.value = '';
          }}
        />
        <span className="import-hint">or drop it on the page</span>
      </label>
      {state.step === 'running' && <ImportRunning state={state} />}
      {state.step === 'done' && <ImportSummary report={state.report} onDismiss={onDismiss} />}
      {state.step === 'failed' && (
        <div className="import-status status-error" role="alert">
          <p>
            {state.fileName} could not be imported: {state.message}
          </p>
          <button type="button" onClick={onDismiss}>
            Close
          </button>
        </div>
      )}
    </div>
  );
};

const ImportRunning = ({ state }: { state: Extract<ImportState, { step: 'running' }> }) => {
  const { fraction, phase } = state.progress;
  const label = `${PHASES[phase]} ${state.fileName}`;
  return (
    <div className="import-status" data-testid="import-progress">
      <p>
        {label}
        {fraction !== null ? ` ${Math.floor(fraction * 100)}%` : '…'}
      </p>
      {/* Without a value the bar shows activity: parsing cannot say how far it is. */}
      {fraction !== null ? (
        <progress aria-label={label} max={1} value={fraction} />
      ) : (
        <progress aria-label={label} />
      )}
      <button type="button" onClick={state.cancel}>
        Cancel
      </button>
    </div>
  );
};

const ImportSummary = ({ report, onDismiss }: { report: ImportReport; onDismiss: () => void }) => {
  const errors = report.issues.filter((i) => i.severity === 'error');
  const warnings = report.issues.length - errors.length;
  const fileError = report.fileError;
  return (
    <div
      className={`import-status${fileError ? ' status-error' : ''}`}
      role={fileError ? 'alert' : 'status'}
      data-testid="import-summary"
    >
      {fileError ? (
        <p data-testid="import-error">
          {report.fileName} could not be imported: {fileError.message}
        </p>
      ) : (
        <p>
          {report.fileName} ({report.format === 'acled' ? 'ACLED' : 'UCDP GED'}):{' '}
          <span data-testid="import-counts">
            {formatCount(report.rowsRead)} rows read, {formatCount(report.imported)} imported,{' '}
            {formatCount(report.rejected)} rejected
          </span>
          {warnings > 0 && `; ${formatCount(warnings)} warnings (e.g. place names not matched)`}.
        </p>
      )}
      {errors.length > 0 && !fileError && (
        <>
          <ul className="issue-list" data-testid="rejected-rows">
            {errors.slice(0, 5).map((i) => (
              <li key={`${i.row}:${i.column}:${i.message}`}>
                row {i.row}, {i.column}: {i.message}
              </li>
            ))}
            {errors.length > 5 && <li>… {formatCount(errors.length - 5)} more in the download</li>}
          </ul>
          <button
            type="button"
            onClick={() =>
              downloadFile(
                rejectedRowsCsv(report),
                `${report.fileName.replace(/\.csv$/i, '')}-rejected-rows.csv`,
                'text/csv;charset=utf-8',
              )
            }
          >
            Download the rejected rows (CSV)
          </button>
        </>
      )}
      <button type="button" onClick={onDismiss}>
        Close
      </button>
    </div>
  );
};
