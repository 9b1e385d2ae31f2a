import { useMemo, useState } from 'react';
import type { DatasetBase, ViewSummary } from '../../analysis/view/viewTypes';
import { FiltersPanel } from '../components/FiltersPanel';
import { PhoneFigures } from '../components/PhoneFigures';
import type { ViewState } from '../url/viewState';

interface Props {
  view: ViewState;
  setView: (update: (view: ViewState) => ViewState) => void;
  base: DatasetBase;
  summary: ViewSummary;
  phone: boolean;
}

/** The filters, folded on a phone (the figures come first) with the figures beside them. */
export const DashboardSidebar = ({ view, setView, base, summary, phone }: Props) => {
  const [filtersOpen, setFiltersOpen] = useState(
    () => window.matchMedia('(min-width: 761px)').matches,
  );
  // Redrawn when the filters change, not when their figures arrive.
  const filtersPanel = useMemo(
    () => (
      <FiltersPanel
        filters={view.filters}
        options={base.options}
        dataFirst={base.dataSpan.first}
        dataLast={base.dataSpan.last}
        onChange={(filters) => setView((v) => ({ ...v, filters, period: null }))}
      />
    ),
    [view.filters, base.options, base.dataSpan, setView],
  );
  return (
    <aside className="sidebar">
      <details
        className="filters-toggle"
        open={filtersOpen}
        onToggle={(e) => setFiltersOpen(e.currentTarget.open)}
      >
        <summary>Filters</summary>
        {filtersPanel}
      </details>
      {filtersOpen && phone && (
        <PhoneFigures
          summary={summary}
          reconciled={base.reconciled}
          onShow={() => setFiltersOpen(false)}
        />
      )}
    </aside>
  );
};
