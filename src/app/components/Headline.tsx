import type { ReactNode } from 'react';
import { shortSourceName } from '../../analysis/cumulativeMarkers';
import type { ViewSummary } from '../../analysis/view/dashboardView';
import { formatCount, formatDay, formatDayRange } from '../format';

interface Props {
  summary: ViewSummary;
  /** false: records were not grouped into incidents (a large dataset), and the figures say so. */
  reconciled: boolean;
  straddling: number;
  onShowIncidents: () => void;
}

/** A headline number that opens the incidents and reports behind it. */
const FigureButton = ({
  testId,
  onClick,
  children,
}: {
  testId: string;
  onClick: () => void;
  children: ReactNode;
}) => (
  <button
    type="button"
    className="figure-button"
    data-testid={testId}
    onClick={onClick}
    title="Show the incidents and reports behind this figure"
  >
    {children}
  </button>
);

const PlainFigure = ({ testId, children }: { testId: string; children: ReactNode }) => (
  <span className="figure-plain" data-testid={testId}>
    {children}
  </span>
);

/**
 * The numbers an analyst quotes, each with its uncertainty spelled out. Deaths count each
 * incident once (reports of the same strike are grouped); the plain sum of every record is
 * shown beside it, so nothing is hidden.
 */
export const Headline = ({ summary, reconciled, straddling, onShowIncidents }: Props) => {
  const sources = Object.entries(summary.bySource).sort((a, b) => b[1].killedMin - a[1].killedMin);
  const childrenKnown = summary.childrenReported > 0;
  // Unclustered records have no incidents to open: the figures are plain numbers then.
  const Figure = reconciled ? FigureButton : PlainFigure;
  return (
    <section className="headline" aria-label="Headline figures">
      <dl className="figures">
        <div className="figure figure-deaths">
          <dt>Deaths (lower bound)</dt>
          <dd>
            <Figure testId="killed-min" onClick={onShowIncidents}>
              {formatCount(summary.killedMin)}
            </Figure>
          </dd>
          <dd className="figure-note" data-testid="killed-max">
            {summary.killedMax > summary.killedMin
              ? `up to ${formatCount(summary.killedMax)} by the highest figures reported`
              : 'no source reports more'}
            {summary.incidentsOpenEnded > 0 &&
              ` · ${formatCount(summary.incidentsOpenEnded)} say “at least”`}
          </dd>
        </div>
        <div className="figure figure-children">
          <dt>Children among them</dt>
          <dd>
            {childrenKnown ? (
              <Figure testId="children-min" onClick={onShowIncidents}>
                {formatCount(summary.childrenMin)}
              </Figure>
            ) : (
              <span data-testid="children-min">not reported</span>
            )}
          </dd>
          <dd className="figure-note" data-testid="children-max">
            {childrenKnown
              ? `${summary.childrenMax > summary.childrenMin ? `up to ${formatCount(summary.childrenMax)}; ` : 'lower bound; '}given by ${formatCount(summary.childrenReported)} of ${formatCount(summary.records)} records`
              : 'no record in this view gives a children figure'}
          </dd>
        </div>
        {reconciled ? (
          <div className="figure">
            <dt>Incidents</dt>
            <dd>
              <FigureButton testId="incidents" onClick={onShowIncidents}>
                {formatCount(summary.incidents)}
              </FigureButton>
            </dd>
            <dd className="figure-note">
              from <span data-testid="records">{formatCount(summary.records)}</span> records in{' '}
              <span data-testid="reports">{formatCount(summary.reports)}</span> reports
            </dd>
          </div>
        ) : (
          <div className="figure">
            <dt>Records</dt>
            <dd className="figure-plain" data-testid="records">
              {formatCount(summary.records)}
            </dd>
            <dd className="figure-note">
              in <span data-testid="reports">{formatCount(summary.reports)}</span> reports, not
              grouped into incidents
            </dd>
          </div>
        )}
        <div className="figure">
          <dt>Dates</dt>
          <dd className="figure-dates" data-testid="date-range">
            {summary.firstDate && summary.lastDate
              ? formatDayRange(summary.firstDate, summary.lastDate)
              : '–'}
          </dd>
          <dd className="figure-note">
            {summary.lastDate ? `latest record ${formatDay(summary.lastDate)}` : 'no dated records'}
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
              {f.killedMax > f.killedMin ? `–${formatCount(f.killedMax)}` : ''}
            </span>
          ))}
          {sources.length > 6 && ` · ${sources.length - 6} more`}
        </p>
      )}
      {reconciled ? (
        <p className="caveat">
          Reports of the same event are grouped into one incident, which counts once, from its
          lowest to its highest source figure
          {summary.incidentsWithDisagreement > 0 &&
            ` (${summary.incidentsWithDisagreement} with disagreeing sources)`}
          . The plain sum of all{' '}
          <span data-testid="records-count">{formatCount(summary.records)}</span> records is{' '}
          <span data-testid="records-killed-min">{formatCount(summary.recordsKilledMin)}</span>
          {summary.recordsKilledMax > summary.recordsKilledMin &&
            `–${formatCount(summary.recordsKilledMax)}`}{' '}
          killed
          {childrenKnown && (
            <>
              {' '}
              and{' '}
              <span data-testid="records-children-min">
                {formatCount(summary.recordsChildrenMin)}
              </span>{' '}
              children
            </>
          )}
          .
          {straddling > 0 &&
            ` ${straddling} record${straddling === 1 ? '' : 's'} dated partly outside the chosen dates ${straddling === 1 ? 'is' : 'are'} listed in the table but not counted.`}
        </p>
      ) : (
        <p className="caveat">
          Every figure is the plain sum of the{' '}
          <span data-testid="records-count">{formatCount(summary.records)}</span> records as stated:
          reports of the same event are not grouped here, so one event reported twice is counted
          twice.
          {straddling > 0 &&
            ` ${straddling} record${straddling === 1 ? '' : 's'} dated partly outside the chosen dates ${straddling === 1 ? 'is' : 'are'} listed in the table but not counted.`}
        </p>
      )}
    </section>
  );
};
