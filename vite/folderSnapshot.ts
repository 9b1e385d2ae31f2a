import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnsFromText } from '../src/analysis/columns/columnsFromFields';
import { encodeColumnsSnapshot } from '../src/analysis/columns/columnsSnapshot';
import { fnv1a32 } from '../src/analysis/columns/columnsSnapshotFormat';
import {
  LARGE_DATASET_PAIRS,
  overlappingPairCountOfColumns,
} from '../src/analysis/columns/overlappingPairCount';
import { readsAsColumns } from '../src/analysis/columns/readsAsColumns';
import { buildGazetteer } from '../src/analysis/gazetteer';
import { prepareColumnsDataset } from '../src/analysis/view/dashboardView';
import { firstViewOf } from '../src/analysis/view/firstView';
import { createIncidentReferenceCheck } from '../src/ingest/checkIncidentReferences';
import { parseReferenceFiles, sortIssues } from '../src/ingest/parseDataset';
import { parseDatasetInfo } from '../src/ingest/parseDatasetInfo.ts';
import { scanIncidentRows } from '../src/ingest/scanIncidentRows';
import { DATASET_FILES } from '../src/model/dataset';
import { DATASET_INFO_FILE } from '../src/model/datasetInfo.ts';
import { isoDayOfDate } from '../src/model/dayNumber';
import { formatRowIssue } from '../src/model/rowIssue';

const read = (dir: string, file: string): string | undefined => {
  const path = join(dir, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};

/**
 * The columns snapshot of a data folder (incidents.columns.bin) and its first view
 * (incidents.first-view.json), or null for a folder small enough to be clustered (the app reads
 * those as records). The folder is checked as the app checks it; any error fails the build
 * rather than shipping a snapshot of bad data.
 */
export const folderSnapshot = (
  dir: string,
  largeAbovePairs = LARGE_DATASET_PAIRS,
): { bytes: Uint8Array; firstView: string; records: number; pairs: number } | null => {
  const text = read(dir, DATASET_FILES.incidents) ?? '';
  const reference = parseReferenceFiles({
    reports: read(dir, DATASET_FILES.reports) ?? '',
    places: read(dir, DATASET_FILES.places) ?? '',
    annotations: read(dir, DATASET_FILES.annotations),
  });
  const places = reference.places.map((r) => r.record);
  const reports = reference.reports.map((r) => r.record);
  const file = DATASET_FILES.incidents;
  const check = createIncidentReferenceCheck(file, reports, places, {
    asOf: isoDayOfDate(new Date()),
  });
  const scanned = columnsFromText(
    text,
    buildGazetteer(places),
    new Map(reports.map((r) => [r.id, r])),
    (csv, onRow) =>
      scanIncidentRows(csv, file, (row) => {
        check(row.line, row);
        onRow(row);
      }),
  );
  const errors = sortIssues([...reference.issues, ...scanned.issues, ...check.issues]).filter(
    (i) => i.severity === 'error',
  );
  if (errors.length > 0) {
    throw new Error(
      `${dir}: ${errors.length} problems, first: ${errors
        .slice(0, 3)
        .map((i) => formatRowIssue(i))
        .join('; ')}`,
    );
  }
  const { columns } = scanned.held;
  const pairs = overlappingPairCountOfColumns(columns);
  const infoText = read(dir, DATASET_INFO_FILE);
  const info = infoText === undefined ? null : parseDatasetInfo(infoText).info;
  if (!readsAsColumns({ records: columns.length, info, pairs: () => pairs }, largeAbovePairs))
    return null;
  const source = { chars: text.length, hash: fnv1a32(text) };
  const bytes = encodeColumnsSnapshot(columns, {
    ...scanned.held,
    source: { ...source, rowsRead: columns.length },
  });
  // What the worker answers for the default view before the CSV arrives, made by its functions.
  const prepared = prepareColumnsDataset(
    {
      places,
      reports,
      annotations: reference.annotations.map((r) => r.record),
      ...(info ? { info } : {}),
    },
    { ...scanned.held, recordsOfRows: null },
  );
  const firstView = JSON.stringify(firstViewOf(prepared, source));
  return { bytes, firstView, records: columns.length, pairs };
};
