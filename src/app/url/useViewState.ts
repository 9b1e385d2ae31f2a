import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { type ViewState, viewFromSearch, viewToSearch } from './viewState';

const NAVIGATE_EVENT = 'tolltrack:navigate';

/**
 * Views not yet written to the URL, oldest first. `history.pushState` took 10–100 ms a call
 * on a loaded machine (Chromium, profiled), in the click's own task: the page now renders the
 * new view at once and writes its history entries after the new figures are painted
 * (flushViewUrl), one entry per change as before, or after FLUSH_LATEST_MS at the latest.
 */
const pending: string[] = [];
const FLUSH_LATEST_MS = 1000;
let flushTimer: ReturnType<typeof setTimeout> | null = null;

/** The view's query string: the latest change, written to the URL or not yet. */
export const currentSearch = (): string => pending.at(-1) ?? window.location.search;

/** Writes the pending views to the history (the page calls it once its figures are painted). */
export const flushViewUrl = () => {
  if (flushTimer !== null) clearTimeout(flushTimer);
  flushTimer = null;
  for (const search of pending.splice(0))
    window.history.pushState(
      null,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
};

/** The page's address with every pending view written (a copied link or an export's). */
export const viewUrl = (): string => {
  flushViewUrl();
  return window.location.href;
};

const getSearch = currentSearch;

/** Back or Forward moved through the written entries: any not yet written are dropped. */
const onPopState = () => {
  pending.length = 0;
};

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onPopState);
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
};

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
    const next = viewToSearch(update(viewFromSearch(currentSearch())));
    if (next === currentSearch()) return;
    pending.push(next);
    flushTimer ??= setTimeout(flushViewUrl, FLUSH_LATEST_MS);
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
