import type { Option, RegionOption } from '../../analysis/filterOptions';
import type { Filters } from '../../analysis/filters';
import { CheckboxList } from './CheckboxList';
import { DateFilter } from './DateFilter';
import { RegionFilter } from './RegionFilter';

interface Props {
  filters: Filters;
  options: { regions: RegionOption[]; sources: Option[]; eventTypes: Option[] };
  dataFirst: string | null;
  dataLast: string | null;
  onChange: (filters: Filters) => void;
}

export const FiltersPanel = ({ filters, options, dataFirst, dataLast, onChange }: Props) => (
  <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
    <p className="section-note filters-note">
      Numbers: incident records in the dataset, as the headline counts records (stated totals are
      not counted).
    </p>
    <RegionFilter
      options={options.regions}
      selected={filters.regions}
      onChange={(regions) => onChange({ ...filters, regions })}
    />
    <DateFilter
      from={filters.from}
      to={filters.to}
      dataFirst={dataFirst}
      dataLast={dataLast}
      onChange={(from, to) => onChange({ ...filters, from, to })}
    />
    <CheckboxList
      legend="Attributed to"
      name="source"
      options={options.sources}
      selected={filters.sources}
      onChange={(sources) => onChange({ ...filters, sources })}
    />
    <CheckboxList
      legend="Event type"
      name="type"
      options={options.eventTypes}
      selected={filters.eventTypes}
      onChange={(eventTypes) => onChange({ ...filters, eventTypes })}
    />
  </form>
);
