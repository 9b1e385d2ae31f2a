import { useMemo, useRef } from 'react';
import type { Option } from '../../analysis/filterOptions';
import { formatCount } from '../format';

interface Props {
  legend: string;
  options: Option[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  name: string;
}

/**
 * A multiple choice filter; an empty selection means "all". Its items are made again only when
 * the options or the selection change: a real ACLED export offers 1,500 sources, and remaking
 * 1,500 checkboxes on every change of another filter cost the page more than the worker's view.
 * The handlers read the latest selection and callback from a ref, so they are never stale.
 */
export const CheckboxList = ({ legend, options, selected, onChange, name }: Props) => {
  const latest = useRef({ selected, onChange });
  latest.current = { selected, onChange };
  // By value: a selection parsed again from the URL is a new array with the same values.
  const selectedKey = selected.join('\u0000');
  const items = useMemo(() => {
    const chosen = new Set(selectedKey === '' ? [] : selectedKey.split('\u0000'));
    const toggle = (value: string, checked: boolean) => {
      const current = latest.current.selected;
      latest.current.onChange(checked ? [...current, value] : current.filter((v) => v !== value));
    };
    return options.map((option) => (
      <li key={option.value}>
        <label>
          <input
            type="checkbox"
            name={name}
            value={option.value}
            checked={chosen.has(option.value)}
            onChange={(e) => toggle(option.value, e.currentTarget.checked)}
          />
          <span className="option-label">{option.label}</span>
          <span className="option-count">{formatCount(option.count)}</span>
        </label>
      </li>
    ));
  }, [options, selectedKey, name]);
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
      <ul className="checkbox-list">{items}</ul>
    </fieldset>
  );
};
