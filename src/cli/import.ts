import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSourceImport } from '../ingest/import/collectRows';
import { acledFormat } from '../ingest/import/importAcled';
import { importedDatasetInfo } from '../ingest/import/importedDatasetInfo';
import type { ImportTally } from '../ingest/import/importResult';
import { ucdpGedFormat } from '../ingest/import/importUcdpGed';
import { parseTable } from '../ingest/parseTable';
import { DATASET_FILES } from '../model/dataset';
import { INCIDENT_COLUMNS, OPTIONAL_INCIDENT_COLUMNS } from '../model/incident';
import { PLACE_COLUMNS, type Place, placeRowSchema } from '../model/place';
import { formatRowIssue } from '../model/rowIssue';
import { shownName, shownValue } from '../model/shownValue';
import { type CommandSpec, helpOf, parseCommandArgs, usageOf } from './cliArgs';
import { createIncidentCsvWriter } from './incidentCsvWriter';
import {
  datasetFolderTexts,
  folderInUse,
  IMPORT_ISSUES_FILE,
  placesOfIds,
  stageDatasetFolder,
} from './writeDatasetFolder';

const FORMATS = ['ucdp', 'acled'] as const;
type ImportFormat = (typeof FORMATS)[number];

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  gazetteer: { type: 'string', default: join('data', DATASET_FILES.places) },
  'all-places': { type: 'boolean', default: false },
  'no-points': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
} as const;

export const IMPORT_SPEC: CommandSpec<typeof OPTIONS> = {
  name: 'import',
  synopsis:
    '--format ucdp|acled FILE --out DIR [--force] [--gazetteer data/places.csv] [--all-places] [--no-points]',
  summary:
    'A UCDP GED or ACLED export as a data folder (incidents, reports, places), read and written in pieces.',
  options: OPTIONS,
  args: { format: 'ucdp|acled', out: 'DIR', gazetteer: 'FILE' },
  help: {
    format: 'the export format: ucdp (UCDP GED) or acled (ACLED)',
    out: 'the folder to write (refused if it holds files, unless --force)',
    gazetteer: 'places.csv to match place names against (default: data/places.csv)',
    'all-places': 'write the whole gazetteer to places.csv, not only the places used',
    'no-points': 'ucdp: leave the events’ points (latitude, longitude) out',
    force: 'replace the import’s files in a folder that already holds files',
  },
  positionals: { name: 'FILE', most: 1 },
};

export interface ImportArgs {
  format: ImportFormat;
  input: string;
  out: string;
  gazetteer: string;
  /** Write the whole gazetteer to places.csv instead of only the places the records use. */
  allPlaces: boolean;
  /** ucdp: leave the events' points out (the bundled folder stays under 2 MiB). */
  points: boolean;
  /** Replace the import's files in a folder that already holds files. */
  force: boolean;
}

export type ParsedImportArgs =
  | { ok: true; args: ImportArgs }
  | { ok: false; message: string }
  | { ok: false; help: true };

/** Reads the command line (without `node script`). Pure, so bad arguments are testable. */
export const parseImportArgs = (argv: readonly string[]): ParsedImportArgs => {
  const parsed = parseCommandArgs(IMPORT_SPEC, argv);
  if ('help' in parsed) return { ok: false, help: true };
  if ('error' in parsed) return { ok: false, message: parsed.error };
  const { values, positionals } = parsed;
  const format = values.format;
  if (format === undefined) return { ok: false, message: '--format is required (ucdp or acled)' };
  if (!(FORMATS as readonly string[]).includes(format)) {
    return {
      ok: false,
      message: `--format ${shownValue(format)} is not supported (expected ucdp or acled)`,
    };
  }
  const input = positionals[0];
  if (input === undefined) return { ok: false, message: 'expected one input FILE, got none' };
  if (!values.out) return { ok: false, message: '--out DIR is required' };
  if (!values.gazetteer) return { ok: false, message: '--gazetteer needs a file' };
  return {
    ok: true,
    args: {
      format: format as ImportFormat,
      input,
      out: values.out,
      gazetteer: values.gazetteer,
      allPlaces: values['all-places'] ?? false,
      points: !values['no-points'],
      force: values.force ?? false,
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

const printSummary = (result: ImportTally, io: ImportIo): void => {
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

/** Read in pieces this large: few enough parser calls, little memory. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** What a streamed import wrote besides incidents.csv, and its books. */
interface StreamedImport {
  tally: ImportTally;
  incidents: number;
  placeIds: Set<string>;
  latestDay: string | null;
}

/**
 * Reads the input in pieces and writes incidents.csv into `folder` as the rows are mapped: no
 * record, no row and no whole text is held, so files past what one string can hold (512 MiB)
 * import in bounded memory. Records that cannot be placed or read are rejected with their issue.
 */
const streamImport = async (
  args: ImportArgs,
  gazetteer: readonly Place[],
  folder: string,
): Promise<StreamedImport> => {
  const file = basename(args.input);
  const format =
    args.format === 'ucdp'
      ? ucdpGedFormat(gazetteer, { file, points: args.points })
      : acledFormat(gazetteer, { file });
  const columns = INCIDENT_COLUMNS.filter(
    (c) => !OPTIONAL_INCIDENT_COLUMNS.includes(c) || format.optionalColumns.includes(c),
  );
  const writer = createIncidentCsvWriter(join(folder, DATASET_FILES.incidents), columns);
  const placeIds = new Set<string>();
  let incidents = 0;
  let latestDay: string | null = null;
  const run = createSourceImport(file, format, (incident) => {
    writer.add(incident);
    incidents++;
    placeIds.add(incident.placeId);
    for (const id of incident.coversIds) placeIds.add(id);
    // An import is as of its data: the latest day any record speaks of.
    const day = incident.dateEnd ?? incident.dateStart;
    if (day !== null && (latestDay === null || day > latestDay)) latestDay = day;
  });
  let tally: ImportTally;
  try {
    // Node's UTF-8 decoding keeps a character split between chunks whole, and the BOM (the
    // reader strips it); invalid bytes become U+FFFD, which the reader reports.
    const input = createReadStream(args.input, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
    for await (const chunk of input) {
      run.push(chunk as string);
      await writer.drained();
    }
    // The last row is handed on only here, once it is known not to be cut short.
    tally = run.end();
  } finally {
    await writer.close();
  }
  return { tally, incidents, placeIds, latestDay };
};

/** Runs the import and returns the exit code: 0 written, 1 input unusable, 2 bad arguments. */
export const runImport = async (argv: readonly string[], io: ImportIo): Promise<number> => {
  const parsed = parseImportArgs(argv);
  if (!parsed.ok && 'help' in parsed) {
    io.log(helpOf(IMPORT_SPEC));
    return 0;
  }
  if (!parsed.ok) {
    io.error(`import: ${parsed.message}`);
    io.error(usageOf(IMPORT_SPEC));
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
      io.error(usageOf(IMPORT_SPEC));
      return 2;
    }
  }
  // Checked before the work, so a refusal costs nothing.
  const inUse = folderInUse(args.out);
  if (inUse && (!args.force || !statSync(args.out).isDirectory())) {
    io.error(`import: --out ${inUse}`);
    return 2;
  }

  const gazetteer = readGazetteer(args.gazetteer, io);
  if (!gazetteer) return 1;
  const staged = stageDatasetFolder(args.out, { force: args.force });
  if (!staged.ok) {
    io.error(`import: --out ${staged.message}`);
    return 2;
  }
  const { folder } = staged;
  let streamed: StreamedImport;
  try {
    streamed = await streamImport(args, gazetteer, folder.path);
  } catch (error) {
    folder.abort();
    throw error;
  }
  const { tally } = streamed;
  printSummary(tally, io);
  if (tally.fileError) {
    folder.abort();
    io.error(`import: ${formatRowIssue(tally.fileError)}`);
    return 1;
  }

  const places = args.allPlaces ? [...gazetteer] : placesOfIds(gazetteer, streamed.placeIds);
  const file = basename(args.input);
  const { [DATASET_FILES.incidents]: _written, ...texts } = datasetFolderTexts({
    reports: tally.reports,
    incidents: [],
    places,
    issues: tally.issues,
    info: importedDatasetInfo(args.format, file, [], streamed.latestDay),
  });
  let written: { replaced: boolean };
  try {
    for (const [name, text] of Object.entries(texts))
      writeFileSync(join(folder.path, name), text, 'utf8');
    written = folder.commit([DATASET_FILES.incidents, ...Object.keys(texts)]);
  } catch (error) {
    folder.abort();
    throw error;
  }

  const errors = tally.issues.filter((i) => i.severity === 'error').length;
  io.log(
    `${written.replaced ? 'replaced' : 'wrote'} ${args.out}: ${streamed.incidents} incidents, ${tally.reports.length} reports, ${places.length} places; ${IMPORT_ISSUES_FILE} lists ${errors} rejected-row errors and ${tally.issues.length - errors} warnings`,
  );
  return 0;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runImport(process.argv.slice(2), {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  }).then((code) => {
    process.exitCode = code;
  });
}
