import type { LoadedDataset } from '../data/datasetQuery';

/** Where the table's full list comes from when a view carries only its first page. */
export interface TableSource {
  datasetId: string;
  loaded: LoadedDataset;
  workspaceKey: string;
}
