import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { NO_FILTERS } from '../analysis/filters';
import type { Incident } from '../model/incident';
import type { Workspace } from './addReport/workspaceSchema';
import { FiltersPanel } from './components/FiltersPanel';
import { Headline } from './components/Headline';
import { ProvenancePanel, type ProvenanceRequest } from './components/ProvenancePanel';
import { RecordsTable } from './components/RecordsTable';
import { StatedTotals } from './components/StatedTotals';
import { EmptyMessage, ErrorMessage, LoadingMessage } from './components/StatusMessage';
import {
  DatasetLoadError,
  datasetWithWorkspaceQuery,
  type LoadedDataset,
} from './data/datasetQuery';
import { formatCount, formatDayRange } from './format';
import { useDashboardModel, useDashboardView } from './hooks/useDashboardView';
import type { ViewState } from './url/viewState';
import type { DashboardView, DatasetBase } from './worker/dashboardView';

/**
 * The charts (and Recharts with them) load as their own chunk, requested as soon as this module
 * runs, so they arrive while the worker is still loading the data: the page's first script
 * stays small.
 */
const chartCardModule = import('./components/ChartCard');
const ChartCard = lazy(() => chartCardModule.then((m) => ({ default: m.ChartCard })));

interface DashboardProps {
  datasetId: string;
  loaded: LoadedDataset;
  /** This browser's unpublished Add-report records, for the bundled dataset only (else null). */
  workspace: Workspace | null;
  view: ViewState;
  setView: (update: (view: ViewState) => ViewState) => void;
}

/** Asks the dataset's worker for the current view's figures, and draws them when they come. */
export const Dashboard = ({ datasetId, loaded, workspace, view, setView }: DashboardProps) => {
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
  if (figures.isError || merged.isError) {
    const error = (figures.error ?? merged.error) as Error;
    return (
      <ErrorMessage
        message={error.message}
        issues={error instanceof DatasetLoadError ? error.issues : []}
      />
    );
  }
  if (!figures.data || !base) return <LoadingMessage what="figures" />;
  return (
    <DashboardBody
      base={base}
      unpublished={unpublished}
      figures={figures.data}
      dataset={loaded.info}
      view={view}
      setView={setView}
      updating={figures.isPlaceholderData}
    />
  );
};

interface BodyProps {
  base: DatasetBase;
  unpublished: ReadonlySet<string>;
  figures: DashboardView;
  dataset: { label: string; attribution: string };
  view: ViewState;
  setView: DashboardProps['setView'];
  /** The figures shown are the previous view's while the new ones are computed. */
  updating: boolean;
}

const DashboardBody = ({
  base,
  unpublished,
  figures,
  dataset,
  view,
  setView,
  updating,
}: BodyProps) => {
  const model = useDashboardModel(base, figures);
  const [provenance, setProvenance] = useState<ProvenanceRequest | null>(null);
  const incidentOfRecord = useMemo(
    () =>
      new Map(
        model.summary.incidentDetails.flatMap((i) => i.recordIds.map((id) => [id, i.id] as const)),
      ),
    [model.summary],
  );
  // On a phone the filters start folded, so the figures are the first thing seen.
  const [filtersOpen, setFiltersOpen] = useState(
    () => window.matchMedia('(min-width: 761px)').matches,
  );
  // The page holds only the records of the view (stated totals look theirs up here).
  const recordsById = useMemo(() => {
    const { incidents, straddling, cumulative } = model.filtered;
    return new Map<string, Incident>(
      [...incidents, ...straddling, ...cumulative].map((r) => [r.id, r]),
    );
  }, [model.filtered]);
  const tableRecords = useMemo(() => {
    const all = [...model.filtered.incidents, ...model.filtered.straddling];
    const period = view.period;
    if (!period) return all;
    return all.filter((r) => (r.dateEnd ?? '') >= period.from && (r.dateStart ?? '') <= period.to);
  }, [model.filtered, view.period]);
  const straddling = useMemo(
    () => new Set(model.filtered.straddling.map((r) => r.id)),
    [model.filtered],
  );
  const undated = model.filtered.cumulative.filter((r) => r.dateEnd === null);
  const nothing =
    model.filteredIncidentCount === 0 &&
    model.filtered.cumulative.length === 0 &&
    straddling.size === 0;
  const tableLeftOut = model.filteredIncidentCount - model.filtered.incidents.length;
  return (
    <div className="dashboard" aria-busy={updating}>
      <aside className="sidebar">
        <details
          className="filters-toggle"
          open={filtersOpen}
          onToggle={(e) => setFiltersOpen(e.currentTarget.open)}
        >
          <summary>Filters</summary>
          <FiltersPanel
            filters={view.filters}
            options={model.options}
            dataFirst={base.dataSpan.first}
            dataLast={base.dataSpan.last}
            onChange={(filters) => setView((v) => ({ ...v, filters, period: null }))}
          />
        </details>
      </aside>
      <main className="main">
        {unpublished.size > 0 && (
          <p className="unpublished-banner" data-testid="unpublished-banner">
            Includes {unpublished.size} unpublished record{unpublished.size === 1 ? '' : 's'} from
            this browser's Add report workspace, marked “unpublished”: they are not in data/ until
            exported and reviewed.
          </p>
        )}
        {!base.reconciled && (
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
            <Headline
              summary={model.summary}
              straddling={straddling.size}
              onShowIncidents={() =>
                setProvenance({
                  title: 'Incidents behind the deaths figure',
                  incidentIds: model.summary.incidentDetails.map((i) => i.id),
                })
              }
            />
            <Suspense fallback={<LoadingMessage what="the chart" />}>
              <ChartCard
                model={model}
                view={view}
                records={tableRecords}
                dataset={dataset}
                onMode={(mode) => setView((v) => ({ ...v, mode }))}
                onUnit={(unit) => setView((v) => ({ ...v, unit }))}
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
            <StatedTotals
              markers={model.markers}
              undated={undated}
              recordsById={recordsById}
              reportsById={model.reportsById}
              checks={model.summary.cumulativeChecks}
              onShowIncidents={(title, incidentIds) => setProvenance({ title, incidentIds })}
            />
            {tableLeftOut > 0 && (
              <p className="dataset-banner" data-testid="table-limit-note">
                The table lists the first {formatCount(model.filtered.incidents.length)} of{' '}
                {formatCount(model.filteredIncidentCount)} incident records in this view (in the
                dataset's order); {formatCount(tableLeftOut)} more are counted in every figure
                above. Narrow the filters to list them.
              </p>
            )}
            <RecordsTable
              records={tableRecords}
              straddling={straddling}
              unpublished={unpublished}
              gazetteer={model.gazetteer}
              reportsById={model.reportsById}
              sort={view.sort}
              onSort={(sort) => setView((v) => ({ ...v, sort }))}
              period={view.period}
              onClearPeriod={() => setView((v) => ({ ...v, period: null }))}
              onShowRecord={(recordId) => {
                const incidentId = incidentOfRecord.get(recordId);
                if (incidentId)
                  setProvenance({
                    title: 'The incident behind this record',
                    incidentIds: [incidentId],
                  });
              }}
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
