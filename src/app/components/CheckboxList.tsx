import type { Option } from '../../analysis/filterOptions';
import { formatCount } from '../format';

interface Props {
  legend: string;
  options: Option[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  name: string;
}

/** A multiple choice filter; an empty selection means "all". */
export const CheckboxList = ({ legend, options, selected, onChange, name }: Props) => {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className="filter-group">
      <legend>
        {legend}
        {selected.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            all
          </button>
        )}
      </legend>
      <ul className="checkbox-list">
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input
                type="checkbox"
                name={name}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(e) => toggle(option.value, e.currentTarget.checked)}
              />
              <span className="option-label">{option.label}</span>
              <span className="option-count">{formatCount(option.count)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
};
