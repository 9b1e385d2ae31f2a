import type { CumulativeMarker } from '../../analysis/cumulativeMarkers';
import type { Incident } from '../../model/incident';
import type { Report } from '../../model/report';
import { formatCount, formatDay, formatFigure } from '../format';
import { SourceLinks } from './SourceLinks';

interface Props {
  markers: CumulativeMarker[];
  /** Stated totals with no "as of" date: they cannot be placed on the chart. */
  undated: Incident[];
  recordsById: ReadonlyMap<string, Incident>;
  reportsById: ReadonlyMap<string, Report>;
}

const VICTIMS: Record<Incident['victims'], string> = {
  civilians: 'civilians',
  combatants: 'combatants',
  all: 'civilians and combatants',
  unknown: 'people',
};

/** The numbered markers of the chart, in full: who said what, over which period, where. */
export const StatedTotals = ({ markers, undated, recordsById, reportsById }: Props) => {
  if (markers.length === 0 && undated.length === 0) return null;
  const reportsOf = (id: string) =>
    (recordsById.get(id)?.reportIds ?? []).flatMap((r) => reportsById.get(r) ?? []);
  return (
    <section className="stated-totals" aria-labelledby="stated-totals-title">
      <h2 id="stated-totals-title">Stated totals ({markers.length + undated.length})</h2>
      <p className="section-note">
        Running and daily totals as the sources state them, numbered as on the chart. They are shown
        beside the sum of incident records, never added to it.
      </p>
      <ol className="totals-list">
        {markers.map((m) => {
          const record = recordsById.get(m.id);
          return (
            <li key={m.id} data-testid="stated-total">
              <strong>{m.label}</strong> — {formatFigure(m.killedMin, m.killedMax)}{' '}
              {VICTIMS[m.victims]}
              {m.childrenMin !== null && `, incl. ${formatCount(m.childrenMin)} children`}
              {m.periodStart
                ? `, ${formatDay(m.periodStart, 'd MMM')} – ${formatDay(m.day)}`
                : `, as of ${formatDay(m.day)}`}
              {' · '}
              <span className="area">{m.area}</span>
              {record?.note && <span className="record-note"> · {record.note}</span>}
              <SourceLinks reports={reportsOf(m.id)} />
            </li>
          );
        })}
      </ol>
      {undated.length > 0 && (
        <>
          <h3>Undated totals (not on the chart)</h3>
          <ul className="totals-list">
            {undated.map((r) => (
              <li key={r.id}>
                <strong>{r.attributedTo.join(', ') || 'Unattributed'}</strong>:{' '}
                {formatFigure(r.killedMin, r.killedMax)} {VICTIMS[r.victims]}
                {r.note && <span className="record-note"> · {r.note}</span>}
                <SourceLinks reports={reportsOf(r.id)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
