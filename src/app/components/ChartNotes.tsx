import type { CumulativeMarker } from '../../analysis/cumulativeMarkers';
import type { AnnotationLayout } from '../chart/annotationLayout';
import { formatCount, formatDayRange, formatFigure } from '../format';
import type { DashboardModel } from '../hooks/useDashboardView';
import type { RangeMode, ViewState } from '../url/viewState';
import { PhoneFold } from './PhoneFold';

interface Props {
  view: ViewState;
  model: DashboardModel;
  offScale: ReadonlyArray<{ marker: CumulativeMarker; number: number }>;
  annotationLayout: AnnotationLayout;
  onRanges: (ranges: RangeMode) => void;
}

/** What the chart cannot show by itself: totals above its scale, dated events, date ranges. */
export const ChartNotes = ({ view, model, offScale, annotationLayout, onRanges }: Props) => (
  <PhoneFold label="Notes on this chart: stated totals above the scale, dated events, date ranges">
    {view.mode === 'cumulative' && offScale.length > 0 && (
      <p className="section-note off-scale-note" data-testid="off-scale">
        <b>▲ Above the scale</b> (drawn at its top; switch to a log scale or Stated totals to see
        them to scale):{' '}
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
    {model.series.rangeCount > 0 && (view.mode === 'cumulative' || view.mode === 'bars') && (
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
);
