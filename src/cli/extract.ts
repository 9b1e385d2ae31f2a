import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { extractedToIncident } from '../ingest/extract/extractedToIncident';
import { extractRecords } from '../ingest/extract/extractRecords';
import { reportText } from '../ingest/extract/htmlToText';
import {
  COMMUNITY_COLUMNS,
  readCommunitiesGazetteer,
} from '../ingest/extract/readCommunitiesGazetteer';
import { parseTable } from '../ingest/parseTable';
import { readCsvRows } from '../ingest/readCsvRows';
import { INCIDENT_COLUMNS, incidentToRow } from '../model/incident';
import { isoDaySchema } from '../model/isoDay';
import { PLACE_COLUMNS, type Place, placeRowSchema } from '../model/place';
import { shownName } from '../model/shownValue';
import { FORMULA_START } from '../model/spreadsheetSafety';
import { type CommandSpec, failWithUsage, readArgs } from './cliArgs';

/*
 * npm run --silent extract -- --published YYYY-MM-DD [--publisher NAME] [--url URL]
 *   [--gazetteer FILE]… [--report-id ID] [--csv] FILE|-
 * Reads a report (a file, or stdin for "-") and prints candidate records as JSON, or as rows of
 * data/incidents.csv with --csv. The gazetteer defaults to data/places.csv; --gazetteer may be
 * given several times, in places.csv form or OCHA's populated-places form.
 */
const OPTIONS = {
  published: { type: 'string' },
  publisher: { type: 'string' },
  url: { type: 'string' },
  gazetteer: { type: 'string', multiple: true },
  'report-id': { type: 'string', default: 'report' },
  csv: { type: 'boolean', default: false },
} as const;

const SPEC: CommandSpec<typeof OPTIONS> = {
  name: 'extract',
  synopsis:
    '--published YYYY-MM-DD [--publisher NAME] [--url URL] [--gazetteer FILE]... [--report-id ID] [--csv] FILE|-',
  summary: "Candidate incident records from a report's text (a file, or - for standard input).",
  options: OPTIONS,
  args: { published: 'DAY', publisher: 'NAME', url: 'URL', gazetteer: 'FILE', 'report-id': 'ID' },
  help: {
    published: "the report's publication day (required): relative dates count from it",
    publisher: 'who published the report',
    url: "the report's address",
    gazetteer: 'places.csv or OCHA populated places; repeat for several (default: data/places.csv)',
    'report-id': 'the id the records cite with --csv (default: report)',
    csv: 'print rows of data/incidents.csv instead of JSON',
  },
  positionals: { name: 'FILE', most: 1 },
};

const fail = (message: string): never => process.exit(failWithUsage(SPEC, message));

interface Args {
  published: string;
  publisher?: string | undefined;
  url?: string | undefined;
  gazetteers: string[];
  reportId: string;
  csv: boolean;
  input: string;
}

const readExtractArgs = (argv: string[]): Args => {
  const read = readArgs(SPEC, argv);
  if ('exit' in read) return process.exit(read.exit);
  const { values, positionals } = read;
  const published =
    values.published ?? fail('--published is required (the report’s publication day)');
  if (!isoDaySchema.safeParse(published).success)
    fail(`--published ${shownName(published)} is not a valid YYYY-MM-DD day`);
  const input = positionals[0] ?? fail('no input: give a file, or - for standard input');
  return {
    published,
    publisher: values.publisher,
    url: values.url,
    gazetteers: values.gazetteer ?? [],
    reportId: values['report-id'] ?? 'report',
    csv: values.csv ?? false,
    input,
  };
};

const readGazetteer = (file: string): Place[] => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return fail(`cannot read gazetteer ${shownName(file)}`);
  }
  const header = readCsvRows(text.slice(0, 2000).split('\n')[0] ?? '').header;
  if (COMMUNITY_COLUMNS.every((c) => header.includes(c))) {
    const read = readCommunitiesGazetteer(text, file);
    for (const issue of read.issues.slice(0, 5))
      console.error(`${issue.file}:${issue.row}:${issue.column} ${issue.message}`);
    return read.places;
  }
  const parsed = parseTable(text, {
    file,
    columns: PLACE_COLUMNS,
    optionalColumns: ['name_ar'],
    rowSchema: placeRowSchema,
  });
  for (const issue of parsed.issues.slice(0, 5))
    console.error(`${issue.file}:${issue.row}:${issue.column} ${issue.message}`);
  return parsed.records.map((r) => r.record);
};

const args = readExtractArgs(process.argv.slice(2));
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const gazetteerFiles =
  args.gazetteers.length > 0 ? args.gazetteers : [join(repoRoot, 'data', 'places.csv')];
const byId = new Map<string, Place>();
for (const file of gazetteerFiles)
  for (const place of readGazetteer(file)) byId.set(place.id, place);

let text: string;
try {
  // HTML is read as text as Add report reads it: no scripts, styles or tags in the text.
  text = reportText(args.input, readFileSync(args.input === '-' ? 0 : args.input, 'utf8'));
} catch (error) {
  text = fail(`cannot read ${shownName(args.input)}: ${shownName((error as Error).message)}`);
}

const records = extractRecords(text, {
  published: args.published,
  publisher: args.publisher,
  url: args.url,
  gazetteer: [...byId.values()],
});

if (args.csv) {
  const rows = records.map((r, i) =>
    incidentToRow(extractedToIncident(r, `${args.reportId}-x${i + 1}`, args.reportId)),
  );
  console.log(
    Papa.unparse(
      {
        fields: [...INCIDENT_COLUMNS],
        data: rows.map((row) => INCIDENT_COLUMNS.map((c) => row[c])),
      },
      { escapeFormulae: FORMULA_START },
    ),
  );
} else {
  console.log(JSON.stringify({ records }, null, 2));
}
