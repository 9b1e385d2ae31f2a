import { shortSourceName } from '../../analysis/cumulativeMarkers';
import type { HeadlineFigures } from '../../analysis/headlineFigures';
import { formatCount, formatDay, formatDayRange } from '../format';

interface Props {
  figures: HeadlineFigures;
  straddling: number;
}

/** The numbers an analyst quotes, each with its uncertainty spelled out. */
export const Headline = ({ figures, straddling }: Props) => {
  const sources = Object.entries(figures.bySource).sort((a, b) => b[1].killedMin - a[1].killedMin);
  return (
    <section className="headline" aria-label="Headline figures">
      <dl className="figures">
        <div className="figure figure-deaths">
          <dt>Deaths (lower bound)</dt>
          <dd data-testid="killed-min">{formatCount(figures.killedMin)}</dd>
          <dd className="figure-note" data-testid="killed-max">
            {figures.killedMax > figures.killedMin
              ? `up to ${formatCount(figures.killedMax)} by the highest figures reported`
              : 'no source reports more'}
            {figures.openEnded > 0 && ` · ${figures.openEnded} records say “at least”`}
          </dd>
        </div>
        <div className="figure figure-children">
          <dt>Children among them</dt>
          <dd data-testid="children-min">
            {figures.childrenReported > 0 ? formatCount(figures.childrenMin) : 'not reported'}
          </dd>
          <dd className="figure-note" data-testid="children-max">
            {figures.childrenReported === 0
              ? 'no record in this view gives a children figure'
              : `${figures.childrenMax > figures.childrenMin ? `up to ${formatCount(figures.childrenMax)}; ` : 'lower bound; '}given by ${figures.childrenReported} of ${figures.records} records`}
          </dd>
        </div>
        <div className="figure">
          <dt>Records</dt>
          <dd data-testid="records">{formatCount(figures.records)}</dd>
          <dd className="figure-note">
            from <span data-testid="reports">{formatCount(figures.reports)}</span> reports
          </dd>
        </div>
        <div className="figure">
          <dt>Dates</dt>
          <dd className="figure-dates" data-testid="date-range">
            {figures.firstDate && figures.lastDate
              ? formatDayRange(figures.firstDate, figures.lastDate)
              : '–'}
          </dd>
          <dd className="figure-note">
            {figures.lastDate ? `latest record ${formatDay(figures.lastDate)}` : 'no dated records'}
          </dd>
        </div>
      </dl>
      {sources.length > 0 && (
        <p className="according-to" data-testid="according-to">
          <strong>According to: </strong>
          {sources.slice(0, 6).map(([name, f], i) => (
            <span key={name} title={name}>
              {i > 0 && ' · '}
              {shortSourceName(name)} {formatCount(f.killedMin)}
              {f.killedMax > f.killedMin ? `–${formatCount(f.killedMax)}` : ''} ({f.records}{' '}
              {f.records === 1 ? 'record' : 'records'})
            </span>
          ))}
          {sources.length > 6 && ` · ${sources.length - 6} more`}
        </p>
      )}
      <p className="caveat">
        Sums of records as each report states them. Records are not yet merged into incidents: the
        same deaths can appear in several reports, so these sums can count them more than once.
        {straddling > 0 &&
          ` ${straddling} record${straddling === 1 ? '' : 's'} dated partly outside the chosen dates ${straddling === 1 ? 'is' : 'are'} listed in the table but not counted.`}
      </p>
    </section>
  );
};
