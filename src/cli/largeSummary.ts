import { selectIncidents } from '../analysis/columns/selectIncidents';
import { cumulativeMarkers } from '../analysis/cumulativeMarkers';
import type { Filters } from '../analysis/filters';
import { codedEventClusters } from '../analysis/reconcile/clusterIncidents';
import { cumulativeEntries, type Summary, summarise } from '../analysis/summary';
import { dashboardView } from '../analysis/view/dashboardView';
import { FIRST_VIEW_QUERY } from '../analysis/view/firstViewFile';
import type { ColumnsDataset } from '../analysis/view/viewTypes';

/**
 * The summary of a folder too large to cluster (readFolderColumns.ts), from the dashboard's own
 * view of it (largeView): each record is its own incident there, as in the dashboard, so the
 * figures are the same on screen and in the CLI. `detailsLimit` records (first in file order)
 * get incident details; none unless asked, so a million records never become JSON at once.
 */
export const largeSummary = (
  prepared: ColumnsDataset,
  filters: Filters,
  detailsLimit: number,
): Summary => {
  const { columns, recordsOfRows, gazetteer, reportsById } = prepared;
  if (!recordsOfRows) throw new Error('largeSummary needs the records of its columns');
  const view = dashboardView(prepared, { ...FIRST_VIEW_QUERY, filters });
  const selection = selectIncidents(columns, prepared.dayIndex, filters);
  const byInput = (rows: Uint32Array) =>
    Array.from(rows).sort((a, b) => (columns.inputIndex[a] ?? 0) - (columns.inputIndex[b] ?? 0));
  const cumulative = recordsOfRows(byInput(selection.cumulative()));
  const markers = new Map(
    cumulativeMarkers(cumulative, reportsById, gazetteer).map((m) => [m.id, m]),
  );
  const shown =
    detailsLimit > 0 ? recordsOfRows(byInput(selection.firstByInput(detailsLimit))) : [];
  // Each record its own incident (largeView does not cluster): details for those records only.
  const incidentDetails =
    shown.length > 0
      ? summarise(
          { ...prepared.dataset, incidents: shown },
          filters,
          gazetteer,
          codedEventClusters(shown, gazetteer),
        ).incidentDetails
      : [];
  return {
    ...view.summary,
    cumulative: cumulativeEntries(cumulative, markers),
    incidentDetails,
  };
};
