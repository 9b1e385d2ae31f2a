import { type Filters, NO_FILTERS } from '../filters';
import {
  type DashboardView,
  type DatasetBase,
  dashboardView,
  type PreparedDataset,
  type ViewQuery,
} from './dashboardView';

export const FIRST_VIEW_FORMAT = 'tolltrack-first-view/1';

/** The view a visitor sees first: no filters, running totals, bins chosen for the span. */
export const FIRST_VIEW_QUERY: ViewQuery = {
  filters: NO_FILTERS,
  mode: 'cumulative',
  unit: 'auto',
};

/** The CSV text the figures come from: its length and FNV-1a hash (as in the snapshot). */
export interface SourceText {
  chars: number;
  hash: number;
}

/** model/dataset.ts FIRST_VIEW_FILE, parsed. */
export interface FirstView {
  format: typeof FIRST_VIEW_FORMAT;
  source: SourceText;
  query: ViewQuery;
  base: DatasetBase;
  view: DashboardView;
}

/**
 * The first view of a columns dataset whose records are still pending (as a snapshot's are
 * before its CSV arrives): exactly what the worker answers for FIRST_VIEW_QUERY at that point.
 */
export const firstViewOf = (prepared: PreparedDataset, source: SourceText): FirstView => {
  if (!prepared.columns || prepared.recordsOfRows !== null)
    throw new Error('a first view is made for a columns dataset whose records are pending');
  return {
    format: FIRST_VIEW_FORMAT,
    source,
    query: FIRST_VIEW_QUERY,
    base: prepared.base,
    view: dashboardView(prepared, FIRST_VIEW_QUERY),
  };
};

/** A first-view file's text, or null for anything else (a server may answer with a page). */
export const readFirstView = (text: string): FirstView | null => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<FirstView>;
  // Our own build artefact: its format tag and shape are checked, its figures by `source`.
  if (
    v.format !== FIRST_VIEW_FORMAT ||
    typeof v.source?.chars !== 'number' ||
    typeof v.source.hash !== 'number' ||
    typeof v.query !== 'object' ||
    typeof v.base !== 'object' ||
    typeof v.view !== 'object'
  )
    return null;
  return v as FirstView;
};

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const sameFilters = (a: Filters, b: Filters) =>
  a.from === b.from &&
  a.to === b.to &&
  sameList(a.regions, b.regions) &&
  sameList(a.sources, b.sources) &&
  sameList(a.eventTypes, b.eventTypes);

export const sameQuery = (a: ViewQuery, b: ViewQuery): boolean =>
  a.mode === b.mode && a.unit === b.unit && sameFilters(a.filters, b.filters);
