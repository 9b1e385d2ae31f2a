import type { Place } from '../../model/place';
import type { Candidate } from './workspaceSchema';

type Record = Candidate['record'];

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

/** A labelled text field whose empty value is null. */
const TextField = ({
  id,
  label,
  value,
  onChange,
  rows,
}: {
  id: string;
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  rows?: number;
}) => (
  <div className="field">
    <label htmlFor={id}>{label}</label>
    {rows ? (
      <textarea
        id={id}
        rows={rows}
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value || null)}
      />
    ) : (
      <input
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value || null)}
      />
    )}
  </div>
);

const count = (value: string): number | null =>
  /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;

const CountFields = ({
  record,
  id,
  set,
}: {
  record: Record;
  id: (field: string) => string;
  set: <K extends keyof Record>(key: K, value: Record[K]) => void;
}) =>
  COUNT_FIELDS.map(([key, label]) => (
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
  ));

const PlaceField = ({
  record,
  places,
  id,
  onChange,
}: {
  record: Record;
  places: readonly Place[];
  id: string;
  onChange: (record: Record) => void;
}) => (
  <div className="field">
    <label htmlFor={id}>Place</label>
    <select
      id={id}
      value={record.placeId}
      onChange={(e) => {
        const place = places.find((p) => p.id === e.currentTarget.value);
        // The gazetteer offered here is the bundled dataset's: its places are in Syria.
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
);

const DateFields = ({
  record,
  id,
  onChange,
}: {
  record: Record;
  id: (field: string) => string;
  onChange: (record: Record) => void;
}) => (
  <>
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
      <label htmlFor={id('dateEnd')}>{record.kind === 'cumulative' ? 'As of' : 'Date to'}</label>
      <input
        id={id('dateEnd')}
        type="date"
        value={record.dateEnd ?? ''}
        onChange={(e) => onChange({ ...record, dateEnd: e.currentTarget.value || null })}
      />
    </div>
  </>
);

/** Every field of a proposed record, editable. */
export const CandidateFields = ({
  record,
  places,
  idPrefix,
  onChange,
}: {
  record: Record;
  places: readonly Place[];
  idPrefix: string;
  onChange: (record: Record) => void;
}) => {
  const set = <K extends keyof Record>(key: K, value: Record[K]) =>
    onChange({ ...record, [key]: value });
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
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
      <DateFields record={record} id={id} onChange={onChange} />
      <PlaceField record={record} places={places} id={id('place')} onChange={onChange} />
      <CountFields record={record} id={id} set={set} />
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
      <TextField
        id={id('eventType')}
        label="Event type"
        value={record.eventType}
        onChange={(v) => set('eventType', v)}
      />
      <TextField
        id={id('perpetrator')}
        label="Perpetrator (as alleged)"
        value={record.perpetrator}
        onChange={(v) => set('perpetrator', v)}
      />
      <TextField
        id={id('note')}
        label="Note (your own words)"
        value={record.note}
        onChange={(v) => set('note', v)}
        rows={2}
      />
    </div>
  );
};
