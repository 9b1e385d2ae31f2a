/**
 * One measured point for docs/SCALING.md: DuckDB over Parquet answering the summary's headline
 * query (records, killed lower and upper bounds per governorate, one governorate and a year) on
 * a data folder, beside our columns (the dashboard's path: selectIncidents + headline). Both
 * must give the same figures, else it fails.
 *
 *   npx tsx bench/duckdbParquet.ts --data /tmp/acled-1m-folder [--rounds 11]
 */
import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { headlineFromSums } from '../src/analysis/columns/headlineFromColumns';
import { selectIncidents } from '../src/analysis/columns/selectIncidents';
import { NO_FILTERS } from '../src/analysis/filters';
import { readDatasetFolder } from '../src/cli/readDatasetFolder';
import { readFolderColumns } from '../src/cli/readFolderColumns';

const { values } = parseArgs({
  options: { data: { type: 'string' }, rounds: { type: 'string', default: '11' } },
});
if (!values.data) {
  process.stderr.write('usage: npx tsx bench/duckdbParquet.ts --data DIR [--rounds N]\n');
  process.exit(2);
}
const dir = path.resolve(values.data);
const rounds = Number(values.rounds);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const say = (line: string) => process.stdout.write(`${line}\n`);

say(`DuckDB over Parquet vs our columns on ${dir}; load average ${load()}`);
const duck = await DuckDBInstance.create(':memory:', { threads: '2' });
const db = await duck.connect();
const parquet = path.join(os.tmpdir(), `tolltrack-${process.pid}.parquet`);
let t0 = performance.now();
// Governorate of each place: itself at level 1, its parent at level 2 (data/places.csv).
await db.run(
  `CREATE TABLE places AS SELECT * FROM read_csv('${path.join(dir, 'places.csv')}', all_varchar = true)`,
);
await db.run(`CREATE TABLE gov AS
  SELECT p.id AS place_id, CASE WHEN p.level = '1' THEN p.id WHEN p.level = '2' THEN p.parent_id END AS governorate
  FROM places p`);
await db.run(`COPY (
  SELECT i.id, i.kind, CAST(i.date_start AS DATE) AS date_start, CAST(i.date_end AS DATE) AS date_end,
         i.place_id, g.governorate, CAST(i.killed_min AS INTEGER) AS killed_min,
         CAST(i.killed_max AS INTEGER) AS killed_max, i.attributed_to, i.event_type
  FROM read_csv('${path.join(dir, 'incidents.csv')}', all_varchar = true) i
  LEFT JOIN gov g USING (place_id)
) TO '${parquet}' (FORMAT parquet)`);
const writeMs = performance.now() - t0;
say(
  `  CSV → Parquet: ${(writeMs / 1000).toFixed(1)} s, ${(statSync(parquet).size / 1024 / 1024).toFixed(0)} MB`,
);

// The summary's headline: incident records inside the filter, lower = killed_min (unknown 0),
// upper = killed_max else the lower; the busiest governorate over one year (whole days inside).
const busiest = (
  await (
    await db.runAndReadAll(
      `SELECT governorate, count(*) n FROM '${parquet}' WHERE kind = 'incident' GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    )
  ).getRowsJS()
)[0]?.[0] as string;
const query = await db.prepare(`
  SELECT governorate, count(*) AS records, sum(coalesce(killed_min, 0)) AS lower,
         sum(coalesce(killed_max, killed_min, 0)) AS upper
  FROM '${parquet}'
  WHERE kind = 'incident' AND governorate = $1
    AND coalesce(date_start, date_end) >= DATE '2022-01-01'
    AND coalesce(date_end, date_start) <= DATE '2022-12-31'
  GROUP BY governorate`);
query.bindVarchar(1, busiest);
const runDuck = async () => {
  const rows = (await query.runAndReadAll()).getRowsJS();
  const [, records, lower, upper] = rows[0] ?? [];
  return { records: Number(records), lower: Number(lower), upper: Number(upper) };
};

t0 = performance.now();
const folder = readDatasetFolder(dir);
const read = readFolderColumns(folder.texts, '2100-01-01', 0);
if (!read.large) throw new Error(`${dir} could not be read: ${JSON.stringify(read.issues[0])}`);
const prepared = read.prepared;
if (prepared.kind !== 'columns') throw new Error('no columns');
const columns = prepared.columns;
say(`  our columns (scan + index): ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const filters = { ...NO_FILTERS, regions: [busiest], from: '2022-01-01', to: '2022-12-31' };
const runOurs = () => {
  const h = headlineFromSums(columns, selectIncidents(columns, prepared.dayIndex, filters).sums());
  return { records: h.records, lower: h.killedMin, upper: h.killedMax };
};

const duckMs: number[] = [];
const oursMs: number[] = [];
let duckAnswer = await runDuck();
let oursAnswer = runOurs();
for (let r = 0; r < rounds; r++) {
  let t = performance.now();
  duckAnswer = await runDuck();
  duckMs.push(performance.now() - t);
  t = performance.now();
  oursAnswer = runOurs();
  oursMs.push(performance.now() - t);
}
if (JSON.stringify(duckAnswer) !== JSON.stringify(oursAnswer))
  throw new Error(
    `answers differ: DuckDB ${JSON.stringify(duckAnswer)}, ours ${JSON.stringify(oursAnswer)}`,
  );
say(`  ${busiest}, 2022: ${JSON.stringify(oursAnswer)} — results agree`);
say(
  `  median of ${rounds} rounds (alternating): DuckDB on Parquet ${median(duckMs).toFixed(1)} ms, ours ${median(oursMs).toFixed(2)} ms; load average ${load()}`,
);
