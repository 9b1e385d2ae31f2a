import { format } from 'date-fns';
import { toDayNumber } from '../../analysis/dayNumber';
import type { BinUnit } from '../../analysis/timeBins';
import type { Incident } from '../../model/incident';
import { layoutAnnotations } from '../chart/annotationLayout';
import { CompareChart } from '../chart/CompareChart';
import { offScaleMarkers } from '../chart/markerScale';
import { NewDeathsChart } from '../chart/NewDeathsChart';
import { regionColor } from '../chart/regionColor';
import { StatedChart, statedStyles } from '../chart/StatedChart';
import { MARKER_ELEMENT_LIMIT, TollChart } from '../chart/TollChart';
import { CHART_MARGIN, Y_AXIS_WIDTH } from '../chart/timeAxis';
import { useElementWidth } from '../chart/useElementWidth';
import { useOneTabStop } from '../chart/useOneTabStop';
import { formatCount, formatDay, formatDayRange, formatFigure } from '../format';
import type { DashboardModel } from '../hooks/useDashboardView';
import { sourceLine } from '../sourceLine';
import { theme } from '../theme';
import { viewUrl } from '../url/useViewState';
import type { ChartMode, RangeMode, ValueScale, ViewState } from '../url/viewState';
import { type ExportKind, ExportMenu } from './ExportMenu';
import { PhoneFold } from './PhoneFold';

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

const MODES: Array<{ mode: ChartMode; label: string; title: string }> = [
  { mode: 'cumulative', label: 'Cumulative', title: 'Documented deaths, cumulative' },
  { mode: 'stated', label: 'Stated totals', title: 'Totals as the sources state them' },
  { mode: 'bars', label: 'New deaths', title: 'New deaths per' },
  { mode: 'compare', label: 'Compare regions', title: 'Cumulative deaths by region' },
];

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
  const onExport = async (kind: ExportKind) => {
    // Export code is loaded on first use, keeping it out of the initial bundle.
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
  };
  const onCopyLink = async () => {
    await navigator.clipboard.writeText(viewUrl());
  };
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
  const regionNames = new Map([...model.gazetteer.byId.values()].map((p) => [p.id, p.name]));
  const title = `${MODES.find((m) => m.mode === view.mode)?.title ?? ''}${view.mode === 'bars' ? ` ${model.unit}` : ''}`;
  useOneTabStop(
    ref,
    `Chart: ${title}. Arrow keys move between dates; the figures are also in the headline and the lists below.`,
  );
  return (
    <section className="chart-card" aria-labelledby="chart-title">
      <div className="chart-toolbar">
        <h2 id="chart-title">{title}</h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">Chart type</legend>
          {MODES.map((m) => (
            <button
              key={m.mode}
              type="button"
              aria-pressed={view.mode === m.mode}
              onClick={() => onMode(m.mode)}
            >
              {m.label}
            </button>
          ))}
        </fieldset>
        <label className="unit-select">
          Per
          <select
            value={view.unit}
            onChange={(e) => onUnit(e.currentTarget.value as BinUnit | 'auto')}
          >
            <option value="auto">auto ({model.unit})</option>
            <option value="day">day</option>
            <option value="week">week</option>
            <option value="month">month</option>
          </select>
        </label>
        {(view.mode === 'cumulative' || view.mode === 'stated') && (
          <label className="unit-select">
            Scale
            <select
              value={view.scale}
              onChange={(e) => onScale(e.currentTarget.value as ValueScale)}
            >
              <option value="linear">linear</option>
              <option value="log">log</option>
            </select>
          </label>
        )}
        <ExportMenu
          onExport={onExport}
          onCopyLink={onCopyLink}
          unavailable={
            model.recordsPending
              ? 'Exports wait for the records behind these figures, loading now.'
              : null
          }
        />
      </div>
      <figure className="chart-figure" data-testid="chart">
        <div ref={ref} className="chart-area">
          {view.mode === 'cumulative' && (
            <TollChart
              showChildren={model.headline.childrenReported > 0}
              points={model.series.points}
              best={model.best?.points ?? null}
              markers={model.markers}
              annotations={model.annotations}
              annotationLayout={annotationLayout}
              width={width}
              height={height}
              onSelectPeriod={onSelectPeriod}
              scale={view.scale}
            />
          )}
          {view.mode === 'stated' && (
            <StatedChart
              series={stated}
              documented={model.series.points}
              scale={view.scale}
              width={width}
              height={height}
            />
          )}
          {view.mode === 'bars' && (
            <NewDeathsChart
              showChildren={model.headline.childrenReported > 0}
              points={model.series.points}
              best={model.best?.points ?? null}
              unit={model.unit}
              width={width}
              height={height}
              onSelectPeriod={onSelectPeriod}
            />
          )}
          {view.mode === 'compare' && model.compare && (
            <CompareChart
              series={model.compare}
              regionNames={regionNames}
              colorOf={(id) => regionColor(id, model.gazetteer)}
              width={width}
              height={height}
            />
          )}
        </div>
        <figcaption>
          {view.mode === 'stated' && (
            <ul className="chart-legend" data-testid="stated-legend">
              <li>
                <span className="swatch swatch-line" style={{ background: theme.deaths }} />{' '}
                Documented in incidents (sum of each incident's lowest figure)
              </li>
              {stated.map((s, i) => (
                <li key={s.key}>
                  <svg width="22" height="10" aria-hidden="true" className="swatch-svg">
                    <line
                      x1="0"
                      y1="5"
                      x2="22"
                      y2="5"
                      stroke={styles[i]?.color}
                      strokeWidth="2.5"
                      strokeDasharray={styles[i]?.dash}
                    />
                  </svg>{' '}
                  {s.label}
                  {s.totalType === 'daily' && s.runs.length === 0 ? ' (separate days: points)' : ''}
                </li>
              ))}
              {view.scale === 'log' && (
                <li>Log scale: each gridline is ten times the one below.</li>
              )}
            </ul>
          )}
          {view.mode !== 'compare' && view.mode !== 'stated' && (
            <ul className="chart-legend">
              <li>
                <span className="swatch swatch-line" style={{ background: theme.deaths }} />{' '}
                {model.best
                  ? 'Deaths, best estimate (sum of the coders’ best)'
                  : 'Deaths, lower bound (sum of “at least” figures)'}
              </li>
              <li>
                <span className="swatch" style={{ background: theme.deathsBand }} />{' '}
                {model.best
                  ? 'From the low to the high estimate'
                  : 'Up to the highest figures reported'}
              </li>
              {model.headline.childrenReported > 0 && (
                <li>
                  <span className="swatch swatch-line" style={{ background: theme.children }} />{' '}
                  Children, lower bound
                </li>
              )}
              {view.mode === 'cumulative' && model.markers.length > 0 && (
                <li>
                  <span className="swatch swatch-marker" style={{ borderColor: theme.marker }} />{' '}
                  Stated totals{' '}
                  {model.markers.length <= 15
                    ? "(numbered as listed below); dotted: one source's running total"
                    : model.markers.length <= MARKER_ELEMENT_LIMIT
                      ? "(hover or tap a circle; all listed below); dotted: one source's running total"
                      : `(${formatCount(model.markers.length)}, drawn as plain dots; each is listed below)`}
                </li>
              )}
            </ul>
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
          <PhoneFold label="Notes on this chart: stated totals above the scale, dated events, date ranges">
            {view.mode === 'cumulative' && offScale.length > 0 && (
              <p className="section-note off-scale-note" data-testid="off-scale">
                <b>▲ Above the scale</b> (drawn at its top; switch to a log scale or Stated totals
                to see them to scale):{' '}
                {offScale
                  .map(({ marker, number }) => `${number}. ${marker.label} (${marker.area})`)
                  .join(' · ')}
              </p>
            )}
            {annotationLayout.keyed && view.mode === 'cumulative' && (
              <ul className="annotation-keys">
                {annotationLayout.labels.map((l) => (
                  <li key={l.text}>
                    <b>{l.key}</b> {formatDayRange(l.annotation.dateStart, l.annotation.dateEnd)}:{' '}
                    {l.annotation.label}
                  </li>
                ))}
              </ul>
            )}
            {model.series.rangeCount > 0 &&
              (view.mode === 'cumulative' || view.mode === 'bars') && (
                <p className="section-note">
                  {formatCount(model.series.rangeCount)} record
                  {model.series.rangeCount === 1 ? ' spans' : 's span'} several {model.unit}s:{' '}
                  {view.ranges === 'spread'
                    ? 'spread evenly over their days in the line and the bars (an even share per day, not a dated count; shares add up to each record’s figure)'
                    : 'counted on their last day in the line and the bars (the band widens from their first day)'}{' '}
                  <label className="inline-select">
                    <span className="visually-hidden">Records spanning several days</span>
                    <select
                      value={view.ranges}
                      onChange={(e) => onRanges(e.currentTarget.value as RangeMode)}
                    >
                      <option value="spread">spread over their days</option>
                      <option value="end">at their last day</option>
                    </select>
                  </label>
                  :{' '}
                  {model.series.ranges
                    .slice(0, 5)
                    .map(
                      (r) =>
                        `${formatFigure(r.killedMin, r.killedMax)} killed, ${formatDayRange(r.start, r.end)}`,
                    )
                    .join('; ')}
                  {model.series.rangeCount > 5 ? '; …' : ''}.
                </p>
              )}
          </PhoneFold>
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
