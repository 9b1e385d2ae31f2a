import type { Place } from '../../model/place';
import { formatFigure } from '../format';
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

const COUNT_FIELDS: Array<[keyof Record, string]> = [
  ['killedMin', 'Killed, at least'],
  ['killedMax', 'Killed, at most'],
  ['childrenMin', 'Children, at least'],
  ['childrenMax', 'Children, at most'],
  ['womenMin', 'Women, at least'],
  ['injuredMin', 'Injured, at least'],
  ['injuredMax', 'Injured, at most'],
];

const LEVEL_NAMES = ['country', 'governorate', 'district', 'sub-district', 'town'];

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
  const set = <K extends keyof Record>(key: K, value: Record[K]) =>
    onChange({ ...record, [key]: value });
  const count = (value: string): number | null =>
    /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
  const id = (field: string) => `${candidate.key}-${field}`;
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
      <div className="candidate-grid">
        <div className="field">
          <label htmlFor={id('kind')}>Kind</label>
          <select
            id={id('kind')}
            value={record.kind}
            onChange={(e) => set('kind', e.currentTarget.value as Record['kind'])}
          >
            <option value="incident">incident</option>
            <option value="cumulative">cumulative (stated total)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('dateStart')}>
            {record.kind === 'cumulative' ? 'Period from' : 'Date from'}
          </label>
          <input
            id={id('dateStart')}
            type="date"
            value={record.dateStart ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value || null;
              onChange({
                ...record,
                dateStart: v,
                periodStart: record.kind === 'cumulative' ? v : null,
              });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={id('dateEnd')}>
            {record.kind === 'cumulative' ? 'As of' : 'Date to'}
          </label>
          <input
            id={id('dateEnd')}
            type="date"
            value={record.dateEnd ?? ''}
            onChange={(e) => set('dateEnd', e.currentTarget.value || null)}
          />
        </div>
        <div className="field">
          <label htmlFor={id('place')}>Place</label>
          <select
            id={id('place')}
            value={record.placeId}
            onChange={(e) => {
              const place = places.find((p) => p.id === e.currentTarget.value);
              onChange({
                ...record,
                placeId: e.currentTarget.value,
                country: place ? 'Syria' : record.country,
              });
            }}
          >
            <option value="">— choose —</option>
            {places.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({LEVEL_NAMES[p.level]}, {p.id})
              </option>
            ))}
          </select>
        </div>
        {COUNT_FIELDS.map(([key, label]) => (
          <div className="count-field" key={key}>
            <div className="field">
              <label htmlFor={id(key)}>{label}</label>
              <input
                id={id(key)}
                inputMode="numeric"
                value={record[key] === null ? '' : String(record[key])}
                onChange={(e) => set(key, count(e.currentTarget.value) as never)}
              />
            </div>
          </div>
        ))}
        <div className="field">
          <label htmlFor={id('source')}>Attributed to</label>
          <input
            id={id('source')}
            value={record.attributedTo.join(' | ')}
            onChange={(e) =>
              set(
                'attributedTo',
                e.currentTarget.value
                  .split('|')
                  .map((s) => s.trim())
                  .filter(Boolean),
              )
            }
          />
        </div>
        <div className="field">
          <label htmlFor={id('eventType')}>Event type</label>
          <input
            id={id('eventType')}
            value={record.eventType ?? ''}
            onChange={(e) => set('eventType', e.currentTarget.value || null)}
          />
        </div>
        <div className="field">
          <label htmlFor={id('perpetrator')}>Perpetrator (as alleged)</label>
          <input
            id={id('perpetrator')}
            value={record.perpetrator ?? ''}
            onChange={(e) => set('perpetrator', e.currentTarget.value || null)}
          />
        </div>
        <div className="field">
          <label htmlFor={id('note')}>Note (your own words)</label>
          <textarea
            id={id('note')}
            rows={2}
            value={record.note ?? ''}
            onChange={(e) => set('note', e.currentTarget.value || null)}
          />
        </div>
      </div>
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
