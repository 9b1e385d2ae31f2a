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

/*
 * npm run --silent extract -- --published YYYY-MM-DD [--publisher NAME] [--url URL]
 *   [--gazetteer FILE]… [--report-id ID] [--csv] FILE|-
 * Reads a report (a file, or stdin for "-") and prints candidate records as JSON, or as rows of
 * data/incidents.csv with --csv. The gazetteer defaults to data/places.csv; --gazetteer may be
 * given several times, in places.csv form or OCHA's populated-places form.
 */
const USAGE =
  'usage: extract --published YYYY-MM-DD [--publisher NAME] [--url URL] [--gazetteer FILE]... [--report-id ID] [--csv] FILE|-';

const fail = (message: string): never => {
  console.error(`extract: ${message}\n${USAGE}`);
  process.exit(2);
};

interface Args {
  published: string;
  publisher?: string | undefined;
  url?: string | undefined;
  gazetteers: string[];
  reportId: string;
  csv: boolean;
  input: string;
}

const parseArgs = (argv: string[]): Args => {
  const out: Partial<Args> & { gazetteers: string[] } = {
    gazetteers: [],
    csv: false,
    reportId: 'report',
  };
  const value = (i: number, flag: string) => argv[i + 1] ?? fail(`${flag} needs a value`);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--published') out.published = value(i++, a);
    else if (a === '--publisher') out.publisher = value(i++, a);
    else if (a === '--url') out.url = value(i++, a);
    else if (a === '--gazetteer') out.gazetteers.push(value(i++, a));
    else if (a === '--report-id') out.reportId = value(i++, a);
    else if (a === '--csv') out.csv = true;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--')) fail(`unknown option ${shownName(a)}`);
    else if (out.input !== undefined)
      fail(`only one input file is read (got ${shownName(out.input)} and ${shownName(a)})`);
    else out.input = a;
  }
  if (!out.published) fail('--published is required (the report’s publication day)');
  if (!isoDaySchema.safeParse(out.published).success)
    fail(`--published ${shownName(out.published)} is not a valid YYYY-MM-DD day`);
  if (out.input === undefined) fail('no input: give a file, or - for standard input');
  return out as Args;
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

const args = parseArgs(process.argv.slice(2));
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
