import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { NO_FILTERS } from '../analysis/filters';
import { useWorkspace } from './addReport/useWorkspace';
import { ImportPanel, useImport } from './components/ImportPanel';
import { ErrorMessage, LoadingMessage } from './components/StatusMessage';
import { Dashboard } from './Dashboard';
import { BUNDLED_DATASETS } from './data/bundledDatasets';
import { DatasetLoadError, datasetQuery, type LoadedDataset } from './data/datasetQuery';
import { describeDataset, importedDatasetId } from './data/datasetSources';
import { useViewState } from './url/useViewState';
import { DEFAULT_DATASET, DEFAULT_VIEW, type Page } from './url/viewState';

// The Add report page (extractor and all) loads on first use.
const AddReportPage = lazy(() =>
  import('./addReport/AddReportPage').then((m) => ({ default: m.AddReportPage })),
);

const PAGES: Array<{ page: Page; label: string }> = [
  { page: 'dashboard', label: 'Dashboard' },
  { page: 'add', label: 'Add report' },
];

export const App = () => {
  const [view, setView] = useViewState();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const query = useQuery(datasetQuery(view.dataset));
  const info = describeDataset(view.dataset);
  // Files imported in this page, offered beside the bundled datasets.
  const [imported, setImported] = useState<{ id: string; label: string }[]>([]);
  const importer = useImport((handle, report) => {
    const id = importedDatasetId(imported.length + 1, report.fileName);
    const loaded: LoadedDataset = { handle, info: describeDataset(id) ?? never(id) };
    queryClient.setQueryData(datasetQuery(id).queryKey, loaded);
    setImported((list) => [...list, { id, label: loaded.info.label }]);
    setView(() => ({ ...DEFAULT_VIEW, dataset: id }));
  });
  const choices = [
    ...BUNDLED_DATASETS,
    ...imported,
    ...(info &&
    !BUNDLED_DATASETS.some((d) => d.id === view.dataset) &&
    !imported.some((d) => d.id === view.dataset)
      ? [{ id: view.dataset, label: info.label }]
      : []),
  ];
  return (
    <div className="app">
      {view.page === 'dashboard' && (
        // The target (main#figures, tabindex -1) takes the focus: the next Tab is in the figures.
        <a className="skip-link" href="#figures">
          Skip to the figures
        </a>
      )}
      <header className="app-header">
        <h1>Tolltrack</h1>
        <p className="tagline">
          Conflict deaths from sourced reports: every figure with its uncertainty and its source.
        </p>
        <nav className="page-nav" aria-label="Pages">
          {PAGES.map((p) => (
            <button
              key={p.page}
              type="button"
              aria-current={view.page === p.page ? 'page' : undefined}
              onClick={() => setView((v) => ({ ...v, page: p.page }))}
            >
              {p.label}
            </button>
          ))}
        </nav>
        <label className="dataset-select">
          Dataset
          <select
            value={view.dataset}
            onChange={(e) => {
              const dataset = e.currentTarget.value;
              setView(() => ({ ...view, dataset, filters: NO_FILTERS, period: null }));
            }}
          >
            {choices.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <ImportPanel state={importer.state} onFile={importer.start} onDismiss={importer.dismiss} />
      </header>
      {view.page === 'add' && (
        <Suspense fallback={<LoadingMessage what="the Add report page" />}>
          <AddReportPage workspace={workspace} />
        </Suspense>
      )}
      {view.page === 'dashboard' && info && info.kind !== 'bundled' && (
        <p className={`dataset-banner dataset-${info.kind}`} data-testid="dataset-banner">
          {info.kind === 'synthetic'
            ? `${info.label}. Every figure below is generated, not reported.`
            : `Showing ${info.label}: read in this browser, not a bundled dataset.`}
        </p>
      )}
      {view.page === 'dashboard' && query.isPending && (
        <LoadingMessage what={`${info?.path || 'the dataset '}incidents.csv`} />
      )}
      {view.page === 'dashboard' && query.isError && (
        <ErrorMessage
          message={query.error.message}
          issues={query.error instanceof DatasetLoadError ? query.error.issues : []}
        />
      )}
      {view.page === 'dashboard' && query.isSuccess && (
        <Dashboard
          key={view.dataset}
          datasetId={view.dataset}
          loaded={query.data}
          // Workspace records refer to the bundled gazetteer: they join the bundled dataset only.
          workspace={view.dataset === DEFAULT_DATASET ? workspace.workspace : null}
          view={view}
          setView={setView}
        />
      )}
      <footer className="app-footer">
        <p>{info?.attribution}</p>
        <p>
          Tolltrack never estimates or rounds a figure. “At least” stays a lower bound; where
          sources disagree, both figures are shown.
        </p>
      </footer>
    </div>
  );
};

const never = (id: string): never => {
  throw new Error(`no description for dataset ${id}`);
};
