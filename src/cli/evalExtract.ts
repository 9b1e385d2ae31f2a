import { readFileSync } from 'node:fs';
import { CORPUS, type CorpusReport } from '../ingest/extract/corpus';
import { extractRecords } from '../ingest/extract/extractRecords';
import { HELD_OUT_CORPUS, HELD_OUT_FRESH } from '../ingest/extract/heldOutCorpus';
import { buildPlaceIndex } from '../ingest/extract/placeIndex';
import { type FieldScore, SCORED_FIELDS, scoreExtraction } from '../ingest/extract/scoreExtraction';
import { testGazetteer } from '../ingest/extract/testGazetteer';
import { parseTable } from '../ingest/parseTable';
import type { Place } from '../model/place';
import { PLACE_COLUMNS, placeRowSchema } from '../model/place';

/*
 * npm run eval:extract [-- --json] [--gazetteer places.csv] [--verbose] [--corpus main|held-out|fresh]
 * Runs the extractor on a labelled synthetic corpus and prints precision, recall and F1 per
 * field. `main` (the default) is the corpus the rules were developed on; `held-out` was written
 * and labelled before the rules were changed against it, so its score is the honest one. Records are matched as described in scoreExtraction.ts (same death figure first).
 * The corpus labels use OCHA P-codes, so the default gazetteer is the test one in the repo.
 */
const usage =
  'usage: eval:extract [--json] [--verbose] [--gazetteer places.csv] [--corpus main|held-out|fresh]';
const CORPORA: Record<string, CorpusReport[]> = {
  main: CORPUS,
  'held-out': HELD_OUT_CORPUS,
  fresh: HELD_OUT_FRESH,
};
const args = process.argv.slice(2);
let json = false;
let verbose = false;
let gazetteerFile: string | null = null;
let corpusName = 'main';
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--json') json = true;
  else if (a === '--verbose') verbose = true;
  else if (a === '--gazetteer' && args[i + 1]) gazetteerFile = args[++i] ?? null;
  else if (a === '--corpus' && args[i + 1] && CORPORA[args[i + 1] ?? ''])
    corpusName = args[++i] ?? 'main';
  else {
    console.error(`eval:extract: unknown argument ${a}\n${usage}`);
    process.exit(2);
  }
}

let gazetteer: Place[];
if (gazetteerFile) {
  const parsed = parseTable(readFileSync(gazetteerFile, 'utf8'), {
    file: gazetteerFile,
    columns: PLACE_COLUMNS,
    optionalColumns: ['name_ar'],
    rowSchema: placeRowSchema,
  });
  gazetteer = parsed.records.map((r) => r.record);
} else gazetteer = testGazetteer();
const placeIndex = buildPlaceIndex(gazetteer);

const corpus = CORPORA[corpusName] ?? CORPUS;
const reports = corpus.map((report) => ({
  id: report.id,
  predicted: extractRecords(report.text, { published: report.published, gazetteer, placeIndex }),
  expected: report.expected,
}));
const result = scoreExtraction(reports);

if (json) {
  console.log(JSON.stringify({ corpus: corpusName, reports: reports.length, ...result }, null, 2));
} else {
  const pct = (v: number) => v.toFixed(3);
  const row = (name: string, s: FieldScore) =>
    `${name.padEnd(12)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   ${String(s.truePositives).padStart(3)} / ${String(s.predicted).padStart(3)} / ${String(s.expected).padStart(3)}`;
  console.log(
    `${corpusName} corpus: ${reports.length} synthetic reports, ${result.records.expected} expected records`,
  );
  console.log('field        prec   recall F1      tp / pred / exp');
  for (const f of SCORED_FIELDS) console.log(row(f, result.fields[f]));
  console.log(row('records', result.records));
  console.log(row('overall', result.overall));
  if (verbose) {
    for (const r of reports) {
      const one = scoreExtraction([r]);
      if (one.overall.f1 < 1)
        console.log(
          `\n${r.id}: expected ${JSON.stringify(r.expected)}\n     got ${JSON.stringify(
            r.predicted.map(({ evidence: _e, vague: _v, ...rest }) => rest),
          )}`,
        );
    }
  }
}
