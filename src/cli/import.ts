import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importAcled } from '../ingest/import/importAcled';
import { importedDatasetInfo } from '../ingest/import/importedDatasetInfo';
import type { ImportResult } from '../ingest/import/importResult';
import { importUcdpGed } from '../ingest/import/importUcdpGed';
import { parseDataset } from '../ingest/parseDataset';
import { parseTable } from '../ingest/parseTable';
import { DATASET_FILES } from '../model/dataset';
import { DATASET_INFO_FILE } from '../model/datasetInfo';
import { isoDayOfDate } from '../model/dayNumber';
import { PLACE_COLUMNS, type Place, placeRowSchema } from '../model/place';
import { formatRowIssue } from '../model/rowIssue';
import { shownName, shownValue } from '../model/shownValue';
import {
  datasetFolderTexts,
  folderInUse,
  IMPORT_ISSUES_FILE,
  placesInUse,
  writeDatasetFolder,
} from './writeDatasetFolder';

const FORMATS = ['ucdp', 'acled'] as const;
type ImportFormat = (typeof FORMATS)[number];

export const IMPORT_USAGE =
  'usage: npm run import -- --format ucdp|acled FILE --out DIR [--force] [--gazetteer data/places.csv] [--all-places]';

export interface ImportArgs {
  format: ImportFormat;
  input: string;
  out: string;
  gazetteer: string;
  /** Write the whole gazetteer to places.csv instead of only the places the records use. */
  allPlaces: boolean;
  /** Replace the import's files in a folder that already holds files. */
  force: boolean;
}

export type ParsedImportArgs = { ok: true; args: ImportArgs } | { ok: false; message: string };

/** Reads the command line (without `node script`). Pure, so bad arguments are testable. */
export const parseImportArgs = (argv: readonly string[]): ParsedImportArgs => {
  let format: string | undefined;
  let out: string | undefined;
  let gazetteer = join('data', DATASET_FILES.places);
  let allPlaces = false;
  let force = false;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[i + 1];
      i++;
      return next === undefined || next.startsWith('--') ? undefined : next;
    };
    if (arg === '--format') format = value() ?? '';
    else if (arg === '--out') out = value() ?? '';
    else if (arg === '--gazetteer') gazetteer = value() ?? '';
    else if (arg === '--all-places') allPlaces = true;
    else if (arg === '--force') force = true;
    else if (arg.startsWith('--'))
      return { ok: false, message: `unknown option ${shownName(arg)}` };
    else inputs.push(arg);
  }
  if (format === undefined) return { ok: false, message: '--format is required (ucdp or acled)' };
  if (!(FORMATS as readonly string[]).includes(format)) {
    return {
      ok: false,
      message: `--format ${shownValue(format)} is not supported (expected ucdp or acled)`,
    };
  }
  if (inputs.length !== 1) {
    return {
      ok: false,
      message: `expected exactly one input FILE, got ${inputs.length}${inputs.length ? ` (${shownName(inputs.join(', '))})` : ''}`,
    };
  }
  if (!out) return { ok: false, message: '--out DIR is required' };
  if (!gazetteer) return { ok: false, message: '--gazetteer needs a file' };
  return {
    ok: true,
    args: {
      format: format as ImportFormat,
      input: inputs[0] ?? '',
      out,
      gazetteer,
      allPlaces,
      force,
    },
  };
};

export interface ImportIo {
  log: (line: string) => void;
  error: (line: string) => void;
}

const readGazetteer = (path: string, io: ImportIo): Place[] | null => {
  const table = parseTable(readFileSync(path, 'utf8'), {
    file: path,
    columns: PLACE_COLUMNS,
    optionalColumns: ['name_ar'],
    rowSchema: placeRowSchema,
  });
  const errors = table.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || table.records.length === 0) {
    io.error(`import: the gazetteer ${path} is not usable (${errors.length} errors):`);
    for (const issue of errors.slice(0, 20)) io.error(`  ${formatRowIssue(issue)}`);
    return null;
  }
  return table.records.map((r) => r.record);
};

const printSummary = (result: ImportResult, io: ImportIo): void => {
  io.log(`${result.rowsRead} rows read, ${result.imported} imported, ${result.rejected} rejected`);
  if (result.unmatchedNames.length > 0) {
    const rows = result.unmatchedNames.reduce((sum, u) => sum + u.rows, 0);
    io.log(
      `${result.unmatchedNames.length} place names not in the gazetteer (${rows} rows, kept at the most precise level that matched):`,
    );
    for (const u of result.unmatchedNames)
      io.log(`  ${String(u.rows).padStart(6)}  ${u.column}  ${u.name}`);
  }
};

/** Runs the import and returns the exit code: 0 written, 1 input unusable, 2 bad arguments. */
export const runImport = (argv: readonly string[], io: ImportIo): number => {
  const parsed = parseImportArgs(argv);
  if (!parsed.ok) {
    io.error(`import: ${parsed.message}`);
    io.error(IMPORT_USAGE);
    return 2;
  }
  const { args } = parsed;
  for (const [what, path] of [
    ['input file', args.input],
    ['gazetteer', args.gazetteer],
  ] as const) {
    const problem = !existsSync(path)
      ? 'does not exist'
      : statSync(path).isDirectory()
        ? 'is a folder (expected a file)'
        : !statSync(path).isFile()
          ? 'is not a file'
          : null;
    if (problem) {
      io.error(`import: ${what} ${shownName(path)} ${problem}`);
      io.error(IMPORT_USAGE);
      return 2;
    }
  }
  // Checked before the work, so a refusal costs nothing; writeDatasetFolder checks again.
  const inUse = folderInUse(args.out);
  if (inUse && (!args.force || !statSync(args.out).isDirectory())) {
    io.error(`import: --out ${inUse}`);
    return 2;
  }

  const gazetteer = readGazetteer(args.gazetteer, io);
  if (!gazetteer) return 1;
  const text = readFileSync(args.input, 'utf8');
  const file = basename(args.input);
  const result =
    args.format === 'ucdp'
      ? importUcdpGed(text, gazetteer, { file })
      : importAcled(text, gazetteer, { file });

  printSummary(result, io);
  if (result.fileError) {
    io.error(`import: ${formatRowIssue(result.fileError)}`);
    return 1;
  }

  // Compact: the codebook's defaults are left to the reader (same records, smaller file).
  const texts = datasetFolderTexts(
    {
      reports: result.reports,
      incidents: result.incidents,
      places: args.allPlaces ? gazetteer : placesInUse(gazetteer, result.incidents),
      issues: result.issues,
      info: importedDatasetInfo(args.format, file, result.incidents),
    },
    { compact: true },
  );
  // The folder must load in the app exactly as `npm run validate` checks it; check before writing.
  const check = parseDataset(
    {
      reports: texts[DATASET_FILES.reports] ?? '',
      incidents: texts[DATASET_FILES.incidents] ?? '',
      places: texts[DATASET_FILES.places] ?? '',
      annotations: texts[DATASET_FILES.annotations] ?? '',
      info: texts[DATASET_INFO_FILE],
    },
    { asOf: isoDayOfDate(new Date()) },
  );
  const invalid = check.issues.filter((i) => i.severity === 'error');
  if (invalid.length > 0) {
    io.error(
      `import: the converted data would not validate (${invalid.length} errors); nothing written:`,
    );
    for (const issue of invalid.slice(0, 20)) io.error(`  ${formatRowIssue(issue)}`);
    return 1;
  }
  const written = writeDatasetFolder(args.out, texts, { force: args.force });
  if (!written.ok) {
    io.error(`import: --out ${written.message}`);
    return 2;
  }

  const errors = result.issues.filter((i) => i.severity === 'error').length;
  io.log(
    `${written.replaced ? 'replaced' : 'wrote'} ${args.out}: ${result.incidents.length} incidents, ${result.reports.length} reports, ${check.dataset.places.length} places; ${IMPORT_ISSUES_FILE} lists ${errors} rejected-row errors and ${result.issues.length - errors} warnings`,
  );
  return 0;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runImport(process.argv.slice(2), {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  });
}
