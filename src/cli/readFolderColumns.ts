import { columnsFromScan } from '../analysis/columns/columnsFromFields';
import {
  LARGE_DATASET_PAIRS,
  overlappingPairCountOfColumns,
} from '../analysis/columns/overlappingPairCount';
import { readsAsColumns } from '../analysis/columns/readsAsColumns';
import { buildGazetteer } from '../analysis/gazetteer';
import { prepareColumnsDataset } from '../analysis/view/dashboardView';
import type { ColumnsDataset } from '../analysis/view/viewTypes';
import { createIncidentReferenceCheck } from '../ingest/checkIncidentReferences';
import { countChars } from '../ingest/countChars';
import { createRecordReader } from '../ingest/incidentRecordReader';
import type { DatasetTexts } from '../ingest/parseDataset';
import { parseReferenceFiles, referenceFolder, sortIssues } from '../ingest/parseDataset';
import { parseDatasetInfo } from '../ingest/parseDatasetInfo';
import { scanIncidentPieces } from '../ingest/scanIncidentPieces';
import { piecesOfText, type TextPieces } from '../ingest/textPieces';
import { DATASET_FILES } from '../model/dataset';
import type { RowIssue } from '../model/rowIssue';

/**
 * A folder too large to cluster, read as the dashboard's worker reads it
 * (src/app/worker/loadDatasetFolder.ts): incidents.csv scanned row by row into columns, without
 * an object per record, and records built only for the rows asked for. Returns `large: false`
 * when the folder is small enough for parseDataset and clustering (the CLI's usual path), so
 * a large folder gets the dashboard's figures in bounded memory and a small one is unchanged.
 */
export const readFolderColumns = (
  texts: DatasetTexts,
  asOf: string,
  largeAbovePairs: number = LARGE_DATASET_PAIRS,
  /** incidents.csv, in pieces when it is too long for one string (readDatasetFolder). */
  incidents: TextPieces = piecesOfText(texts.incidents),
):
  | { large: true; prepared: ColumnsDataset; issues: RowIssue[]; revisions: number }
  | { large: false; issues: RowIssue[] } => {
  const info = texts.info === undefined ? { info: null, issues: [] } : parseDatasetInfo(texts.info);
  const reference = parseReferenceFiles(texts);
  const folder = referenceFolder(reference, info.info);
  const file = DATASET_FILES.incidents;
  const check = createIncidentReferenceCheck(file, folder.reports, folder.places, {
    asOf: info.info?.asOf ?? asOf,
  });
  // Records naming figures they supersede: checked against those records by parseDataset only.
  let revisions = 0;
  let lineFeeds = 0;
  for (const piece of incidents.pieces) lineFeeds += countChars(piece, '\n');
  const { held, issues } = columnsFromScan(
    lineFeeds + 1,
    buildGazetteer(folder.places),
    new Map(folder.reports.map((r) => [r.id, r])),
    (onRow) =>
      scanIncidentPieces(incidents, file, (row) => {
        check(row.line, row);
        if (row.supersedes.length > 0) revisions++;
        onRow(row);
      }),
  );
  const all = sortIssues([...info.issues, ...reference.issues, ...issues, ...check.issues]);
  if (
    all.some((i) => i.severity === 'error') ||
    !readsAsColumns(
      {
        records: held.columns.length,
        info: info.info,
        pairs: () => overlappingPairCountOfColumns(held.columns),
      },
      largeAbovePairs,
    )
  )
    return { large: false, issues: all };
  return {
    large: true,
    issues: all,
    revisions,
    prepared: prepareColumnsDataset(folder, {
      ...held,
      recordsOfRows: createRecordReader(incidents, file, held),
    }),
  };
};
