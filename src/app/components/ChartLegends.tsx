import type { StatedSeries } from '../../analysis/statedTotals';
import type { LineStyle } from '../chart/StatedChart';
import { MARKER_ELEMENT_LIMIT } from '../chart/TollChart';
import { formatCount } from '../format';
import type { DashboardModel } from '../hooks/useDashboardView';
import { theme } from '../theme';
import type { ViewState } from '../url/viewState';

/** The Stated totals chart's key: one line style per source and count. */
export const StatedLegend = ({
  view,
  stated,
  styles,
}: {
  view: ViewState;
  stated: readonly StatedSeries[];
  styles: readonly LineStyle[];
}) => (
  <>
    {view.mode === 'stated' && (
      <ul className="chart-legend" data-testid="stated-legend">
        <li>
          <span className="swatch swatch-line" style={{ background: theme.deaths }} /> Documented in
          incidents (sum of each incident's lowest figure)
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
        {view.scale === 'log' && <li>Log scale: each gridline is ten times the one below.</li>}
      </ul>
    )}
  </>
);

/** The key of the cumulative and new-deaths charts: line, band, children, stated totals. */
export const SeriesLegend = ({ view, model }: { view: ViewState; model: DashboardModel }) => (
  <>
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
          {model.best ? 'From the low to the high estimate' : 'Up to the highest figures reported'}
        </li>
        {model.headline.childrenReported > 0 && (
          <li>
            <span className="swatch swatch-line" style={{ background: theme.children }} /> Children,
            lower bound
          </li>
        )}
        {view.mode === 'cumulative' && model.markers.length > 0 && (
          <li>
            <span className="swatch swatch-marker" style={{ borderColor: theme.marker }} /> Stated
            totals{' '}
            {model.markers.length <= 15
              ? "(numbered as listed below); dotted: one source's running total"
              : model.markers.length <= MARKER_ELEMENT_LIMIT
                ? "(hover or tap a circle; all listed below); dotted: one source's running total"
                : `(${formatCount(model.markers.length)}, drawn as plain dots; each is listed below)`}
          </li>
        )}
      </ul>
    )}
  </>
);
