import type { DatasetInfo } from '../../model/datasetInfo';
import { LARGE_DATASET_PAIRS } from './overlappingPairCount';

/**
 * Coded events (UCDP, ACLED) above this many records are read into columns. They are never
 * clustered, so the pair count that decides for reports says nothing about their cost, which
 * is one object per record: a 100k-event ACLED folder read as objects took 43 s to its first
 * chart with a 565 MB page heap (issue 17), where columns take a few seconds. The bundled UCDP
 * Syria folder (16,566 events) stays below it and keeps the record path and its checks.
 */
export const CODED_EVENTS_COLUMNS_ABOVE = 50_000;

export interface FolderSize {
  /** Records in incidents.csv (rows read into records or columns). */
  records: number;
  info: Pick<DatasetInfo, 'records'> | null | undefined;
  /** Pairs clustering would compare (overlappingPairCount); only asked for when needed. */
  pairs: () => number;
}

/**
 * THE rule for which path a folder takes, in the dashboard's worker, the CLI and the build
 * snapshot alike: typed-array columns (no object per record, records built only when shown)
 * when clustering would compare more than `largeAbovePairs` pairs, or when it holds more than
 * CODED_EVENTS_COLUMNS_ABOVE coded events; otherwise records, clustered.
 */
export const readsAsColumns = (
  size: FolderSize,
  largeAbovePairs: number = LARGE_DATASET_PAIRS,
): boolean =>
  (size.info?.records === 'coded-events' && size.records > CODED_EVENTS_COLUMNS_ABOVE) ||
  size.pairs() > largeAbovePairs;
