import { columnsFromText } from '../../analysis/columns/columnsFromFields';
import { decodeColumnsSnapshot } from '../../analysis/columns/columnsSnapshotDecode';
import { fnv1a32 } from '../../analysis/columns/columnsSnapshotFormat';
import {
  LARGE_DATASET_PAIRS,
  overlappingPairCountOfColumns,
} from '../../analysis/columns/overlappingPairCount';
import { readsAsColumns } from '../../analysis/columns/readsAsColumns';
import { buildGazetteer } from '../../analysis/gazetteer';
import { prepareColumnsDataset, prepareDataset } from '../../analysis/view/dashboardView';
import type { SourceText } from '../../analysis/view/firstViewFile';
import type { PreparedDataset } from '../../analysis/view/viewTypes';
import { createIncidentReferenceCheck } from '../../ingest/checkIncidentReferences';
import { createRecordReader } from '../../ingest/incidentRecordReader';
import {
  parseDataset,
  parseReferenceFiles,
  referenceFolder,
  sortIssues,
} from '../../ingest/parseDataset';
import { parseDatasetInfo } from '../../ingest/parseDatasetInfo';
import { parseTable } from '../../ingest/parseTable';
import { scanIncidentRows } from '../../ingest/scanIncidentRows';
import { COLUMNS_SNAPSHOT_FILE, DATASET_FILES, FIRST_VIEW_FILE } from '../../model/dataset';
import { DATASET_INFO_FILE } from '../../model/datasetInfo';
import { isoDayOfDate } from '../../model/dayNumber';
import { PLACE_COLUMNS, type Place, placeRowSchema } from '../../model/place';
import type { RowIssue } from '../../model/rowIssue';
import { DatasetLoadError } from './datasetLoadError';
import { fetchFile, fetchText } from './fetchFolderFile';

/** A snapshot is optional (fetchFile: a missing one may come back as a page). */
const fetchSnapshot = async (folderUrl: string, shownPath: string) => {
  const response = await fetchFile(folderUrl, shownPath, COLUMNS_SNAPSHOT_FILE, true);
  return response?.arrayBuffer();
};

const failOn = (shownPath: string, issues: RowIssue[]): void => {
  const errors = issues.filter((i) => i.severity === 'error');
  const first = errors[0];
  if (first) {
    // Never show a partial dataset as if it were whole: one bad row makes the view untrustworthy.
    throw new DatasetLoadError(
      `${shownPath}${first.file} could not be loaded: ${errors.length} problem${errors.length === 1 ? '' : 's'} found, first on line ${first.row}, column ${first.column}: ${first.message}`,
      errors.map((e) => ({ ...e, file: `${shownPath}${e.file}` })),
    );
  }
};

/** A folder ready for views now, and (from a snapshot) the same folder with its records later. */
export interface LoadedFolder {
  now: PreparedDataset;
  /**
   * null when `now` is complete. Otherwise `now` came from a build-time snapshot before the CSV
   * was fetched: its figures are the snapshot's and its records are pending. `later()` fetches
   * the CSV (call it once the first figures are out: it then does not compete with them) and
   * resolves when the CSV has been checked against the snapshot: the same columns with their
   * records, or (the CSV changed after the build) the dataset read from the CSV itself,
   * `snapshotStale`.
   */
  later: (() => Promise<PreparedDataset>) | null;
}

/**
 * Fetches a folder in the data/ format and makes it ready for views. incidents.csv is read
 * without objects first (scanIncidentRows); a dataset small enough to cluster is then parsed
 * whole (parseDataset), a large one stays in columns, its records built only when shown. A
 * snapshot made at build time gives the figures before the CSV is even fetched; the CSV then
 * confirms it (length and hash) or replaces it.
 */
export const loadDatasetFolder = async (
  folderUrl: string,
  shownPath: string,
  largeAbovePairs: number = LARGE_DATASET_PAIRS,
  /** Filled with how long each step took (ms), for the bench and DevTools. */
  timings: Record<string, number> = {},
  /**
   * The text a first view already shown was made from: a snapshot of any other text is not
   * used, and the folder is read from its CSV (snapshotStale), as for a stale snapshot.
   */
  shownSource: SourceText | null = null,
): Promise<LoadedFolder> => {
  let last = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    timings[step] = now - last;
    last = now;
  };
  const get = (file: string, optional: boolean) => fetchText(folderUrl, shownPath, file, optional);
  // Without a snapshot the CSV is needed at once; with one, only after the first figures.
  const fetchIncidents = () => get(DATASET_FILES.incidents, false);
  const [reports, places, annotations, decisions, infoText, snapshot] = await Promise.all([
    get(DATASET_FILES.reports, false),
    get(DATASET_FILES.places, false),
    get(DATASET_FILES.annotations, true),
    get(DATASET_FILES.decisions, true),
    get(DATASET_INFO_FILE, true),
    fetchSnapshot(folderUrl, shownPath),
  ]);
  const info = infoText === undefined ? { info: null, issues: [] } : parseDatasetInfo(infoText);
  const reference = parseReferenceFiles({
    reports: reports ?? '',
    places: places ?? '',
    annotations,
  });
  const folder = referenceFolder(reference, info.info);
  const file = DATASET_FILES.incidents;
  const shownFile = `${shownPath}${file}`;

  /** The folder read from its CSV text (no snapshot, or a stale one). */
  const fromText = (text: string, snapshotStale: boolean): PreparedDataset => {
    const reportsById = new Map(folder.reports.map((r) => [r.id, r]));
    const gazetteer = buildGazetteer(folder.places);
    // The folder states no as-of date: no record may speak of a day after tomorrow.
    const asOf = isoDayOfDate(new Date());
    const check = createIncidentReferenceCheck(file, folder.reports, folder.places, { asOf });
    const { held, issues } = columnsFromText(text, gazetteer, reportsById, (csv, onRow) =>
      scanIncidentRows(csv, file, (row) => {
        check(row.line, row);
        onRow(row);
      }),
    );
    lap('scan');
    failOn(
      shownPath,
      sortIssues([...info.issues, ...reference.issues, ...issues, ...check.issues]),
    );
    const columnsPath = readsAsColumns(
      {
        records: held.columns.length,
        info: info.info,
        pairs: () => overlappingPairCountOfColumns(held.columns),
      },
      largeAbovePairs,
    );
    if (!columnsPath) {
      // Small enough to cluster: objects, every check of parseDataset, cluster decisions.
      const parsed = parseDataset(
        {
          reports: reports ?? '',
          incidents: text,
          places: places ?? '',
          annotations,
          decisions,
          info: infoText,
        },
        { asOf },
      );
      failOn(shownPath, parsed.issues);
      return prepareDataset(parsed.dataset, largeAbovePairs);
    }
    return prepareColumnsDataset(folder, {
      ...held,
      recordsOfRows: createRecordReader(text, shownFile, held),
      snapshotStale,
    });
  };

  if (!snapshot) {
    const text = (await fetchIncidents()) ?? '';
    lap('fetch');
    const shownOther =
      shownSource !== null &&
      (shownSource.chars !== text.length || shownSource.hash !== fnv1a32(text));
    return { now: fromText(text, shownOther), later: null };
  }
  lap('fetch');
  failOn(shownPath, reference.issues);
  const decoded = decodeColumnsSnapshot(snapshot, `${shownPath}${COLUMNS_SNAPSHOT_FILE}`);
  lap('decodeSnapshot');
  const { source } = decoded.extras;
  if (shownSource && (shownSource.chars !== source.chars || shownSource.hash !== source.hash)) {
    console.warn(
      `${shownPath}${FIRST_VIEW_FILE} and ${COLUMNS_SNAPSHOT_FILE} come from different texts; reading the CSV`,
    );
    const text = (await fetchIncidents()) ?? '';
    lap('fetchCsv');
    return { now: fromText(text, true), later: null };
  }
  const held = {
    columns: decoded.columns,
    reportSetOfRow: decoded.extras.reportSetOfRow,
    reportSets: decoded.extras.reportSets,
  };
  const now = prepareColumnsDataset(folder, { ...held, recordsOfRows: null });
  const later = () =>
    fetchIncidents().then((fetched) => {
      const text = fetched ?? '';
      if (source.chars === text.length && source.hash === fnv1a32(text)) {
        return prepareColumnsDataset(folder, {
          ...held,
          recordsOfRows: createRecordReader(text, shownFile, decoded.extras),
          // The same columns: their index is the one already built for the figures.
          dayIndex: now.dayIndex,
        });
      }
      // Stale (incidents.csv changed after the build): the CSV itself is always right.
      console.warn(
        `${shownPath}${COLUMNS_SNAPSHOT_FILE} does not match ${shownFile}; reading the CSV`,
      );
      return fromText(text, true);
    });
  return { now, later };
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
