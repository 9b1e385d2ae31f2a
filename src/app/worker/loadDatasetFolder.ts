import { parseDataset } from '../../ingest/parseDataset';
import { parseTable } from '../../ingest/parseTable';
import { DATASET_FILES, type Dataset } from '../../model/dataset';
import { PLACE_COLUMNS, type Place, placeRowSchema } from '../../model/place';
import { DatasetLoadError } from './datasetLoadError';

/** `folderUrl` is absolute (a worker resolves relative URLs against its own script). */
const fetchText = async (
  folderUrl: string,
  shownPath: string,
  file: string,
  optional: boolean,
): Promise<string | undefined> => {
  const path = `${shownPath}${file}`;
  let response: Response;
  try {
    response = await fetch(new URL(file, folderUrl));
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

/** Fetches and parses a folder in the data/ format; any error row fails the whole load. */
export const loadDatasetFolder = async (folderUrl: string, shownPath: string): Promise<Dataset> => {
  const get = (file: string, optional: boolean) => fetchText(folderUrl, shownPath, file, optional);
  const [reports, incidents, places, annotations, decisions] = await Promise.all([
    get(DATASET_FILES.reports, false),
    get(DATASET_FILES.incidents, false),
    get(DATASET_FILES.places, false),
    get(DATASET_FILES.annotations, true),
    get(DATASET_FILES.decisions, true),
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
      `${shownPath}${first.file} could not be loaded: ${errors.length} problem${errors.length === 1 ? '' : 's'} found, first on line ${first.row}, column ${first.column}: ${first.message}`,
      errors.map((e) => ({ ...e, file: `${shownPath}${e.file}` })),
    );
  }
  return dataset;
};

/** The gazetteer an import matches place names against (the bundled places.csv). */
export const loadGazetteer = async (folderUrl: string, shownPath: string): Promise<Place[]> => {
  const text = await fetchText(folderUrl, shownPath, DATASET_FILES.places, false);
  const table = parseTable(text ?? '', {
    file: `${shownPath}${DATASET_FILES.places}`,
    columns: PLACE_COLUMNS,
    optionalColumns: ['name_ar'],
    rowSchema: placeRowSchema,
  });
  const errors = table.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    throw new DatasetLoadError(
      `the gazetteer ${shownPath}${DATASET_FILES.places} is not usable: ${errors.length} problems`,
      errors,
    );
  }
  return table.records.map((r) => r.record);
};
