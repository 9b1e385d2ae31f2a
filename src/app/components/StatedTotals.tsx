import { useState } from 'react';
import type { CumulativeMarker } from '../../analysis/cumulativeMarkers';
import type { CumulativeCheck } from '../../analysis/reconcile/cumulativeChecks';
import type { Incident } from '../../model/incident';
import type { Report } from '../../model/report';
import { formatCount, formatDay, formatFigure } from '../format';
import { SourceLinks } from './SourceLinks';

interface Props {
  markers: CumulativeMarker[];
  /** Stated totals with no "as of" date: they cannot be placed on the chart. */
  undated: Incident[];
  reportsById: ReadonlyMap<string, Report>;
  /** Each statement set against the incidents of its own region and period. */
  checks: readonly CumulativeCheck[];
  onShowIncidents: (title: string, incidentIds: string[]) => void;
}

/** Stated totals listed at first; the rest one click away (a list of thousands blocks the page). */
const PAGE = 100;

const VICTIMS: Record<Incident['victims'], string> = {
  civilians: 'civilians',
  combatants: 'combatants',
  all: 'civilians and combatants',
  unknown: 'people',
};

/** The numbered markers of the chart, in full: who said what, over which period, where. */
const CheckLine = ({
  check,
  onShowIncidents,
}: {
  check: CumulativeCheck | undefined;
  onShowIncidents: Props['onShowIncidents'];
}) => {
  if (!check || check.skipped || check.reportedKilledMin === null) return null;
  const documented = check.incidentsKilledMin ?? 0;
  const text = check.exceeds
    ? `Incidents in its region and period already add up to ${formatCount(documented)}, more than the ${formatCount(check.reportedKilledMin)} stated: a coding error, or the statement counts a subset.`
    : `Documented in incidents: ${formatCount(documented)} of ${formatCount(check.reportedKilledMin)}; ${formatCount(check.gap ?? 0)} not yet attributed to an incident.`;
  return (
    <div className={check.exceeds ? 'check check-exceeds' : 'check'} data-testid="cumulative-check">
      {text}{' '}
      {check.incidentIds.length > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() =>
            onShowIncidents(`Incidents counted against ${check.id}`, check.incidentIds)
          }
        >
          show the {check.incidentIds.length} incident{check.incidentIds.length === 1 ? '' : 's'}
        </button>
      )}
      {check.notes.map((note) => (
        <span key={note} className="record-note">
          {' '}
          · {note}
        </span>
      ))}
    </div>
  );
};

export const StatedTotals = ({ markers, undated, reportsById, checks, onShowIncidents }: Props) => {
  const [limit, setLimit] = useState(PAGE);
  const checkById = new Map(checks.map((c) => [c.id, c]));
  if (markers.length === 0 && undated.length === 0) return null;
  const shown = markers.slice(0, limit);
  const reportsOf = (reportIds: readonly string[]) =>
    reportIds.flatMap((r) => reportsById.get(r) ?? []);
  return (
    <section className="stated-totals" aria-labelledby="stated-totals-title">
      <h2 id="stated-totals-title">Stated totals ({markers.length + undated.length})</h2>
      <p className="section-note">
        Running and daily totals as the sources state them, numbered as on the chart. They are shown
        beside the sum of incident records, never added to it.
      </p>
      <ol className="totals-list">
        {shown.map((m) => {
          return (
            <li key={m.id} data-testid="stated-total" id={`stated-${m.id}`} tabIndex={-1}>
              <strong>{m.label}</strong> — {formatFigure(m.killedMin, m.killedMax)}{' '}
              {VICTIMS[m.victims]}
              {m.childrenMin !== null && `, incl. ${formatCount(m.childrenMin)} children`}
              {m.periodStart
                ? `, ${formatDay(m.periodStart, 'd MMM')} – ${formatDay(m.day)}`
                : `, as of ${formatDay(m.day)}`}
              {' · '}
              <span className="area">{m.area}</span>
              {m.note && <span className="record-note"> · {m.note}</span>}
              <SourceLinks reports={reportsOf(m.reportIds)} />
              <CheckLine check={checkById.get(m.id)} onShowIncidents={onShowIncidents} />
            </li>
          );
        })}
      </ol>
      {shown.length < markers.length && (
        <p className="table-more">
          Showing {shown.length} of {markers.length} dated totals.{' '}
          <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
            Show {Math.min(PAGE, markers.length - shown.length)} more
          </button>
        </p>
      )}
      {undated.length > 0 && (
        <>
          <h3>Undated totals (not on the chart)</h3>
          <ul className="totals-list">
            {undated.map((r) => (
              <li key={r.id}>
                <strong>{r.attributedTo.join(', ') || 'Unattributed'}</strong>:{' '}
                {formatFigure(r.killedMin, r.killedMax)} {VICTIMS[r.victims]}
                {r.note && <span className="record-note"> · {r.note}</span>}
                <SourceLinks reports={reportsOf(r.reportIds)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
