import { buildGazetteer } from '../analysis/gazetteer';
import type { NotCompared } from '../analysis/reconcile/comparisonBounds';
import { cumulativeChecks } from '../analysis/reconcile/cumulativeChecks';
import { datasetClusters, isCodedEvents } from '../analysis/reconcile/datasetClusters';
import { reconcileWarnings } from '../analysis/reconcile/reconcileWarnings';
import { parseDataset } from '../ingest/parseDataset';
import { recordLines } from '../ingest/recordLines';
import { DATASET_FILES } from '../model/dataset';
import { isoDayOfDate } from '../model/dayNumber';
import { formatRowIssue, type RowIssue } from '../model/rowIssue';
import { type CommandSpec, failWithUsage, readArgs } from './cliArgs';
import { readClusterDecisions } from './readClusterDecisions';
import {
  type FolderTexts,
  notAFolder,
  readDatasetFolder,
  tooLongForRecords,
} from './readDatasetFolder';
import { readFolderColumns } from './readFolderColumns';

/**
 * A folder of coded events too large to cluster (a million ACLED events), with no revisions and
 * no cluster decisions, is checked as the dashboard reads it: row by row into columns
 * (scanIncidentRows gives parseTable's verdict on every row, createIncidentReferenceCheck the
 * folder's), without an object per record. Nothing is left unchecked: coded events are never
 * compared as duplicates, and revisions or decisions send the folder the usual way. Null when
 * the folder is not such a folder.
 */
const validateLargeCodedFolder = (dir: string, folder: FolderTexts): number | null => {
  const decisions = readClusterDecisions(dir);
  const decisionRows = (decisions.text ?? '').split('\n').filter((l) => l.trim() !== '').length;
  if (decisions.issues.length > 0 || decisionRows > 1) return null;
  const read = readFolderColumns(
    folder.texts,
    isoDayOfDate(new Date()),
    undefined,
    folder.incidentPieces ?? undefined,
  );
  if (!read.large || read.revisions > 0 || !isCodedEvents(read.prepared.dataset)) return null;
  for (const issue of read.issues) process.stdout.write(`${dir}/${formatRowIssue(issue)}\n`);
  const errors = read.issues.filter((i) => i.severity === 'error').length;
  const { dataset, columns } = read.prepared;
  process.stderr.write(
    `${dir}: ${columns.length} records, ${dataset.reports.length} reports, ${dataset.places.length} places, ${dataset.annotations.length} annotations, 0 cluster decisions; ${columns.length} coded events (not grouped; read as columns); ${errors} errors, ${read.issues.length - errors} warnings\n`,
  );
  return errors > 0 ? 1 : 0;
};

const SPEC: CommandSpec<Record<string, never>> = {
  name: 'validate',
  synopsis: '[DIR]   (default DIR: data)',
  summary: 'Every problem of a data folder, one line each (file:row:column); exit 1 on any error.',
  options: {},
  help: {},
  positionals: { name: 'DIR', most: 1 },
};

/** `npm run validate [-- DIR]`: every problem of a data folder, one line each; exit 1 on any. */
const main = (argv: string[]): number => {
  const read = readArgs(SPEC, argv);
  if ('exit' in read) return read.exit;
  const dir = read.positionals[0] ?? 'data';
  const notFolder = notAFolder(dir);
  if (notFolder) return failWithUsage(SPEC, notFolder);
  const folder = readDatasetFolder(dir);
  const fast = folder.issues.length === 0 ? validateLargeCodedFolder(dir, folder) : null;
  if (fast !== null) return fast;
  if (folder.incidentPieces) {
    process.stderr.write(`validate: ${tooLongForRecords(dir, folder.incidentPieces)}\n`);
    return 1;
  }
  const unreadable = new Set(folder.issues.map((i) => i.file));
  const decisions = readClusterDecisions(dir);
  for (const issue of decisions.issues) unreadable.add(issue.file);
  // No record may speak of a day after tomorrow (the folder states no as-of date of its own).
  const { dataset, issues } = parseDataset(
    { ...folder.texts, decisions: decisions.text },
    { asOf: isoDayOfDate(new Date()) },
  );
  // Likely duplicates left apart, and stated totals the incidents exceed: warnings for the
  // analyst, never errors (they are judgements, not broken rules).
  const gazetteer = buildGazetteer(dataset.places);
  // Bounded: a place and day with too many records, or too many pairs, is left uncompared and
  // said in a warning (comparisonBounds.ts).
  const notCompared: NotCompared[] = [];
  const clusters = datasetClusters(dataset, gazetteer, {
    onNotCompared: (n) => notCompared.push(n),
  });
  const lines = recordLines(folder.texts.incidents);
  const lineOf = (id: string) => lines.get(id) ?? 0;
  // Coded events were de-duplicated by their coders: no pair of them is a duplicate to flag.
  const warnings = isCodedEvents(dataset)
    ? []
    : reconcileWarnings({
        file: DATASET_FILES.incidents,
        records: dataset.incidents,
        clusters,
        decisions: dataset.decisions ?? [],
        checks: cumulativeChecks(dataset.incidents, clusters, gazetteer),
        gazetteer,
        lineOf,
        notCompared: new Set(
          notCompared.flatMap((n) => (n.recordIds.length > 1 ? n.recordIds : [])),
        ),
      });
  const boundWarnings = notCompared.map(
    (n): RowIssue => ({
      file: DATASET_FILES.incidents,
      row: lineOf(n.recordIds[0] ?? ''),
      column: 'id',
      message: n.message,
      severity: 'warning',
    }),
  );
  // A file that could not be read would also show up as "empty": say it once.
  const all = [
    ...folder.issues,
    ...decisions.issues,
    ...issues.filter((i) => !unreadable.has(i.file)),
    ...boundWarnings,
    ...warnings,
  ];
  for (const issue of all) process.stdout.write(`${dir}/${formatRowIssue(issue)}\n`);
  const errors = all.filter((i) => i.severity === 'error').length;
  process.stderr.write(
    `${dir}: ${dataset.incidents.length} records, ${dataset.reports.length} reports, ${dataset.places.length} places, ${dataset.annotations.length} annotations, ${dataset.decisions?.length ?? 0} cluster decisions; ${clusters.length} ${isCodedEvents(dataset) ? 'coded events (not grouped)' : 'incidents after clustering'}; ${errors} errors, ${all.length - errors} warnings\n`,
  );
  return errors > 0 ? 1 : 0;
};

process.exitCode = main(process.argv.slice(2));
