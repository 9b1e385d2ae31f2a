/**
 * Times scanIncidentRows on SYNTHETIC incidents.csv text (bench/syntheticIncidents.ts: nothing
 * here describes real events). Generating the text is not timed.
 *
 *   npx tsx bench/scanIncidents.ts            1,000,000 rows
 *   npx tsx bench/scanIncidents.ts 3000000
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTable } from '../src/ingest/parseTable';
import { scanIncidentRows } from '../src/ingest/scanIncidentRows';
import { PLACE_COLUMNS, placeRowSchema } from '../src/model/place';
import { syntheticIncidentsCsv } from './syntheticIncidents';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const size = Number(process.argv[2] ?? 1_000_000);

const places = parseTable(readFileSync(path.join(root, 'data/places.csv'), 'utf8'), {
  file: 'places.csv',
  columns: PLACE_COLUMNS,
  optionalColumns: ['name_ar'],
  rowSchema: placeRowSchema,
}).records.map((r) => r.record);
const text = syntheticIncidentsCsv(size, places);
console.log(
  `SYNTHETIC incidents.csv: ${size.toLocaleString('en')} rows, ${(text.length / 1e6).toFixed(1)} MB`,
);

// The first run is what a Worker pays; later ones show the spread.
for (let run = 1; run <= 3; run++) {
  // The callback reads the row as a consumer would, so that nothing is optimised away.
  let killed = 0;
  let spans = 0;
  const start = performance.now();
  const result = scanIncidentRows(text, 'incidents.csv', (row) => {
    killed += row.killedMin ?? 0;
    spans += (row.dayEnd ?? 0) - (row.dayStart ?? row.dayEnd ?? 0);
  });
  const ms = performance.now() - start;
  console.log(
    `run ${run}: ${ms.toFixed(0)} ms (${((ms * 1000) / size).toFixed(2)} µs/row) — ` +
      `${result.rowsRead} rows read, ${result.accepted} accepted, ${result.slowRows} on the ` +
      `slow path, ${result.issues.length} issues [checksum ${killed + spans}]`,
  );
}
