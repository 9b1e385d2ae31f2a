import type { Place } from '../../model/place';
import { formatFigure } from '../format';
import { CandidateFields } from './CandidateFields';
import type { Candidate } from './workspaceSchema';

type Record = Candidate['record'];

interface Props {
  candidate: Candidate;
  places: readonly Place[];
  problems: { column: string; message: string }[];
  onChange: (record: Record) => void;
  onAccept: () => void;
  onReject: () => void;
  onFocus: () => void;
}

/** One proposed record: every field editable; accept checks it with the validator's rules. */
export const CandidateCard = ({
  candidate,
  places,
  problems,
  onChange,
  onAccept,
  onReject,
  onFocus,
}: Props) => {
  const { record } = candidate;
  const vague = Object.entries(candidate.vague);
  return (
    <article
      className={`candidate candidate-${candidate.status}`}
      data-testid="candidate"
      data-status={candidate.status}
      onFocus={onFocus}
      onMouseEnter={onFocus}
      aria-label={`Proposed ${record.kind}: ${formatFigure(record.killedMin, record.killedMax)} killed`}
    >
      <header className="candidate-header">
        <strong>
          {record.kind === 'cumulative' ? 'Stated total' : 'Incident'}:{' '}
          {formatFigure(record.killedMin, record.killedMax)} killed
        </strong>
        <span className="badge">{candidate.status}</span>
        <span className="badge" title="how much of the record the text stated directly">
          confidence {Math.round(candidate.confidence * 100)}%
        </span>
      </header>
      {vague.length > 0 && (
        <p className="record-note">
          Vague wording kept as words, not numbers:{' '}
          {vague.map(([k, v]) => `${k} “${v}”`).join(', ')}
        </p>
      )}
      <CandidateFields
        record={record}
        places={places}
        idPrefix={candidate.key}
        onChange={onChange}
      />
      {problems.length > 0 && (
        <ul className="candidate-problems" data-testid="candidate-problems">
          {problems.map((p) => (
            <li key={`${p.column}:${p.message}`}>
              <code>{p.column}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
      <div className="candidate-actions">
        <button
          type="button"
          className="accept"
          onClick={onAccept}
          disabled={candidate.status === 'accepted'}
        >
          Accept
        </button>
        <button type="button" onClick={onReject} disabled={candidate.status === 'rejected'}>
          Reject
        </button>
      </div>
    </article>
  );
};
