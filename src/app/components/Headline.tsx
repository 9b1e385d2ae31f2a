import type { ReactNode } from 'react';
import { shortSourceName } from '../../analysis/cumulativeMarkers';
import type { SourceStatement } from '../../analysis/statedTotals';
import type { ViewSummary } from '../../analysis/view/viewTypes';
import { formatCount, formatDayRange } from '../format';
import { PhoneFold } from './PhoneFold';
import { StatedLead } from './StatedLead';

interface Props {
  summary: ViewSummary;
  /** false: records were not grouped into incidents (a large dataset), and the figures say so. */
  reconciled: boolean;
  /** Coded event data (dataset.json): each record is one event as its coders counted it. */
  coded?: boolean;
  straddling: number;
  /** The view's one date range: the chart's, the export's and this headline's. */
  from: string | null;
  to: string | null;
  onShowIncidents: () => void;
  onShowStated: (statement: SourceStatement) => void;
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

const s = (n: number) => (n === 1 ? '' : 's');

/**
 * What each number counts, in the order a careful journalist would quote them: the sources'
 * own stated totals first, then what the incident records document (each incident once, from
 * its lowest to its highest source figure), and the gap between the two.
 */
export const Headline = (props: Props) => {
  const { summary, reconciled, onShowIncidents, onShowStated } = props;
  return (
    <section className="headline" aria-label="Headline figures">
      <StatedLead
        statements={summary.statedTotals}
        checks={summary.cumulativeChecks}
        onShowStated={onShowStated}
      />
      <h2 className="headline-label">
        {props.coded
          ? `${formatCount(summary.records)} coded event${s(summary.records)}`
          : reconciled
            ? `Documented in ${formatCount(summary.incidents)} incident${s(summary.incidents)}`
            : `Documented in ${formatCount(summary.records)} record${s(summary.records)}`}
        {props.from && props.to && (
          <span data-testid="date-range">, {formatDayRange(props.from, props.to)}</span>
        )}
      </h2>
      <DocumentedFigures {...props} />
      <PhoneFold label="How these figures are counted">
        <AccordingTo summary={summary} reconciled={reconciled} onShowIncidents={onShowIncidents} />
        <Caveat {...props} />
      </PhoneFold>
    </section>
  );
};

const DocumentedFigures = ({ summary, reconciled, onShowIncidents }: Props) => {
  const childrenKnown = summary.childrenReported > 0;
  // Unclustered records have no incidents to open: the figures are plain numbers then.
  const Figure = reconciled ? FigureButton : PlainFigure;
  const best = summary.killedBest;
  return (
    <dl className="figures">
      <div className="figure figure-deaths">
        <dt>{best !== null ? 'Killed, best estimate' : 'Killed, at least'}</dt>
        <dd>
          {best !== null ? (
            <Figure testId="killed-best" onClick={onShowIncidents}>
              {formatCount(best)}
            </Figure>
          ) : (
            <Figure testId="killed-min" onClick={onShowIncidents}>
              {formatCount(summary.killedMin)}
            </Figure>
          )}
        </dd>
        {best !== null ? (
          <dd className="figure-note" data-testid="killed-max">
            best of the coders; low{' '}
            <span data-testid="killed-min">{formatCount(summary.killedMin)}</span> – high{' '}
            {formatCount(summary.killedMax)}
          </dd>
        ) : (
          <dd className="figure-note" data-testid="killed-max">
            sum of each incident's lowest figure;{' '}
            {summary.killedMax > summary.killedMin
              ? `up to ${formatCount(summary.killedMax)} by the highest figures reported`
              : 'no source reports more'}
            {summary.incidentsOpenEnded > 0 &&
              ` · ${formatCount(summary.incidentsOpenEnded)} say “at least”`}
          </dd>
        )}
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
            ? `${summary.childrenMax > summary.childrenMin ? `up to ${formatCount(summary.childrenMax)}; ` : 'at least; '}given by ${formatCount(summary.childrenReported)} of ${formatCount(summary.records)} records`
            : 'no record in this view gives a children figure'}
        </dd>
      </div>
      <div className="figure">
        <dt>{reconciled ? 'Incidents' : 'Records'}</dt>
        <dd>
          {reconciled ? (
            <FigureButton testId="incidents" onClick={onShowIncidents}>
              {formatCount(summary.incidents)}
            </FigureButton>
          ) : (
            <span className="figure-plain" data-testid="records">
              {formatCount(summary.records)}
            </span>
          )}
        </dd>
        <dd className="figure-note">
          {reconciled ? (
            <>
              from <span data-testid="records">{formatCount(summary.records)}</span> records in{' '}
            </>
          ) : (
            'in '
          )}
          <span data-testid="reports">{formatCount(summary.reports)}</span> reports
        </dd>
      </div>
    </dl>
  );
};

/** Each organisation's own figures within the documented incidents, not its own total. */
const AccordingTo = ({
  summary,
  reconciled,
}: Pick<Props, 'summary' | 'reconciled' | 'onShowIncidents'>) => {
  const sources = Object.entries(summary.bySource).sort((a, b) => b[1].killedMin - a[1].killedMin);
  if (sources.length === 0) return null;
  return (
    <p className="according-to" data-testid="according-to">
      <strong>
        {reconciled ? 'Sources of these incidents' : 'Sources of these records'} (their own figures
        in them, not their totals):{' '}
      </strong>
      {sources.slice(0, 6).map(([name, f], i) => (
        <span key={name} title={name}>
          {i > 0 && ' · '}
          {shortSourceName(name)} {formatCount(f.killedMin)}
          {f.killedMax > f.killedMin ? `–${formatCount(f.killedMax)}` : ''} in{' '}
          {formatCount(f.incidents)}
        </span>
      ))}
      {sources.length > 6 && ` · ${sources.length - 6} more`}
    </p>
  );
};

const Caveat = ({ summary, reconciled, coded, straddling }: Props) => {
  const childrenKnown = summary.childrenReported > 0;
  const straddlingNote =
    straddling > 0
      ? ` ${straddling} record${s(straddling)} dated partly outside the chosen dates ${straddling === 1 ? 'is' : 'are'} listed in the table but not counted.`
      : '';
  if (coded)
    return (
      <p className="caveat">
        Each of the <span data-testid="records-count">{formatCount(summary.records)}</span> events
        counts once, as its coders coded it
        {summary.killedBest !== null ? ': their best estimate, within their low and high' : ''}.
        Events are never grouped with one another: their coders de-duplicated them.
        {straddlingNote}
      </p>
    );
  if (!reconciled)
    return (
      <p className="caveat">
        Every figure is the plain sum of the{' '}
        <span data-testid="records-count">{formatCount(summary.records)}</span> records as stated:
        reports of the same event are not grouped here, so one event reported twice is counted
        twice.{straddlingNote}
      </p>
    );
  return (
    <p className="caveat">
      Reports of the same event are grouped into one incident, which counts once, from its lowest to
      its highest source figure
      {summary.incidentsWithDisagreement > 0 &&
        ` (${summary.incidentsWithDisagreement} with disagreeing sources)`}
      ; a figure its source later revised is not counted. The plain sum of all{' '}
      <span data-testid="records-count">{formatCount(summary.records)}</span> records is{' '}
      <span data-testid="records-killed-min">{formatCount(summary.recordsKilledMin)}</span>
      {summary.recordsKilledMax > summary.recordsKilledMin &&
        `–${formatCount(summary.recordsKilledMax)}`}{' '}
      killed
      {childrenKnown && (
        <>
          {' '}
          and{' '}
          <span data-testid="records-children-min">{formatCount(summary.recordsChildrenMin)}</span>{' '}
          children
        </>
      )}
      .{straddlingNote}
    </p>
  );
};
