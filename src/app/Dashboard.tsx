import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, Suspense, useMemo, useState } from 'react';
import { NO_FILTERS } from '../analysis/filters';
import type { DashboardView, DatasetBase } from '../analysis/view/viewTypes';
import type { Workspace } from './addReport/workspaceSchema';
import { FiltersPanel } from './components/FiltersPanel';
import { Headline } from './components/Headline';
import { PhoneFigures } from './components/PhoneFigures';
import { PhoneFold } from './components/PhoneFold';
import { ProvenancePanel, type ProvenanceRequest } from './components/ProvenancePanel';
import { StatedTotals } from './components/StatedTotals';
import { EmptyMessage, ErrorMessage, LoadingMessage } from './components/StatusMessage';
import { chartCardComponent, useChartChunkReady } from './dashboard/chartChunk';
import { DatasetNotes } from './dashboard/DatasetNotes';
import { RecordsSection } from './dashboard/RecordsSection';
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
import { formatDayRange } from './format';
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
  // On a phone the filters start folded, so the figures are the first thing seen.
  const [filtersOpen, setFiltersOpen] = useState(
    () => window.matchMedia('(min-width: 761px)').matches,
  );
  // The headline and chart take the new figures at once; the lists follow (useDeferredLists).
  const { later, lists, listsStale, exportRecords } = useDeferredLists(
    model,
    view.period,
    tableSource,
  );
  const now = useMemo(() => viewParts(model, view.period), [model, view.period]);
  // The chart draws the view its figures answer: while the next figures are computed it neither
  // re-renders nor labels an export with filters it has not drawn yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the figures on purpose
  const chartView = useMemo(() => view, [model]);
  const headline = useMemo(
    () => (
      <Headline
        summary={model.summary}
        reconciled={base.reconciled}
        coded={base.info?.records === 'coded-events'}
        straddling={now.straddling.size}
        from={model.from}
        to={model.to}
        onShowStated={(statement) => {
          // The list below numbers every stated total as the chart does.
          const item = document.getElementById(`stated-${statement.id}`);
          // On a phone the list is folded: opened first.
          item?.closest('details')?.setAttribute('open', '');
          item?.scrollIntoView({ block: 'center' });
          item?.focus();
        }}
        onShowIncidents={() =>
          setProvenance({
            title: 'Incidents behind the deaths figure',
            incidentIds: model.summary.incidentDetails.map((i) => i.id),
          })
        }
      />
    ),
    [model.summary, model.from, model.to, base.reconciled, base.info, now.straddling.size],
  );
  const chart = useMemo(() => {
    const ChartCard = chartCardComponent();
    return (
      <Suspense fallback={<LoadingMessage what="the chart" />}>
        <ChartCard
          model={model}
          view={chartView}
          exportRecords={exportRecords}
          unpublished={unpublished}
          dataset={dataset}
          onMode={(mode) => setView((v) => ({ ...v, mode }))}
          onUnit={(unit) => setView((v) => ({ ...v, unit }))}
          onScale={(scale) => setView((v) => ({ ...v, scale }))}
          onRanges={(ranges) => setView((v) => ({ ...v, ranges }))}
          onSelectPeriod={(from, to) => {
            setView((v) => ({ ...v, period: { from, to } }));
            const inPeriod = model.summary.incidentDetails.filter(
              (i) => (i.dateEnd ?? '') >= from && (i.dateStart ?? '') <= to,
            );
            setProvenance({
              title: `Incidents on ${formatDayRange(from, to)}`,
              incidentIds: inPeriod.map((i) => i.id),
            });
          }}
        />
      </Suspense>
    );
  }, [model, chartView, exportRecords, unpublished, dataset, setView]);
  const statedTotals = useMemo(
    () =>
      later &&
      lists && (
        <StatedTotals
          markers={later.markers}
          undated={lists.undated}
          reportsById={later.reportsById}
          checks={later.summary.cumulativeChecks}
          onShowIncidents={(title, incidentIds) => setProvenance({ title, incidentIds })}
        />
      ),
    [later, lists],
  );
  const table = useMemo(
    () =>
      later &&
      lists && (
        <RecordsSection
          later={later}
          lists={lists}
          unpublished={unpublished}
          sort={view.sort}
          period={view.period}
          setView={setView}
          onProvenance={setProvenance}
        />
      ),
    [later, lists, unpublished, view.sort, view.period, setView],
  );
  // Redrawn when the filters change, not when their figures arrive.
  const filtersPanel = useMemo(
    () => (
      <FiltersPanel
        filters={view.filters}
        options={base.options}
        dataFirst={base.dataSpan.first}
        dataLast={base.dataSpan.last}
        onChange={(filters) => setView((v) => ({ ...v, filters, period: null }))}
      />
    ),
    [view.filters, base.options, base.dataSpan, setView],
  );
  const nothing =
    model.filteredIncidentCount === 0 &&
    model.filtered.cumulative.length === 0 &&
    model.markers.length === 0 &&
    now.straddling.size === 0;
  return (
    <div className="dashboard" aria-busy={updating}>
      <aside className="sidebar">
        <details
          className="filters-toggle"
          open={filtersOpen}
          onToggle={(e) => setFiltersOpen(e.currentTarget.open)}
        >
          <summary>Filters</summary>
          {filtersPanel}
        </details>
        {filtersOpen && phone && (
          <PhoneFigures
            summary={model.summary}
            reconciled={base.reconciled}
            onShow={() => setFiltersOpen(false)}
          />
        )}
      </aside>
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
            <div className="view-lists" aria-busy={listsStale || model.recordsPending}>
              {model.recordsPending ? (
                <LoadingMessage what="the records behind these figures" />
              ) : (
                <>
                  {statedTotals && (
                    <PhoneFold label={`Stated totals in full (${model.markers.length})`}>
                      {statedTotals}
                    </PhoneFold>
                  )}
                  {table}
                </>
              )}
            </div>
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
