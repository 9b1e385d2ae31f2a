import { useCallback, useMemo, useSyncExternalStore } from 'react';
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
  const view = useMemo(() => viewFromSearch(search), [search]);
  const setView = useCallback((update: (view: ViewState) => ViewState) => {
    const next = viewToSearch(update(viewFromSearch(window.location.search)));
    if (next === window.location.search) return;
    window.history.pushState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    window.dispatchEvent(new Event(NAVIGATE_EVENT));
  }, []);
  return [view, setView];
};
