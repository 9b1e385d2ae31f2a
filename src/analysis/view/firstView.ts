import { dashboardView } from './dashboardView';
import {
  FIRST_VIEW_FORMAT,
  FIRST_VIEW_QUERY,
  type FirstView,
  type SourceText,
} from './firstViewFile';
import type { PreparedDataset } from './viewTypes';

/**
 * The first view of a columns dataset whose records are still pending (as a snapshot's are
 * before its CSV arrives): exactly what the worker answers for FIRST_VIEW_QUERY at that point.
 */
export const firstViewOf = (prepared: PreparedDataset, source: SourceText): FirstView => {
  if (prepared.kind !== 'columns' || prepared.recordsOfRows !== null)
    throw new Error('a first view is made for a columns dataset whose records are pending');
  return {
    format: FIRST_VIEW_FORMAT,
    source,
    query: FIRST_VIEW_QUERY,
    base: prepared.base,
    view: dashboardView(prepared, FIRST_VIEW_QUERY),
  };
};
