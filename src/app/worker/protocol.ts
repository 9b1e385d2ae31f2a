import type { Filters } from '../../analysis/filters';
import type { MapFigures, MapQuery } from '../../analysis/view/mapFigures';
import type { DashboardView, DatasetBase, ViewQuery } from '../../analysis/view/viewTypes';
import type { Incident } from '../../model/incident';
import type { Workspace } from '../addReport/workspaceSchema';
import type { LoadFailure } from './datasetLoadError';
import type { ImportProgress, ImportReport } from './importSourceFile';

/** Page → worker. Each worker holds one dataset: the first request loads it. */
export type WorkerRequest =
  | { id: number; type: 'load-folder'; folderUrl: string; shownPath: string }
  | { id: number; type: 'import-file'; file: File; gazetteerUrl: string; gazetteerPath: string }
  | { id: number; type: 'view'; query: ViewQuery }
  /** The records the table lists (a large view carries only their first page). */
  | { id: number; type: 'table'; filters: Filters }
  /** The map's figures by governorate or district (the view's regions are not applied). */
  | { id: number; type: 'map'; query: MapQuery }
  /** Adds this browser's unpublished Add-report records to the loaded folder (null: none). */
  | { id: number; type: 'set-workspace'; workspace: Workspace | null };

/** Worker → page. `id` answers the request of the same id. */
export type WorkerResponse =
  | {
      id: number;
      type: 'loaded';
      base: DatasetBase;
      /** How long loading took in the worker, and its steps (ms). */
      ms?: number;
      timings?: Record<string, number>;
    }
  /** A second answer to load-folder: the records are ready (base.recordsPending false). */
  | { id: number; type: 'records-ready'; base: DatasetBase; ms: number }
  | { id: number; type: 'progress'; progress: ImportProgress }
  | { id: number; type: 'imported'; base: DatasetBase | null; report: ImportReport }
  | {
      id: number;
      type: 'view';
      view: DashboardView;
      ms: number;
      /** A large view's steps (ms), for DevTools and `npm run bench:ui`. */
      timings?: Record<string, number>;
    }
  | { id: number; type: 'table'; records: Incident[] }
  | { id: number; type: 'map'; figures: MapFigures; ms: number }
  | { id: number; type: 'failed'; failure: LoadFailure };
