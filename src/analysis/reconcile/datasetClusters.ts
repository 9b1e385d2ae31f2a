import type { Dataset } from '../../model/dataset';
import type { Gazetteer } from '../gazetteer';
import { clusterIncidents, codedEventClusters, type IncidentCluster } from './clusterIncidents';
import type { ClusterOptions } from './matchingPairs';

/** Whether a folder declares its records events its coders already de-duplicated. */
export const isCodedEvents = (dataset: Pick<Dataset, 'info'>): boolean =>
  dataset.info?.records === 'coded-events';

/**
 * A dataset's incidents: reports grouped into incidents, or, for coded event data, each event
 * as it was coded (grouping them again would merge distinct events and lower the totals).
 */
export const datasetClusters = (
  dataset: Dataset,
  gazetteer: Gazetteer,
  options: ClusterOptions = {},
): IncidentCluster[] =>
  isCodedEvents(dataset)
    ? codedEventClusters(dataset.incidents, gazetteer)
    : clusterIncidents(dataset.incidents, gazetteer, dataset.decisions ?? [], options);
