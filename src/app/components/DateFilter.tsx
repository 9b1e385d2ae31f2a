import { addDays } from '../../model/dayNumber';
import { DateInput } from './DateInput';

interface Props {
  from: string | null;
  to: string | null;
  /** The span of the data, for presets relative to its latest record. */
  dataFirst: string | null;
  dataLast: string | null;
  onChange: (from: string | null, to: string | null) => void;
}

/** Presets count back from the data's latest record: these datasets are historical. */
export const DateFilter = ({ from, to, dataFirst, dataLast, onChange }: Props) => {
  const presets: Array<{ label: string; from: string | null; to: string | null }> = [
    { label: 'All dates', from: null, to: null },
  ];
  if (dataLast) {
    for (const days of [7, 30, 365]) {
      const start = addDays(dataLast, -(days - 1));
      if (!dataFirst || start > dataFirst) {
        presets.push({
          label: days === 365 ? 'Last 12 months' : `Last ${days} days`,
          from: start,
          to: dataLast,
        });
      }
    }
  }
  const outside =
    dataFirst !== null &&
    dataLast !== null &&
    ((from !== null && from > dataLast) || (to !== null && to < dataFirst));
  return (
    <fieldset className="filter-group">
      <legend>Dates</legend>
      <div className="preset-row">
        {presets.map((preset) => (
          <button
            key={preset.label}
            type="button"
            className="chip"
            aria-pressed={preset.from === from && preset.to === to}
            onClick={() => onChange(preset.from, preset.to)}
          >
            {preset.label}
          </button>
        ))}
      </div>
      <div className="date-inputs">
        <DateInput
          label="From"
          name="from"
          value={from}
          min={null}
          max={to}
          rangeProblem={(day) => (to !== null && day > to ? `is after To (${to})` : null)}
          onCommit={(day) => onChange(day, to)}
        />
        <DateInput
          label="To"
          name="to"
          value={to}
          min={from}
          max={null}
          rangeProblem={(day) => (from !== null && day < from ? `is before From (${from})` : null)}
          onCommit={(day) => onChange(from, day)}
        />
      </div>
      {outside && (
        <p className="section-note" data-testid="dates-outside">
          No record lies in these dates: the data runs from {dataFirst} to {dataLast}.
        </p>
      )}
    </fieldset>
  );
};
