import { queryOptions } from '@tanstack/react-query';
import { parseDataset } from '../../ingest/parseDataset';
import { DATASET_FILES, type Dataset } from '../../model/dataset';
import type { RowIssue } from '../../model/rowIssue';
import { findBundledDataset } from './bundledDatasets';

/** Loading failed: the message names the file; `issues` lists every problem found. */
export class DatasetLoadError extends Error {
  constructor(
    message: string,
    readonly issues: RowIssue[] = [],
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

const fetchText = async (path: string, optional: boolean): Promise<string | undefined> => {
  let response: Response;
  try {
    response = await fetch(path);
  } catch (error) {
    throw new DatasetLoadError(`${path} could not be loaded: ${(error as Error).message}`);
  }
  if (response.status === 404 && optional) return undefined;
  if (!response.ok) {
    throw new DatasetLoadError(
      `${path} could not be loaded: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  return response.text();
};

export const loadDataset = async (datasetId: string): Promise<Dataset> => {
  const bundled = findBundledDataset(datasetId);
  if (!bundled) throw new DatasetLoadError(`unknown dataset "${datasetId}"`);
  const path = (file: string) => `${bundled.path}${file}`;
  const [reports, incidents, places, annotations, decisions] = await Promise.all([
    fetchText(path(DATASET_FILES.reports), false),
    fetchText(path(DATASET_FILES.incidents), false),
    fetchText(path(DATASET_FILES.places), false),
    fetchText(path(DATASET_FILES.annotations), true),
    fetchText(path(DATASET_FILES.decisions), true),
  ]);
  const { dataset, issues } = parseDataset({
    reports: reports ?? '',
    incidents: incidents ?? '',
    places: places ?? '',
    annotations,
    decisions,
  });
  const errors = issues.filter((i) => i.severity === 'error');
  const first = errors[0];
  if (first) {
    // Never show a partial dataset as if it were whole: one bad row makes the view untrustworthy.
    throw new DatasetLoadError(
      `${bundled.path}${first.file} could not be loaded: ${errors.length} problem${errors.length === 1 ? '' : 's'} found, first on line ${first.row}, column ${first.column}: ${first.message}`,
      errors.map((e) => ({ ...e, file: `${bundled.path}${e.file}` })),
    );
  }
  return dataset;
};

/** Key runs from broad to specific; everything the query reads is in it. */
export const datasetQuery = (datasetId: string) =>
  queryOptions({
    queryKey: ['dataset', datasetId],
    queryFn: () => loadDataset(datasetId),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
