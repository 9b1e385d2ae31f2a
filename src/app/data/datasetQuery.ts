import { queryOptions } from '@tanstack/react-query';
import type { Filters } from '../../analysis/filters';
import type { ViewQuery } from '../../analysis/view/viewTypes';
import type { Workspace } from '../addReport/workspaceSchema';
import { DatasetLoadError } from '../worker/datasetLoadError';
import { type DatasetHandle, openDatasetFolder } from '../worker/datasetWorker';
import { type DatasetInfo, describeDataset, isImportedDataset } from './datasetSources';

export { DatasetLoadError };

/** A dataset held by its worker, and what the page says about where it comes from. */
export interface LoadedDataset {
  handle: DatasetHandle;
  info: DatasetInfo;
}

const loadDataset = async (datasetId: string): Promise<LoadedDataset> => {
  const info = describeDataset(datasetId);
  if (!info) throw new DatasetLoadError(`unknown dataset "${datasetId}"`);
  if (isImportedDataset(datasetId)) {
    // Imports are put into the cache by the import panel; a reloaded page no longer has them.
    throw new DatasetLoadError(
      'this link points to a file imported in an earlier visit; files are read in your browser and not kept: drop the file on the page again',
    );
  }
  // Absolute: the worker would resolve a relative path against its own script.
  const folderUrl = new URL(info.path, document.baseURI).href;
  return { handle: await openDatasetFolder(folderUrl, info.path), info };
};

/** Key runs from broad to specific; everything the query reads is in it. */
export const datasetQuery = (datasetId: string) =>
  queryOptions({
    queryKey: ['dataset', datasetId],
    queryFn: () => loadDataset(datasetId),
    staleTime: Number.POSITIVE_INFINITY,
    // The worker holds the dataset; the cache holds the handle for as long as the page lives.
    gcTime: Number.POSITIVE_INFINITY,
    retry: false,
    // Handles are not data: structural sharing would walk the whole base for nothing.
    structuralSharing: false,
  });

/**
 * Hands this browser's unpublished Add-report records to the dataset's worker (`workspace`
 * null: none), and gives the dataset's base with them. `workspaceKey` identifies the records.
 */
export const datasetWithWorkspaceQuery = (
  datasetId: string,
  loaded: LoadedDataset,
  workspace: Workspace | null,
  workspaceKey: string,
) =>
  queryOptions({
    queryKey: ['dataset', datasetId, 'workspace', workspaceKey],
    queryFn: () => loaded.handle.setWorkspace(workspace),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
    structuralSharing: false,
  });

/** The figures of one view of a loaded dataset, computed in its worker. */
export const dashboardViewQuery = (
  datasetId: string,
  loaded: LoadedDataset | undefined,
  query: ViewQuery,
  workspaceKey: string,
) =>
  queryOptions({
    queryKey: ['dataset', datasetId, 'view', workspaceKey, query],
    queryFn: ({ signal }) => {
      if (!loaded) throw new Error('dataset not loaded');
      return loaded.handle.view(query, signal);
    },
    enabled: loaded !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
    retry: false,
    // A view of a large dataset holds thousands of records: comparing it to the previous one
    // costs more than drawing it.
    structuralSharing: false,
  });

/**
 * The records a large view's table lists (its view carries the first page): asked for once the
 * chart is drawn. Under the view key, so that what invalidates views invalidates these too.
 */
export const tableRecordsQuery = (
  datasetId: string,
  loaded: LoadedDataset,
  filters: Filters,
  workspaceKey: string,
) =>
  queryOptions({
    queryKey: ['dataset', datasetId, 'view', workspaceKey, 'table', filters],
    queryFn: () => loaded.handle.table(filters),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
    retry: false,
    structuralSharing: false,
  });
