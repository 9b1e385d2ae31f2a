import type { Annotation } from './annotation';
import type { Incident } from './incident';
import type { Place } from './place';
import type { Report } from './report';

/** Everything one data folder holds, after parsing. */
export interface Dataset {
  reports: Report[];
  incidents: Incident[];
  places: Place[];
  annotations: Annotation[];
}

/** The file names of a data folder; other tools write folders in the same format. */
export const DATASET_FILES = {
  reports: 'reports.csv',
  incidents: 'incidents.csv',
  places: 'places.csv',
  annotations: 'annotations.csv',
} as const;
export type DatasetFileKey = keyof typeof DATASET_FILES;
