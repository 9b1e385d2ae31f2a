import { memo, Suspense } from 'react';
import type { Incident } from '../../model/incident';
import type { ProvenanceRequest } from '../components/ProvenancePanel';
import { LoadingMessage } from '../components/StatusMessage';
import { formatDayRange } from '../format';
import type { DashboardModel } from '../hooks/useDashboardView';
import type { ViewState } from '../url/viewState';
import { chartCardComponent } from './chartChunk';

interface Props {
  model: DashboardModel;
  /** The view the figures answer (not the newest one while its figures are computed). */
  view: ViewState;
  exportRecords: () => Promise<readonly Incident[]>;
  unpublished: ReadonlySet<string>;
  dataset: { label: string; attribution: string };
  setView: (update: (view: ViewState) => ViewState) => void;
  onProvenance: (request: ProvenanceRequest) => void;
}

/** The chart card, redrawn only when its figures or its own controls change. */
export const ChartSlot = memo(
  ({ model, view, exportRecords, unpublished, dataset, setView, onProvenance }: Props) => {
    const ChartCard = chartCardComponent();
    return (
      <Suspense fallback={<LoadingMessage what="the chart" />}>
        <ChartCard
          model={model}
          view={view}
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
            onProvenance({
              title: `Incidents on ${formatDayRange(from, to)}`,
              incidentIds: inPeriod.map((i) => i.id),
            });
          }}
        />
      </Suspense>
    );
  },
);
