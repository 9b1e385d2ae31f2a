import { type Filters, NO_FILTERS } from '../filters';
import type { DashboardView, DatasetBase, ViewQuery } from './viewTypes';

/*
 * The build's first view (model/dataset.ts FIRST_VIEW_FILE) as the worker reads it. Kept apart
 * from the functions that compute views, so a worker answers it before loading those.
 */

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
