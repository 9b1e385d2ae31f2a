import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { NO_FILTERS } from '../analysis/filters';
import { useWorkspace, type WorkspaceState } from './addReport/useWorkspace';
import { ImportPanel, useImport } from './components/ImportPanel';
import { ErrorMessage, LoadingMessage } from './components/StatusMessage';
import { Dashboard } from './Dashboard';
import { BUNDLED_DATASETS } from './data/bundledDatasets';
import { DatasetLoadError, datasetQuery, type LoadedDataset } from './data/datasetQuery';
import { describeDataset, importedDatasetId } from './data/datasetSources';
import { useViewState } from './url/useViewState';
import { DEFAULT_DATASET, DEFAULT_VIEW, type Page, type ViewState } from './url/viewState';

// The Add report page (extractor and all) loads on first use.
const AddReportPage = lazy(() =>
  import('./addReport/AddReportPage').then((m) => ({ default: m.AddReportPage })),
);

type SetView = (update: (view: ViewState) => ViewState) => void;
type DatasetChoice = { id: string; label: string };

const PAGES: Array<{ page: Page; label: string }> = [
  { page: 'dashboard', label: 'Dashboard' },
  { page: 'add', label: 'Add report' },
];

/** Bundled datasets, files imported in this page, and the URL's dataset if it is neither. */
const datasetChoices = (current: string, imported: readonly DatasetChoice[]): DatasetChoice[] => {
  const info = describeDataset(current);
  const known = [...BUNDLED_DATASETS, ...imported];
  return info && !known.some((d) => d.id === current)
    ? [...known, { id: current, label: info.label }]
    : known;
};

/** Files imported in this page: each becomes a dataset the select offers, opened at once. */
const useImportedDatasets = (setView: SetView) => {
  const queryClient = useQueryClient();
  const [imported, setImported] = useState<DatasetChoice[]>([]);
  const importer = useImport((handle, report) => {
    const id = importedDatasetId(imported.length + 1, report.fileName);
    const loaded: LoadedDataset = { handle, info: describeDataset(id) ?? never(id) };
    queryClient.setQueryData(datasetQuery(id).queryKey, loaded);
    setImported((list) => [...list, { id, label: loaded.info.label }]);
    setView(() => ({ ...DEFAULT_VIEW, dataset: id }));
  });
  return { imported, importer };
};

const AppHeader = ({
  view,
  setView,
  choices,
  importer,
}: {
  view: ViewState;
  setView: SetView;
  choices: readonly DatasetChoice[];
  importer: ReturnType<typeof useImport>;
}) => (
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
);

/** Loading, error or the dashboard of the dataset in the URL, under its banner when not bundled. */
const DashboardPage = ({
  view,
  setView,
  workspace,
}: {
  view: ViewState;
  setView: SetView;
  workspace: WorkspaceState;
}) => {
  const query = useQuery(datasetQuery(view.dataset));
  const info = describeDataset(view.dataset);
  return (
    <>
      {info && info.kind !== 'bundled' && (
        <p className={`dataset-banner dataset-${info.kind}`} data-testid="dataset-banner">
          {info.kind === 'synthetic'
            ? `${info.label}. Every figure below is generated, not reported.`
            : `Showing ${info.label}: read in this browser, not a bundled dataset.`}
        </p>
      )}
      {query.isPending && <LoadingMessage what={`${info?.path || 'the dataset '}incidents.csv`} />}
      {query.isError && (
        <ErrorMessage
          message={query.error.message}
          issues={query.error instanceof DatasetLoadError ? query.error.issues : []}
        />
      )}
      {query.isSuccess && (
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
    </>
  );
};

export const App = () => {
  const [view, setView] = useViewState();
  const workspace = useWorkspace();
  const { imported, importer } = useImportedDatasets(setView);
  return (
    <div className="app">
      {view.page === 'dashboard' && (
        // The target (main#figures, tabindex -1) takes the focus: the next Tab is in the figures.
        <a className="skip-link" href="#figures">
          Skip to the figures
        </a>
      )}
      <AppHeader
        view={view}
        setView={setView}
        choices={datasetChoices(view.dataset, imported)}
        importer={importer}
      />
      {view.page === 'add' && (
        <Suspense fallback={<LoadingMessage what="the Add report page" />}>
          <AddReportPage workspace={workspace} />
        </Suspense>
      )}
      {view.page === 'dashboard' && (
        <DashboardPage view={view} setView={setView} workspace={workspace} />
      )}
      <footer className="app-footer">
        <p>{describeDataset(view.dataset)?.attribution}</p>
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
