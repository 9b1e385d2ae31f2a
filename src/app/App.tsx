import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { NO_FILTERS } from '../analysis/filters';
import type { Dataset } from '../model/dataset';
import { ChartCard } from './components/ChartCard';
import { FiltersPanel } from './components/FiltersPanel';
import { Headline } from './components/Headline';
import { ProvenancePanel, type ProvenanceRequest } from './components/ProvenancePanel';
import { RecordsTable } from './components/RecordsTable';
import { StatedTotals } from './components/StatedTotals';
import { EmptyMessage, ErrorMessage, LoadingMessage } from './components/StatusMessage';
import { BUNDLED_DATASETS, findBundledDataset } from './data/bundledDatasets';
import { DatasetLoadError, datasetQuery } from './data/datasetQuery';
import { formatDayRange } from './format';
import { useDashboardModel } from './hooks/useDashboardModel';
import { useViewState } from './url/useViewState';
import type { ViewState } from './url/viewState';

export const App = () => {
  const [view, setView] = useViewState();
  const query = useQuery(datasetQuery(view.dataset));
  const bundled = findBundledDataset(view.dataset);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Tolltrack</h1>
        <p className="tagline">
          Conflict deaths from sourced reports: every figure with its uncertainty and its source.
        </p>
        <label className="dataset-select">
          Dataset
          <select
            value={view.dataset}
            onChange={(e) => {
              const dataset = e.currentTarget.value;
              setView(() => ({ ...view, dataset, filters: NO_FILTERS, period: null }));
            }}
          >
            {BUNDLED_DATASETS.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      {query.isPending && <LoadingMessage what={`${bundled?.path ?? 'data/'}incidents.csv`} />}
      {query.isError && (
        <ErrorMessage
          message={query.error.message}
          issues={query.error instanceof DatasetLoadError ? query.error.issues : []}
        />
      )}
      {query.isSuccess && <Dashboard dataset={query.data} view={view} setView={setView} />}
      <footer className="app-footer">
        <p>{bundled?.attribution}</p>
        <p>
          Tolltrack never estimates or rounds a figure. “At least” stays a lower bound; where
          sources disagree, both figures are shown.
        </p>
      </footer>
    </div>
  );
};

interface DashboardProps {
  dataset: Dataset;
  view: ViewState;
  setView: (update: (view: ViewState) => ViewState) => void;
}

const Dashboard = ({ dataset, view, setView }: DashboardProps) => {
  const model = useDashboardModel(dataset, view);
  const datasetInfo = findBundledDataset(view.dataset);
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
  const recordsById = useMemo(() => new Map(dataset.incidents.map((r) => [r.id, r])), [dataset]);
  const dataSpan = useMemo(() => {
    let first: string | null = null;
    let last: string | null = null;
    for (const r of dataset.incidents) {
      const start = r.dateStart ?? r.dateEnd;
      const end = r.dateEnd ?? r.dateStart;
      if (start && (first === null || start < first)) first = start;
      if (end && (last === null || end > last)) last = end;
    }
    return { first, last };
  }, [dataset]);
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
    model.filtered.incidents.length === 0 &&
    model.filtered.cumulative.length === 0 &&
    straddling.size === 0;
  return (
    <div className="dashboard">
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
            dataFirst={dataSpan.first}
            dataLast={dataSpan.last}
            onChange={(filters) => setView((v) => ({ ...v, filters, period: null }))}
          />
        </details>
      </aside>
      <main className="main">
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
            <ChartCard
              model={model}
              view={view}
              records={tableRecords}
              dataset={{
                label: datasetInfo?.label ?? view.dataset,
                attribution: datasetInfo?.attribution ?? '',
              }}
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
            <StatedTotals
              markers={model.markers}
              undated={undated}
              recordsById={recordsById}
              reportsById={model.reportsById}
              checks={model.summary.cumulativeChecks}
              onShowIncidents={(title, incidentIds) => setProvenance({ title, incidentIds })}
            />
            <RecordsTable
              records={tableRecords}
              straddling={straddling}
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
