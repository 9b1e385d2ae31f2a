import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Papa from 'papaparse';
import { ANNOTATION_COLUMNS } from '../model/annotation';
import { DATASET_FILES } from '../model/dataset';
import { DATASET_INFO_FILE, type DatasetInfo } from '../model/datasetInfo';
import {
  INCIDENT_COLUMNS,
  type Incident,
  type IncidentColumn,
  incidentToRow,
  OPTIONAL_INCIDENT_COLUMNS,
} from '../model/incident';
import { PLACE_COLUMNS, type Place } from '../model/place';
import { REPORT_COLUMNS, type Report } from '../model/report';
import type { RowIssue } from '../model/rowIssue';
import { shownName } from '../model/shownValue';
import { FORMULA_START } from '../model/spreadsheetSafety';

/** The name of the list of rejected and unmatched rows written next to the data files. */
export const IMPORT_ISSUES_FILE = 'import-issues.csv';
export const IMPORT_ISSUE_COLUMNS = ['file', 'row', 'column', 'message', 'severity'] as const;

export interface DatasetFolderContent {
  reports: readonly Report[];
  incidents: readonly Incident[];
  places: readonly Place[];
  issues: readonly RowIssue[];
  /** What the folder is: written as dataset.json when given. */
  info?: DatasetInfo | null;
}

export interface DatasetFolderOptions {
  /**
   * Write incidents.csv as small as the format allows without changing what it says (see
   * compactIncidentTable). Off by default: the full 32-column layout.
   */
  compact?: boolean;
}

/*
 * Quotes only where needed and LF line ends. No final newline: readCsvRows lets papaparse guess
 * the delimiter, and in a file of under ten rows the empty "row" after a final newline makes it
 * guess ';' or '|' whenever notes contain them (a bug to fix there with `delimiter: ','`).
 */
const toCsv = (columns: readonly string[], rows: readonly Record<string, string>[]): string =>
  Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) },
    { newline: '\n' },
  );

const reportToRow = (report: Report): Record<string, string> => ({
  id: report.id,
  publisher: report.publisher,
  attributed_to: report.attributedTo.join('|'),
  url: report.url,
  published: report.published ?? '',
  title: report.title ?? '',
  language: report.language ?? '',
});

const placeToRow = (place: Place): Record<string, string> => ({
  id: place.id,
  level: String(place.level),
  parent_id: place.parentId ?? '',
  name: place.name,
  alt_names: place.altNames.join('|'),
  lat: String(place.lat),
  lon: String(place.lon),
  name_ar: place.nameAr ?? '',
});

/**
 * The gazetteer rows a dataset needs: every place an incident points at (place_id, covers_ids)
 * and all their ancestors, since places.csv must contain each row's parent. Gazetteer order.
 */
export const placesInUse = (gazetteer: readonly Place[], incidents: readonly Incident[]): Place[] =>
  placesOfIds(
    gazetteer,
    incidents.flatMap((incident) => [incident.placeId, ...incident.coversIds]),
  );

/** The gazetteer rows of these place ids and all their ancestors, in gazetteer order. */
export const placesOfIds = (gazetteer: readonly Place[], ids: Iterable<string>): Place[] => {
  const byId = new Map(gazetteer.map((p) => [p.id, p]));
  const needed = new Set<string>();
  for (const id of ids) {
    let place = byId.get(id);
    for (let depth = 0; place && !needed.has(place.id) && depth < 8; depth++) {
      needed.add(place.id);
      place = place.parentId ? byId.get(place.parentId) : undefined;
    }
  }
  return gazetteer.filter((p) => needed.has(p.id));
};

/**
 * incidents.csv without what the codebook (data/README.md §6) already reads into an empty cell
 * or a missing column, so that a large import fits in a committed file:
 * - `date_precision` `exact` is written empty (empty is read as `exact`);
 * - an optional column (those after `note`) that is empty in every row is left out of the
 *   header (a missing optional column is read as empty / its default).
 * Every other value, including `victims` (empty would mean `unknown`), is written as is. The
 * records read back are exactly the records written.
 */
export const compactIncidentTable = (
  incidents: readonly Incident[],
): { columns: IncidentColumn[]; rows: Record<string, string>[] } => {
  const rows = incidents.map((incident): Record<string, string> => {
    const row = incidentToRow(incident);
    return row.date_precision === 'exact' ? { ...row, date_precision: '' } : row;
  });
  const columns = INCIDENT_COLUMNS.filter(
    (column) =>
      !OPTIONAL_INCIDENT_COLUMNS.includes(column) || rows.some((row) => row[column] !== ''),
  );
  return { columns, rows };
};

const incidentsCsv = (incidents: readonly Incident[], compact: boolean): string => {
  if (!compact) return toCsv(INCIDENT_COLUMNS, incidents.map(incidentToRow));
  const { columns, rows } = compactIncidentTable(incidents);
  return toCsv(columns, rows);
};

/** The text of each file of a data folder (plus import-issues.csv), keyed by file name. */
export const datasetFolderTexts = (
  content: DatasetFolderContent,
  options: DatasetFolderOptions = {},
): Record<string, string> => ({
  [DATASET_FILES.reports]: toCsv(REPORT_COLUMNS, content.reports.map(reportToRow)),
  [DATASET_FILES.incidents]: incidentsCsv(content.incidents, options.compact ?? false),
  [DATASET_FILES.places]: toCsv(PLACE_COLUMNS, content.places.map(placeToRow)),
  [DATASET_FILES.annotations]: toCsv(ANNOTATION_COLUMNS, []),
  // Opened in spreadsheets by people fixing data: neutralise cells a spreadsheet would run.
  [IMPORT_ISSUES_FILE]: Papa.unparse(
    {
      fields: [...IMPORT_ISSUE_COLUMNS],
      data: content.issues.map((i) => [i.file, String(i.row), i.column, i.message, i.severity]),
    },
    { newline: '\n', escapeFormulae: FORMULA_START },
  ),
  ...(content.info ? { [DATASET_INFO_FILE]: `${JSON.stringify(content.info, null, 2)}\n` } : {}),
});

export interface WriteFolderOptions {
  /** Replace a folder that already holds files (its other files are kept). */
  force?: boolean;
}

export type WriteFolderOutcome = { ok: true; replaced: boolean } | { ok: false; message: string };

/** Why `dir` may not be written without --force, or null. */
export const folderInUse = (dir: string): string | null => {
  if (!existsSync(dir)) return null;
  if (!statSync(dir).isDirectory())
    return `${shownName(dir)} exists and is not a folder (expected a folder, or a path that does not exist)`;
  const entries = readdirSync(dir);
  if (entries.length === 0) return null;
  const listed = entries.slice(0, 5).map((e) => shownName(e, 40));
  return `${shownName(dir)} already holds ${entries.length} file${entries.length === 1 ? '' : 's'} (${listed.join(', ')}${entries.length > 5 ? ', …' : ''}); nothing was written (give --force to replace the files an import writes, keeping the others, or choose an empty or new folder)`;
};

/** A new folder beside `dir` that takes its place on commit (see writeDatasetFolder). */
export interface StagedFolder {
  /** Where to write the files meanwhile. */
  path: string;
  /** Copies in the files of `dir` not named in `written`, then renames the staging into place. */
  commit: (written: readonly string[]) => { replaced: boolean };
  /** Removes the staging folder; `dir` stays as it was. */
  abort: () => void;
}

/**
 * The files go to a new folder beside `dir` (the files of `dir` that the import does not
 * write are copied in, e.g. a README), which then takes `dir`'s place by rename: an import that
 * fails or is interrupted while writing leaves the old folder as it was. Only between the two
 * renames at the end does the old folder sit beside the new one under the name
 * `.<dir>.import-…-old`; it is removed once the new one is in place. A folder that holds files
 * is replaced only with `force`.
 */
export const stageDatasetFolder = (
  dir: string,
  options: WriteFolderOptions = {},
): { ok: true; folder: StagedFolder } | { ok: false; message: string } => {
  const inUse = folderInUse(dir);
  const exists = existsSync(dir);
  if (inUse && (!options.force || !statSync(dir).isDirectory()))
    return { ok: false, message: inUse };
  const target = resolve(dir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  // Not mkdtemp: its folder is private (0700), and it becomes the data folder. mkdir fails
  // rather than reuse a name that exists.
  const staging = join(parent, `.${basename(target)}.import-${process.pid}-${Date.now()}`);
  mkdirSync(staging);
  if (exists) chmodSync(staging, statSync(target).mode & 0o7777);
  const abort = () => rmSync(staging, { recursive: true, force: true });
  const commit = (written: readonly string[]): { replaced: boolean } => {
    if (!exists) {
      renameSync(staging, target);
      return { replaced: false };
    }
    try {
      for (const entry of readdirSync(target))
        if (!written.includes(entry))
          cpSync(join(target, entry), join(staging, entry), { recursive: true });
    } catch (error) {
      abort();
      throw error;
    }
    const old = `${staging}-old`;
    renameSync(target, old);
    renameSync(staging, target);
    rmSync(old, { recursive: true, force: true });
    return { replaced: true };
  };
  return { ok: true, folder: { path: staging, commit, abort } };
};

/** Writes the folder whole or not at all (stageDatasetFolder), from the texts of its files. */
export const writeDatasetFolder = (
  dir: string,
  texts: Record<string, string>,
  options: WriteFolderOptions = {},
): WriteFolderOutcome => {
  const staged = stageDatasetFolder(dir, options);
  if (!staged.ok) return staged;
  const { folder } = staged;
  try {
    for (const [name, text] of Object.entries(texts))
      writeFileSync(join(folder.path, name), text, 'utf8');
  } catch (error) {
    folder.abort();
    throw error;
  }
  return { ok: true, ...folder.commit(Object.keys(texts)) };
};
