import type { RegionOption } from '../../analysis/filterOptions';
import { formatCount } from '../format';

interface Props {
  options: RegionOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** Country → governorates → districts; several can be chosen at once. */
export const RegionFilter = ({ options, selected, onChange }: Props) => {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  const country = options[0];
  if (!country) return null;
  const checkbox = (option: RegionOption) => (
    <label>
      <input
        type="checkbox"
        name="region"
        value={option.value}
        checked={selected.includes(option.value)}
        onChange={(e) => toggle(option.value, e.currentTarget.checked)}
      />
      <span className="option-label">{option.label}</span>
      <span className="option-count">{formatCount(option.count)}</span>
    </label>
  );
  return (
    <fieldset className="filter-group">
      <legend>
        Region
        {selected.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            all
          </button>
        )}
      </legend>
      {checkbox(country)}
      <ul className="checkbox-list region-list">
        {country.children.map((governorate) => (
          <li key={governorate.value}>
            {checkbox(governorate)}
            {governorate.children.some((d) => d.count > 0) && (
              <details className="districts">
                <summary>
                  <span className="visually-hidden">{governorate.label} </span>districts
                </summary>
                <ul className="checkbox-list">
                  {governorate.children
                    .filter((d) => d.count > 0 || selected.includes(d.value))
                    .map((district) => (
                      <li key={district.value}>{checkbox(district)}</li>
                    ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
};
