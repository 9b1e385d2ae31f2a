import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CommandSpec, failWithUsage, readArgs } from '../../src/cli/cliArgs';
import { extractRecords } from '../../src/ingest/extract/extractRecords';
import { withWorld } from '../../src/ingest/extract/gazetteer/worldGazetteer';
import { buildPlaceIndex } from '../../src/ingest/extract/placeIndex';
import { parseTable } from '../../src/ingest/parseTable';
import type { Place } from '../../src/model/place';
import { PLACE_COLUMNS, placeRowSchema } from '../../src/model/place';
import { parseEventNotes, parseRealCorpus, parseSyntheticCorpus } from './labelledCorpus';
import { type FieldScore, SCORED_FIELDS, scoreExtraction } from './scoreExtraction';
import { noteDeaths, scoreNotes } from './scoreNotes';
import {
  nameLookup,
  REAL_FIELDS,
  type RealScore,
  scoreRealExtraction,
} from './scoreRealExtraction';

/*
 * npm run eval:extract [-- --corpus real-dev|real-test|notes-dev|notes-test|main|held-out|fresh]
 *                        [--json] [--verbose]
 *                        [--gazetteer places.csv]
 * Runs the extractor on a labelled corpus from test/corpora and prints how well it did.
 * - real-dev / real-test: excerpts of real reports (each with its URL), labelled by the codebook.
 *   real-test is frozen (test/corpora/real-test.manifest.json): rules are never tuned on it.
 *   Prints record precision, recall, F1 and each field's accuracy, overall and per conflict.
 * - notes-dev / notes-test: coders' event notes (ACLED) with the fatalities the coders gave each
 *   event; prints the share whose death count the extractor gives exactly (scoreNotes.ts).
 *   notes-test is frozen (test/corpora/notes-test.manifest.json) like real-test.
 * - main / held-out / fresh: the synthetic regression corpora (labelled with the test
 *   gazetteer's ids); prints precision, recall and F1 per field.
 */
const SYNTHETIC: Record<string, string> = {
  main: 'synthetic-main',
  'held-out': 'synthetic-held-out',
  fresh: 'synthetic-fresh',
};
const REAL = ['real-dev', 'real-test'];
const NOTES = ['notes-dev', 'notes-test'];
const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const OPTIONS = {
  corpus: { type: 'string', default: 'real-dev' },
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  gazetteer: { type: 'string' },
} as const;

const SPEC: CommandSpec<typeof OPTIONS> = {
  name: 'eval:extract',
  synopsis:
    '[--corpus real-dev|real-test|notes-dev|notes-test|main|held-out|fresh] [--json] [--verbose] [--gazetteer places.csv]',
  summary:
    'How well the extractor reads a labelled corpus of test/corpora (see test/corpora/README.md).',
  options: OPTIONS,
  args: { corpus: 'NAME', gazetteer: 'FILE' },
  help: {
    corpus:
      'real-dev (default), real-test (frozen), notes-dev, notes-test (frozen), main, held-out, fresh',
    json: 'print JSON',
    verbose: 'list every miss',
    gazetteer: 'places.csv to match place names against (default: data/ or the test gazetteer)',
  },
};

const read = readArgs(SPEC, process.argv.slice(2));
if ('exit' in read) process.exit(read.exit);
const args = { values: read.values };
const corpusName = args.values.corpus ?? 'real-dev';
if (!REAL.includes(corpusName) && !NOTES.includes(corpusName) && !SYNTHETIC[corpusName])
  process.exit(failWithUsage(SPEC, `unknown corpus ${corpusName}`));

const readPlaces = (file: string): Place[] => {
  const parsed = parseTable(readFileSync(file, 'utf8'), {
    file,
    columns: PLACE_COLUMNS,
    optionalColumns: ['name_ar'],
    rowSchema: placeRowSchema,
  });
  if (parsed.issues.length > 0) throw new Error(`${file}: ${parsed.issues[0]?.message}`);
  return parsed.records.map((r) => r.record);
};

const isReal = REAL.includes(corpusName) || NOTES.includes(corpusName);
const gazetteer = readPlaces(
  args.values.gazetteer ?? root(isReal ? 'data/places.csv' : 'test/fixtures/test-gazetteer.csv'),
);
const placeIndex = buildPlaceIndex(gazetteer);
const corpusFile = root(`test/corpora/${isReal ? corpusName : SYNTHETIC[corpusName]}.jsonl`);
const corpusText = readFileSync(corpusFile, 'utf8');
const pct = (v: number) => v.toFixed(3);

if (NOTES.includes(corpusName)) evalNotes();
else if (isReal) evalReal();
else evalSynthetic();

function evalNotes() {
  const notes = parseEventNotes(corpusText, corpusFile).map((note) => ({
    note,
    predicted: noteDeaths(
      extractRecords(note.text, { published: note.published, gazetteer, placeIndex }),
    ),
  }));
  const overall = scoreNotes(notes.map((n) => ({ predicted: n.predicted, coded: n.note.deaths })));
  if (args.values.json) {
    console.log(JSON.stringify({ corpus: corpusName, ...overall }, null, 2));
    return;
  }
  console.log(
    `${corpusName}: ${overall.notes} coders' event notes; deaths exactly as coded in ${overall.exact} (${pct(overall.exactShare)})`,
  );
  if (args.values.verbose)
    for (const { note, predicted } of notes)
      if (predicted !== note.deaths)
        console.log(`\n${note.id}: coded ${note.deaths}, got ${predicted}\n  ${note.text}`);
}

function evalReal() {
  const reports = parseRealCorpus(corpusText, corpusFile).map((report) => ({
    report,
    predicted: extractRecords(report.text, {
      published: report.published,
      publisher: report.publisher,
      url: report.url,
      gazetteer,
      placeIndex,
    }),
  }));
  const lookup = nameLookup(withWorld(gazetteer));
  const overall = scoreRealExtraction(lookup, reports);
  const conflicts = [...new Set(reports.map((r) => r.report.conflict))].sort();
  const perConflict = Object.fromEntries(
    conflicts.map((c) => [
      c,
      scoreRealExtraction(
        lookup,
        reports.filter((r) => r.report.conflict === c),
      ),
    ]),
  );
  if (args.values.json) {
    console.log(
      JSON.stringify(
        { corpus: corpusName, reports: reports.length, overall, perConflict },
        null,
        2,
      ),
    );
    return;
  }
  const header = `${'scope'.padEnd(14)} ${'reports'.padStart(7)} ${'recP'.padStart(6)} ${'recR'.padStart(6)} ${'recF1'.padStart(6)}  ${REAL_FIELDS.map((f) => f.slice(0, 8).padStart(8)).join(' ')}`;
  const row = (name: string, n: number, s: RealScore) =>
    `${name.slice(0, 14).padEnd(14)} ${String(n).padStart(7)} ${pct(s.records.precision).padStart(6)} ${pct(s.records.recall).padStart(6)} ${pct(s.records.f1).padStart(6)}  ${REAL_FIELDS.map(
      (f) => {
        const a = s.fields[f].accuracy;
        return (a === null ? '-' : pct(a)).padStart(8);
      },
    ).join(' ')}`;
  const r = overall.records;
  console.log(
    `${corpusName}: ${reports.length} real reports, ${r.expected} gold records, ${r.predicted} extracted, ${r.matched} paired`,
  );
  console.log('field accuracy is over paired records; rec = record precision / recall / F1');
  console.log(header);
  console.log(row('overall', reports.length, overall));
  for (const c of conflicts) {
    const n = reports.filter((x) => x.report.conflict === c).length;
    console.log(row(c, n, perConflict[c] as RealScore));
  }
  if (args.values.verbose) verboseReal(reports, lookup);
}

function verboseReal(
  reports: {
    report: import('./labelledCorpus').RealReport;
    predicted: ReturnType<typeof extractRecords>;
  }[],
  lookup: ReturnType<typeof nameLookup>,
) {
  for (const { report, predicted } of reports) {
    const one = scoreRealExtraction(lookup, [{ report, predicted }]);
    const perfect =
      one.records.f1 === 1 && REAL_FIELDS.every((f) => one.fields[f].correct === one.fields[f].of);
    if (perfect) continue;
    const brief = predicted.map((p) => ({
      kind: p.kind === 'incident' ? 'incident' : (p.totalType ?? 'running'),
      deaths: [p.killedMin, p.killedMax],
      children: [p.childrenMin, p.childrenMax],
      injured: [p.injuredMin, p.injuredMax],
      dates: [p.dateStart, p.dateEnd, p.periodStart],
      place: p.place,
      admin1: p.admin1,
      country: p.country,
      by: p.attributedTo,
    }));
    console.log(
      `\n${report.id}\n  gold ${JSON.stringify(report.records)}\n  got  ${JSON.stringify(brief)}`,
    );
  }
}

function evalSynthetic() {
  const reports = parseSyntheticCorpus(corpusText, corpusFile).map((report) => ({
    id: report.id,
    predicted: extractRecords(report.text, { published: report.published, gazetteer, placeIndex }),
    expected: report.expected,
  }));
  const result = scoreExtraction(reports);
  if (args.values.json) {
    console.log(
      JSON.stringify({ corpus: corpusName, reports: reports.length, ...result }, null, 2),
    );
    return;
  }
  const row = (name: string, s: FieldScore) =>
    `${name.padEnd(12)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   ${String(s.truePositives).padStart(3)} / ${String(s.predicted).padStart(3)} / ${String(s.expected).padStart(3)}`;
  console.log(
    `${corpusName} corpus: ${reports.length} synthetic reports, ${result.records.expected} expected records`,
  );
  console.log('field        prec   recall F1      tp / pred / exp');
  for (const f of SCORED_FIELDS) console.log(row(f, result.fields[f]));
  console.log(row('records', result.records));
  console.log(row('overall', result.overall));
  if (args.values.verbose)
    for (const r of reports) {
      if (scoreExtraction([r]).overall.f1 < 1)
        console.log(
          `\n${r.id}: expected ${JSON.stringify(r.expected)}\n     got ${JSON.stringify(
            r.predicted.map(({ evidence: _e, vague: _v, ...rest }) => rest),
          )}`,
        );
    }
}
