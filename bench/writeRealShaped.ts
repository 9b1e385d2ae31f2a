/**
 * Writes a SYNTHETIC real-shaped ACLED export (bench/realShapedAcled.ts) to a file in chunks, and
 * beside it FILE.totals.json: the rows and Σ fatalities (overall and per governorate generated),
 * counted while generating, independently of the importer, for tests and benches to check.
 *
 *   npx tsx bench/writeRealShaped.ts --rows 1000000 --out /tmp/acled-1m.csv
 */
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseTable } from '../src/ingest/parseTable';
import { PLACE_COLUMNS, type Place, placeRowSchema } from '../src/model/place';
import { type RealShapedTotals, realShapedAcledChunks } from './realShapedAcled';

export const readBundledPlaces = (root: string): Place[] =>
  parseTable(readFileSync(path.join(root, 'data/places.csv'), 'utf8'), {
    file: 'places.csv',
    columns: PLACE_COLUMNS,
    optionalColumns: ['name_ar'],
    rowSchema: placeRowSchema,
  }).records.map((r) => r.record);

/** Writes `rows` events to `file` and returns the totals (also written to FILE.totals.json). */
export const writeRealShapedAcled = (
  rows: number,
  file: string,
  root: string,
): RealShapedTotals => {
  const totals: RealShapedTotals = { rows: 0, fatalities: 0, byGovernorate: new Map() };
  const fd = openSync(file, 'w');
  try {
    for (const chunk of realShapedAcledChunks(rows, readBundledPlaces(root), totals))
      writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  writeFileSync(
    `${file}.totals.json`,
    `${JSON.stringify({ ...totals, byGovernorate: Object.fromEntries(totals.byGovernorate) }, null, 1)}\n`,
  );
  return totals;
};

if (process.argv[1]?.endsWith('writeRealShaped.ts')) {
  const { values } = parseArgs({ options: { rows: { type: 'string' }, out: { type: 'string' } } });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows <= 0 || !values.out) {
    process.stderr.write('usage: npx tsx bench/writeRealShaped.ts --rows N --out FILE\n');
    process.exit(2);
  }
  const totals = writeRealShapedAcled(rows, values.out, process.cwd());
  process.stdout.write(
    `${totals.rows} SYNTHETIC rows, ${totals.fatalities} fatalities → ${values.out}\n`,
  );
}
