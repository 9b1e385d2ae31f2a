import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { type ViewState, viewFromSearch, viewToSearch } from './viewState';

const NAVIGATE_EVENT = 'tolltrack:navigate';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
};

const getSearch = () => window.location.search;

/**
 * The view lives in the URL: every change is a history entry, so Back/Forward step through
 * filters and a copied link reproduces the view.
 */
export const useViewState = (): [ViewState, (update: (view: ViewState) => ViewState) => void] => {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const previous = useRef<ViewState | null>(null);
  const view = useMemo(() => {
    const next = keepUnchanged(previous.current, viewFromSearch(search));
    previous.current = next;
    return next;
  }, [search]);
  const setView = useCallback((update: (view: ViewState) => ViewState) => {
    const next = viewToSearch(update(viewFromSearch(window.location.search)));
    if (next === window.location.search) return;
    window.history.pushState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    window.dispatchEvent(new Event(NAVIGATE_EVENT));
  }, []);
  return [view, setView];
};

/**
 * The new view, with the parts equal to the previous view's kept as the same objects: a filter
 * change must not look like a new sort order to the table (which re-sorts its records on one).
 */
const keepUnchanged = (before: ViewState | null, after: ViewState): ViewState => {
  if (!before) return after;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return {
    ...after,
    filters: same(before.filters, after.filters) ? before.filters : after.filters,
    sort: same(before.sort, after.sort) ? before.sort : after.sort,
    period: same(before.period, after.period) ? before.period : after.period,
  };
};
