import type { Dataset } from '../../model/dataset';
import type { Workspace } from './workspaceSchema';

/**
 * The dataset with this browser's accepted, unpublished records added. They refer to the
 * bundled gazetteer, so they join only the bundled dataset; each keeps its `W-` id so the
 * dashboard can mark it unpublished.
 */
export const withWorkspace = (dataset: Dataset, workspace: Workspace | null): Dataset => {
  if (!workspace || workspace.incidents.length === 0) return dataset;
  const known = new Set(dataset.reports.map((r) => r.id));
  return {
    ...dataset,
    reports: [...dataset.reports, ...workspace.reports.filter((r) => !known.has(r.id))],
    incidents: [...dataset.incidents, ...workspace.incidents],
  };
};
