import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { NO_FILTERS } from '../analysis/filters';
import type { DashboardView, DatasetBase } from '../analysis/view/viewTypes';
import type { Workspace } from './addReport/workspaceSchema';
import { ProvenancePanel, type ProvenanceRequest } from './components/ProvenancePanel';
import { EmptyMessage, ErrorMessage, LoadingMessage } from './components/StatusMessage';
import { ChartSlot } from './dashboard/ChartSlot';
import { useChartChunkReady } from './dashboard/chartChunk';
import { DashboardLists } from './dashboard/DashboardLists';
import { DashboardSidebar } from './dashboard/DashboardSidebar';
import { DatasetNotes } from './dashboard/DatasetNotes';
import { HeadlineSlot } from './dashboard/HeadlineSlot';
import type { TableSource } from './dashboard/tableSource';
import { useDeferredLists } from './dashboard/useDeferredLists';
import { useSetViewAndAsk } from './dashboard/useSetViewAndAsk';
import { useUnpublished } from './dashboard/useUnpublished';
import { viewParts } from './dashboard/viewParts';
import {
  DatasetLoadError,
  datasetWithWorkspaceQuery,
  type LoadedDataset,
} from './data/datasetQuery';
import { useDashboardModel, useDashboardView } from './hooks/useDashboardView';
import { usePhone } from './hooks/usePhone';
import { useRecordsReady } from './hooks/useRecordsReady';
import { MapSection } from './map/MapSection';
import type { ViewState } from './url/viewState';

interface DashboardProps {
  datasetId: string;
  loaded: LoadedDataset;
  /** This browser's unpublished Add-report records, for the bundled dataset only (else null). */
  workspace: Workspace | null;
  view: ViewState;
  setView: (update: (view: ViewState) => ViewState) => void;
}

/** Asks the dataset's worker for the current view's figures, and draws them when they come. */
export const Dashboard = ({ datasetId, loaded, workspace: own, view, setView }: DashboardProps) => {
  const recordsFailure = useRecordsReady(datasetId, loaded);
  const unpublished = useUnpublished(own, view, setView);
  const { workspace, key: workspaceKey } = unpublished;
  const withWorkspace = workspace !== null;
  // The worker adds the workspace records before any view is asked of it.
  const merged = useQuery({
    ...datasetWithWorkspaceQuery(datasetId, loaded, workspace, workspaceKey),
    enabled: withWorkspace,
    placeholderData: keepPreviousData,
  });
  const base = withWorkspace ? merged.data : loaded.handle.base;
  const viewEnabled = !withWorkspace || merged.isSuccess;
  const figures = useDashboardView(datasetId, loaded, view, workspaceKey, viewEnabled);
  const tableSource = useMemo(
    () => ({ datasetId, loaded, workspaceKey }),
    [datasetId, loaded, workspaceKey],
  );
  const setViewAndAsk = useSetViewAndAsk(setView, tableSource, viewEnabled);
  const chartReady = useChartChunkReady();
  if (figures.isError || merged.isError || recordsFailure) {
    const error = (recordsFailure ?? figures.error ?? merged.error) as Error;
    return (
      <ErrorMessage
        message={error.message}
        issues={error instanceof DatasetLoadError ? error.issues : []}
      />
    );
  }
  if (!figures.data || !base || !chartReady) return <LoadingMessage what="figures" />;
  return (
    <DashboardBody
      base={base}
      unpublished={unpublished.ids}
      unpublishedSwitch={unpublished.toggle}
      figures={figures.data}
      dataset={loaded.info}
      view={view}
      setView={setViewAndAsk}
      updating={figures.isPlaceholderData}
      tableSource={tableSource}
    />
  );
};

interface BodyProps {
  base: DatasetBase;
  unpublished: ReadonlySet<string>;
  unpublishedSwitch: ReactNode;
  figures: DashboardView;
  dataset: { label: string; attribution: string };
  view: ViewState;
  setView: DashboardProps['setView'];
  /** The figures shown are the previous view's while the new ones are computed. */
  updating: boolean;
  /** Where the table's full list comes from when a view carries only its first page. */
  tableSource: TableSource;
}

const DashboardBody = ({
  base,
  unpublished,
  unpublishedSwitch,
  figures,
  dataset,
  view,
  setView,
  updating,
  tableSource,
}: BodyProps) => {
  const model = useDashboardModel(base, figures);
  const phone = usePhone();
  const [provenance, setProvenance] = useState<ProvenanceRequest | null>(null);
  // The headline and chart take the new figures at once; the lists follow (useDeferredLists).
  const { later, lists, listsStale, exportRecords } = useDeferredLists(
    model,
    view.period,
    tableSource,
    view.map !== null,
  );
  const now = useMemo(() => viewParts(model, view.period), [model, view.period]);
  // The chart draws the view its figures answer: while the next figures are computed it neither
  // re-renders nor labels an export with filters it has not drawn yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the figures on purpose
  const chartView = useMemo(() => view, [model]);
  const headline = (
    <HeadlineSlot
      summary={model.summary}
      reconciled={base.reconciled}
      coded={base.info?.records === 'coded-events'}
      straddling={now.straddling.size}
      from={model.from}
      to={model.to}
      onProvenance={setProvenance}
    />
  );
  const chart = (
    <ChartSlot
      model={model}
      view={chartView}
      exportRecords={exportRecords}
      unpublished={unpublished}
      dataset={dataset}
      setView={setView}
      onProvenance={setProvenance}
    />
  );
  const nothing =
    model.filteredIncidentCount === 0 &&
    model.filtered.cumulative.length === 0 &&
    model.markers.length === 0 &&
    now.straddling.size === 0;
  return (
    <div className="dashboard" aria-busy={updating}>
      <DashboardSidebar
        view={view}
        setView={setView}
        base={base}
        summary={model.summary}
        phone={phone}
      />
      <main className="main" id="figures" tabIndex={-1}>
        {unpublishedSwitch}
        <DatasetNotes base={base} />
        {nothing ? (
          <EmptyMessage
            onClear={() => setView((v) => ({ ...v, filters: NO_FILTERS, period: null }))}
          />
        ) : (
          <>
            {headline}
            {chart}
            <MapSection
              settings={view.map}
              setView={setView}
              source={tableSource}
              filters={view.filters}
              model={model}
              dataset={dataset}
            />
            <DashboardLists
              later={later}
              lists={lists}
              busy={listsStale || model.recordsPending}
              recordsPending={model.recordsPending}
              unpublished={unpublished}
              sort={view.sort}
              period={view.period}
              setView={setView}
              onProvenance={setProvenance}
            />
            {provenance && (
              <ProvenancePanel
                request={provenance}
                incidents={model.allIncidents}
                reportsById={model.reportsById}
                gazetteer={model.gazetteer}
                onClose={() => setProvenance(null)}
              />
            )}
          </>
        )}
      </main>
    </div>
  );
};
