import { useState } from 'react';
import { shortSourceName } from '../../analysis/cumulativeMarkers';
import type { CumulativeCheck } from '../../analysis/reconcile/cumulativeChecks';
import type { SourceStatement } from '../../analysis/statedTotals';
import { formatCount } from '../format';

interface Props {
  statements: readonly SourceStatement[];
  checks: readonly CumulativeCheck[];
  onShowStated: (statement: SourceStatement) => void;
}

/** Sources listed before "N more": enough for the usual view, all of them one click away. */
const FIRST = 4;

/** "9 of them are documented in incident records here; 1,885 are in none yet." */
const gapSentence = (statement: SourceStatement, check: CumulativeCheck | undefined): string => {
  const who = shortSourceName(statement.source);
  if (!check || check.skipped !== null || check.incidentsKilledMin === null)
    return `${who}'s ${formatCount(statement.killedMin)} is not checked against incident records${check?.skipped ? ` (${check.skipped})` : ''}.`;
  const documented = check.incidentsKilledMin;
  if (check.exceeds || documented > statement.killedMin)
    return `Incident records in ${who}'s region and period already sum to ${formatCount(documented)}, more than its ${formatCount(statement.killedMin)}: it may count a subset.`;
  return `Of ${who}'s ${formatCount(statement.killedMin)}, incident records here document ${formatCount(documented)}: a gap of ${formatCount(statement.killedMin - documented)} deaths no incident record shows yet.`;
};

/**
 * The figures the sources themselves state, first: each source's latest total with its period,
 * whom it counts and as of when, largest first. They are never added up: each source counts
 * its own period, place and victims.
 */
export const StatedLead = ({ statements, checks, onShowStated }: Props) => {
  const [all, setAll] = useState(false);
  const lead = statements[0];
  if (!lead) return null;
  const shown = all ? statements : statements.slice(0, FIRST);
  const check = checks.find((c) => c.id === lead.id);
  return (
    <div className="stated-lead" data-testid="stated-lead">
      <h2 className="headline-label">Stated by the sources</h2>
      <ol className="stated-list">
        {shown.map((s, i) => (
          <li key={s.source} data-testid="stated-source" className={i === 0 ? 'stated-first' : ''}>
            <button
              type="button"
              className="stated-figure"
              onClick={() => onShowStated(s)}
              title={`Stated total ${s.number} on the chart and in the list below`}
            >
              {s.killedMax === null && <small>at least </small>}
              {formatCount(s.killedMin)}
              {s.killedMax !== null && s.killedMax > s.killedMin && `–${formatCount(s.killedMax)}`}
            </button>{' '}
            <span className="stated-words">
              <b title={s.source}>{shortSourceName(s.source)}</b>: {s.terms} ({s.area}) ·{' '}
              <span className="stated-number">#{s.number}</span>
            </span>
          </li>
        ))}
      </ol>
      {statements.length > FIRST && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? 'Show fewer sources' : `Show all ${statements.length} sources`}
        </button>
      )}
      <p className="caveat" data-testid="stated-gap">
        {gapSentence(lead, check)} Each source counts its own period, place and victims: these
        totals overlap and are never added together.
      </p>
    </div>
  );
};
