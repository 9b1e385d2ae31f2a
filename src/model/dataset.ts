import type { Annotation } from './annotation';
import type { ClusterDecision } from './clusterDecision';
import type { DatasetInfo } from './datasetInfo';
import type { Incident } from './incident';
import type { Place } from './place';
import type { Report } from './report';

/** Everything one data folder holds, after parsing. */
export interface Dataset {
  reports: Report[];
  incidents: Incident[];
  places: Place[];
  annotations: Annotation[];
  /** Analysts' merge/split decisions on incident clusters; absent when the folder has none. */
  decisions?: ClusterDecision[];
  /** What the folder is (dataset.json); absent in a folder without one. */
  info?: DatasetInfo;
}

/** The file names of a data folder; other tools write folders in the same format. */
export const DATASET_FILES = {
  reports: 'reports.csv',
  incidents: 'incidents.csv',
  places: 'places.csv',
  annotations: 'annotations.csv',
  decisions: 'cluster-decisions.csv',
} as const;
export type DatasetFileKey = keyof typeof DATASET_FILES;

/**
 * A build artefact beside a large folder's incidents.csv (never in git): its records as binary
 * columns, made from that exact text and checked against it (length and hash) when loaded.
 */
export const COLUMNS_SNAPSHOT_FILE = 'incidents.columns.bin';

/**
 * A build artefact beside a columns snapshot: the folder's base and its default view, computed at
 * build time by the worker's own functions, so the first chart needs a few kilobytes instead of
 * the whole snapshot. Its figures are checked like the snapshot's (the same length and hash).
 */
export const FIRST_VIEW_FILE = 'incidents.first-view.json';
