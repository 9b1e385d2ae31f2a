import { addDays } from '../../analysis/dayNumber';

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
        <label>
          From
          <input
            type="date"
            name="from"
            value={from ?? ''}
            min={dataFirst ?? undefined}
            max={to ?? undefined}
            onChange={(e) => onChange(e.currentTarget.value || null, to)}
          />
        </label>
        <label>
          To
          <input
            type="date"
            name="to"
            value={to ?? ''}
            min={from ?? undefined}
            onChange={(e) => onChange(from, e.currentTarget.value || null)}
          />
        </label>
      </div>
    </fieldset>
  );
};
