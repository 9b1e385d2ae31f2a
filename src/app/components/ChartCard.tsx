import { format } from 'date-fns';
import type { BinUnit } from '../../analysis/timeBins';
import { toDayNumber } from '../../model/dayNumber';
import type { Incident } from '../../model/incident';
import { layoutAnnotations } from '../chart/annotationLayout';
import { offScaleMarkers } from '../chart/markerScale';
import { statedStyles } from '../chart/StatedChart';
import { MARKER_ELEMENT_LIMIT } from '../chart/TollChart';
import { CHART_MARGIN, Y_AXIS_WIDTH } from '../chart/timeAxis';
import { useElementWidth } from '../chart/useElementWidth';
import { useOneTabStop } from '../chart/useOneTabStop';
import { formatDay } from '../format';
import type { DashboardModel } from '../hooks/useDashboardView';
import { sourceLine } from '../sourceLine';
import { viewUrl } from '../url/useViewState';
import type { ChartMode, RangeMode, ValueScale, ViewState } from '../url/viewState';
import { SeriesLegend, StatedLegend } from './ChartLegends';
import { ChartNotes } from './ChartNotes';
import { ChartPlot } from './ChartPlot';
import { ChartToolbar, MODES } from './ChartToolbar';
import type { ExportKind } from './ExportMenu';

interface Props {
  model: DashboardModel;
  view: ViewState;
  /** The rows of the records table (what the data exports hold), fetched when exporting. */
  exportRecords: () => Promise<readonly Incident[]>;
  /** This browser's unpublished records in the view: every export marks them. */
  unpublished: ReadonlySet<string>;
  dataset: { label: string; attribution: string };
  onMode: (mode: ChartMode) => void;
  onUnit: (unit: BinUnit | 'auto') => void;
  onScale: (scale: ValueScale) => void;
  onRanges: (ranges: RangeMode) => void;
  onSelectPeriod: (from: string, to: string) => void;
}

/** What the export menu runs: the export code loads on first use, out of the first bundle. */
const chartExports = (
  model: DashboardModel,
  view: ViewState,
  exportRecords: () => Promise<readonly Incident[]>,
  unpublished: ReadonlySet<string>,
  dataset: { label: string; attribution: string },
) => ({
  onExport: async (kind: ExportKind) => {
    const { runExport } = await import('../export/runExport');
    await runExport(kind, {
      model,
      view,
      records: await exportRecords(),
      unpublished,
      datasetLabel: dataset.label,
      attribution: dataset.attribution,
      url: viewUrl(),
      exportedAt: format(new Date(), 'yyyy-MM-dd'),
    });
  },
  onCopyLink: async () => {
    await navigator.clipboard.writeText(viewUrl());
  },
});

export const ChartCard = ({
  model,
  view,
  exportRecords,
  unpublished,
  dataset,
  onMode,
  onUnit,
  onScale,
  onRanges,
  onSelectPeriod,
}: Props) => {
  const stated = model.stated;
  const lastPoint = model.series.points.at(-1);
  const offScale = offScaleMarkers(
    model.markers.length > MARKER_ELEMENT_LIMIT ? [] : model.markers,
    Math.max(lastPoint?.upper ?? 0, lastPoint?.childrenUpper ?? 0),
    view.scale,
  );
  const styles = statedStyles(stated);
  const { onExport, onCopyLink } = chartExports(model, view, exportRecords, unpublished, dataset);
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const height = width < 600 ? 300 : 380;
  const first = model.series.points[0];
  const last = model.series.points.at(-1);
  const annotationLayout = layoutAnnotations(
    model.annotations,
    first ? toDayNumber(first.start) : 0,
    last ? toDayNumber(last.end) : 0,
    width - Y_AXIS_WIDTH - CHART_MARGIN.left - CHART_MARGIN.right,
  );
  const title = `${MODES.find((m) => m.mode === view.mode)?.title ?? ''}${view.mode === 'bars' ? ` ${model.unit}` : ''}`;
  useOneTabStop(
    ref,
    `Chart: ${title}. Arrow keys move between dates; the figures are also in the headline and the lists below.`,
  );
  return (
    <section className="chart-card" aria-labelledby="chart-title">
      <ChartToolbar
        title={title}
        view={view}
        unit={model.unit}
        onMode={onMode}
        onUnit={onUnit}
        onScale={onScale}
        onExport={onExport}
        onCopyLink={onCopyLink}
        exportUnavailable={
          model.recordsPending
            ? 'Exports wait for the records behind these figures, loading now.'
            : null
        }
      />
      <figure className="chart-figure" data-testid="chart">
        <div ref={ref} className="chart-area">
          <ChartPlot
            view={view}
            model={model}
            stated={stated}
            annotationLayout={annotationLayout}
            width={width}
            height={height}
            onSelectPeriod={onSelectPeriod}
          />
        </div>
        <figcaption>
          {view.mode === 'stated' && <StatedLegend view={view} stated={stated} styles={styles} />}
          {view.mode !== 'compare' && view.mode !== 'stated' && (
            <SeriesLegend view={view} model={model} />
          )}
          {view.mode === 'compare' && (
            <p className="section-note">
              Cumulative lower bound per region (
              {view.filters.regions.length > 0
                ? 'selected regions'
                : 'every governorate with records'}
              ).
            </p>
          )}
          <ChartNotes
            view={view}
            model={model}
            offScale={offScale}
            annotationLayout={annotationLayout}
            onRanges={onRanges}
          />
          <p className="chart-credit" data-testid="chart-credit">
            {sourceLine(
              model.summary.dataset,
              Object.entries(model.summary.bySource)
                .sort((a, b) => b[1].records - a[1].records)
                .map(([name]) => name),
            )}
            {model.summary.dataset && ` Data as of ${formatDay(model.summary.dataset.asOf)}.`}
          </p>
        </figcaption>
      </figure>
    </section>
  );
};
