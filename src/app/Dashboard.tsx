import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  lazy,
  type ReactNode,
  Suspense,
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { NO_FILTERS } from '../analysis/filters';
import type { DashboardView, DatasetBase } from '../analysis/view/dashboardView';
import type { Incident } from '../model/incident';
import { rememberStamp, stampedInThisTab } from './addReport/tabStamps';
import type { Workspace } from './addReport/workspaceSchema';
import { sameStamp, workspaceStamp } from './addReport/workspaceStamp';
import type { ChartCard as ChartCardComponent } from './components/ChartCard';
import { FiltersPanel } from './components/FiltersPanel';
import { Headline } from './components/Headline';
import { PhoneFigures } from './components/PhoneFigures';
import { PhoneFold } from './components/PhoneFold';
import { ProvenancePanel, type ProvenanceRequest } from './components/ProvenancePanel';
import { RecordsTable } from './components/RecordsTable';
import { StatedTotals } from './components/StatedTotals';
import { EmptyMessage, ErrorMessage, LoadingMessage } from './components/StatusMessage';
import { UnpublishedSwitch } from './components/UnpublishedSwitch';
import {
  DatasetLoadError,
  dashboardViewQuery,
  datasetWithWorkspaceQuery,
  type LoadedDataset,
  tableRecordsQuery,
} from './data/datasetQuery';
import { formatCount, formatDayRange } from './format';
import { type DashboardModel, useDashboardModel, useDashboardView } from './hooks/useDashboardView';
import { usePhone } from './hooks/usePhone';
import { useRecordsReady } from './hooks/useRecordsReady';
import { MapSection } from './map/MapSection';
import { mapFiguresQuery, mapQueryOf } from './map/mapFiguresQuery';
import { currentSearch, flushViewUrl } from './url/useViewState';
import { type ViewState, viewFromSearch } from './url/viewState';

/**
 * The charts (and Recharts with them) load as their own chunk, requested as soon as this module
 * runs, so they arrive while the worker is still loading the data: the page's first script
 * stays small.
 */
const chartCardModule = import('./components/ChartCard');
const LazyChartCard = lazy(() => chartCardModule.then((m) => ({ default: m.ChartCard })));
// Usually loaded long before the figures: then it is drawn in the same render as they are, not
// one suspended render later.
let loadedChartCard: typeof ChartCardComponent | null = null;
chartCardModule.then((m) => {
  loadedChartCard = m.ChartCard;
});

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
  const ownStamp = useMemo(() => workspaceStamp(own), [own]);
  // Only when the view asks for them ("Include my unpublished records", `mine=` in the URL).
  const workspace = view.unpublished !== null && ownStamp !== null ? own : null;
  const mismatch = view.unpublished !== null && !sameStamp(view.unpublished, ownStamp);
  useEffect(() => {
    // This tab's own link after the analyst accepted more records: brought up to date.
    if (mismatch && ownStamp && view.unpublished && stampedInThisTab(view.unpublished)) {
      rememberStamp(ownStamp);
      setView((v) => ({ ...v, unpublished: ownStamp }));
    }
  }, [mismatch, ownStamp, view.unpublished, setView]);
  const unpublishedSwitch = (
    <UnpublishedSwitch
      own={ownStamp}
      linked={view.unpublished}
      mismatch={mismatch}
      onChange={(include) => {
        if (include && ownStamp) rememberStamp(ownStamp);
        setView((v) => ({ ...v, unpublished: include ? ownStamp : null }));
      }}
    />
  );
  const withWorkspace = workspace !== null;
  const workspaceKey = workspace ? JSON.stringify([workspace.incidents, workspace.reports]) : '';
  // The worker adds the workspace records before any view is asked of it.
  const merged = useQuery({
    ...datasetWithWorkspaceQuery(datasetId, loaded, workspace, workspaceKey),
    enabled: withWorkspace,
    placeholderData: keepPreviousData,
  });
  const base = withWorkspace ? merged.data : loaded.handle.base;
  const figures = useDashboardView(
    datasetId,
    loaded,
    view,
    workspaceKey,
    !withWorkspace || merged.isSuccess,
  );
  const unpublished = useMemo(
    () => new Set(workspace?.incidents.map((r) => r.id) ?? []),
    [workspace],
  );
  const tableSource = useMemo(
    () => ({ datasetId, loaded, workspaceKey }),
    [datasetId, loaded, workspaceKey],
  );
  // A change of view asks the worker for its figures at once, before React renders the change
  // (the render would otherwise run first and the request only from its effects).
  const queryClient = useQueryClient();
  const viewEnabled = !withWorkspace || merged.isSuccess;
  const setViewAndAsk = useCallback(
    (update: (view: ViewState) => ViewState) => {
      // The latest view, written to the URL or about to be (useViewState).
      const next = update(viewFromSearch(currentSearch()));
      if (viewEnabled)
        void queryClient.prefetchQuery(
          dashboardViewQuery(
            datasetId,
            loaded,
            { filters: next.filters, mode: next.mode, unit: next.unit, ranges: next.ranges },
            workspaceKey,
          ),
        );
      if (viewEnabled && next.map)
        void queryClient.prefetchQuery(
          mapFiguresQuery(datasetId, loaded, mapQueryOf(next.filters, next.map), workspaceKey),
        );
      setView(() => next);
    },
    [queryClient, datasetId, loaded, workspaceKey, viewEnabled, setView],
  );
  // The chart's chunk first: figures drawn before it has loaded would show the chart's Suspense
  // fallback, and React then holds the revealed chart back (up to 300 ms) after a fallback. A
  // chunk that fails to load is left to the lazy component, which reports it as before.
  const [chartReady, setChartReady] = useState(loadedChartCard !== null);
  useEffect(() => {
    if (chartReady) return;
    const ready = () => setChartReady(true);
    void chartCardModule.then(ready, ready);
  }, [chartReady]);
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
      unpublished={unpublished}
      unpublishedSwitch={unpublishedSwitch}
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
  tableSource: { datasetId: string; loaded: LoadedDataset; workspaceKey: string };
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
  // The headline and chart take the new figures at once; the long lists below them (table,
  // stated totals) follow in a transition once that frame is painted, so a filter change paints
  // the new chart first. On the first render they start empty (null).
  const [later, setLater] = useState<DashboardModel | null>(null);
  const mapOpen = view.map !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per new figures, as before
  useEffect(() => {
    // After the frame with the new chart: its paint does not wait for the lists.
    let live = true;
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        if (live) startTransition(() => setLater(model));
        // The new figures are painted: now the history entry (the map writes it after its own).
        if (live && !mapOpen) flushViewUrl();
      }, 0),
    );
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [model]);
  const listsStale = later !== model;
  const now = useMemo(() => viewParts(model, view.period), [model, view.period]);
  // A large view carries the table's first page; the rest is asked for with the lists.
  const fullTable = useQuery({
    ...tableRecordsQuery(
      tableSource.datasetId,
      tableSource.loaded,
      later?.summary.filters ?? model.summary.filters,
      tableSource.workspaceKey,
    ),
    enabled: later !== null && later.tableListed > later.filtered.incidents.length,
  });
  // Exports hold the table's rows: a large view's full list is fetched for them if need be.
  const queryClient = useQueryClient();
  const exportRecords = useCallback(async () => {
    const listed =
      model.tableListed > model.filtered.incidents.length
        ? await queryClient.fetchQuery(
            tableRecordsQuery(
              tableSource.datasetId,
              tableSource.loaded,
              model.summary.filters,
              tableSource.workspaceKey,
            ),
          )
        : model.filtered.incidents;
    return viewParts(model, view.period, listed).tableRecords;
  }, [model, view.period, queryClient, tableSource]);
  const laterTable =
    later && later.tableListed > later.filtered.incidents.length ? fullTable.data : undefined;
  const lists = useMemo(
    () => later && viewParts(later, view.period, laterTable),
    [later, view.period, laterTable],
  );
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
    const ChartCard = loadedChartCard ?? LazyChartCard;
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
  const tableLeftOut = later ? later.filteredIncidentCount - later.tableListed : 0;
  const table = useMemo(
    () =>
      later &&
      lists && (
        <>
          {tableLeftOut > 0 && (
            <p className="dataset-banner" data-testid="table-limit-note">
              The table lists the first {formatCount(later.tableListed)} of{' '}
              {formatCount(later.filteredIncidentCount)} incident records in this view (in the
              dataset's order); {formatCount(tableLeftOut)} more are counted in every figure above.
              Narrow the filters to list them.
            </p>
          )}
          <RecordsTable
            records={lists.tableRecords}
            straddling={lists.straddling}
            unpublished={unpublished}
            gazetteer={later.gazetteer}
            reportsById={later.reportsById}
            sort={view.sort}
            onSort={(sort) => setView((v) => ({ ...v, sort }))}
            period={view.period}
            onClearPeriod={() => setView((v) => ({ ...v, period: null }))}
            onShowRecord={(recordId) => {
              const incidentId = lists.incidentOfRecord.get(recordId);
              if (incidentId)
                setProvenance({
                  title: 'The incident behind this record',
                  incidentIds: [incidentId],
                });
            }}
          />
        </>
      ),
    [later, lists, tableLeftOut, unpublished, view.sort, view.period, setView],
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
        {base.recordsPending && (
          <p className="dataset-banner" data-testid="snapshot-note">
            Figures from the columns snapshot made when this site was built; they are being checked
            against incidents.csv, and its records loaded, now.
          </p>
        )}
        {base.snapshotStale && (
          <p className="dataset-banner dataset-banner-warning" data-testid="snapshot-stale">
            The columns snapshot made when this site was built did not match incidents.csv: every
            figure here was recomputed from the CSV itself.
          </p>
        )}
        {base.info?.records === 'coded-events' && (
          <p className="dataset-banner" data-testid="coded-events-note">
            Coded events from {base.info.publisher}: its coders de-duplicated them, so each event
            counts once, as coded, and is never grouped with another here.
          </p>
        )}
        {!base.reconciled && base.info?.records !== 'coded-events' && (
          <p className="dataset-banner" data-testid="unreconciled-note">
            {formatCount(base.records)} records: too many to group reports of the same event into
            incidents here, so every figure sums the records as stated (the same event may be
            counted more than once), and stated totals are not checked against incidents.
          </p>
        )}
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

/**
 * What the lists draw from one view: lookups by id, and the table's rows in the chosen period
 * (`listed`: the table's full list, when the view carries only its first page).
 */
const viewParts = (
  model: DashboardModel,
  period: ViewState['period'],
  listed: readonly Incident[] = model.filtered.incidents,
) => {
  const { straddling, cumulative } = model.filtered;
  const incidents = listed;
  const all = [...incidents, ...straddling];
  return {
    tableRecords: period
      ? all.filter((r) => (r.dateEnd ?? '') >= period.from && (r.dateStart ?? '') <= period.to)
      : all,
    straddling: new Set(straddling.map((r) => r.id)),
    undated: cumulative.filter((r) => r.dateEnd === null),
    incidentOfRecord: new Map(
      model.summary.incidentDetails.flatMap((i) => i.recordIds.map((id) => [id, i.id] as const)),
    ),
  };
};
