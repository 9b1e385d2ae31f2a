/**
 * Times the columns snapshot (src/analysis/columns/columnsSnapshot.ts) on SYNTHETIC data
 * (bench/syntheticIncidents.ts; nothing here describes real events).
 *
 *   npx tsx bench/snapshot.ts              1,000,000 rows
 *   npx tsx bench/snapshot.ts 3000000      another row count
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { encodeColumnsSnapshot } from '../src/analysis/columns/columnsSnapshot';
import { decodeColumnsSnapshot } from '../src/analysis/columns/columnsSnapshotDecode';
import {
  fnv1a32,
  type SnapshotExtras,
  type SnapshotHeader,
} from '../src/analysis/columns/columnsSnapshotFormat';
import type { IncidentColumns } from '../src/analysis/columns/incidentColumns';
import { allIds, type RowIds } from '../src/analysis/columns/incidentColumns';
import { buildGazetteer } from '../src/analysis/gazetteer';
import { parseTable } from '../src/ingest/parseTable';
import { PLACE_COLUMNS, placeRowSchema } from '../src/model/place';
import { readIncidentColumns } from './appLoad';
import { syntheticIncidentsCsv, syntheticReports } from './syntheticIncidents';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const n = Number((process.argv[2] ?? '1000000').replace(/_/g, ''));
if (!Number.isInteger(n) || n <= 0) {
  process.stderr.write(`${process.argv[2]}: expected a positive whole number of rows\n`);
  process.exit(2);
}
const WARMUP = 2;
const RUNS = 7;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
/** Median and fastest time over RUNS calls after WARMUP calls, and the last value. */
const time = <T>(f: () => T): { value: T; median: number; min: number } => {
  const times: number[] = [];
  let value = f();
  for (let k = 1; k < WARMUP; k++) value = f();
  for (let k = 0; k < RUNS; k++) {
    const t = performance.now();
    value = f();
    times.push(performance.now() - t);
  }
  return { value, median: median(times), min: Math.min(...times) };
};
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/**
 * Extras as a CSV loader would record them. The synthetic text has one record per line and the
 * fast path rejects none, so input record i is line i + 2 (line 1 is the header).
 */
const syntheticExtras = (text: string, columns: IncidentColumns): SnapshotExtras => {
  const lineStarts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const records = lineStarts.length - 1;
  if (records !== columns.length)
    throw new Error(`${records} lines of records but ${columns.length} rows`);
  const reportSets: string[][] = [];
  const setIndex = new Map<string, number>();
  const rowStart = new Uint32Array(columns.length);
  const rowEnd = new Uint32Array(columns.length);
  const rowLine = new Uint32Array(columns.length);
  const reportSetOfRow = new Uint32Array(columns.length);
  for (let row = 0; row < columns.length; row++) {
    const line = (columns.inputIndex[row] ?? 0) + 1;
    const start = lineStarts[line] ?? 0;
    const next = lineStarts[line + 1];
    rowStart[row] = start;
    rowEnd[row] = next === undefined ? text.length : next - 1;
    rowLine[row] = line + 1;
    // report_ids is the second cell.
    const from = text.indexOf(',', start) + 1;
    const reports = text.slice(from, text.indexOf(',', from));
    let set = setIndex.get(reports);
    if (set === undefined) {
      set = reportSets.length;
      setIndex.set(reports, set);
      reportSets.push(reports.split('|'));
    }
    reportSetOfRow[row] = set;
  }
  return {
    rowStart,
    rowEnd,
    rowLine,
    reportSetOfRow,
    reportSets,
    source: { chars: text.length, hash: fnv1a32(text), rowsRead: columns.length },
  };
};

/** Every field of the decoded columns equals the original (counts NaN-aware). */
const assertSame = (a: unknown, b: unknown, where: string): void => {
  if (where === 'columns.ids') {
    // Decoded ids are a view over one string: compare them id by id.
    assertSame(allIds(a as RowIds), allIds(b as RowIds), 'columns.ids (as a list)');
    return;
  }
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b) && !(a instanceof DataView)) {
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (a.constructor !== b.constructor || x.length !== y.length)
      throw new Error(`${where}: ${a.constructor.name}(${x.length}) vs ${b.constructor.name}`);
    for (let i = 0; i < x.length; i++)
      if (!Object.is(x[i], y[i])) throw new Error(`${where}[${i}]: ${x[i]} vs ${y[i]}`);
    return;
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) throw new Error(`${where}: different keys`);
    for (const k of keys)
      assertSame(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${where}.${k}`,
      );
    return;
  }
  if (!Object.is(a, b)) throw new Error(`${where}: ${String(a)} vs ${String(b)}`);
};

const main = (): void => {
  say(`Tolltrack columns snapshot bench — SYNTHETIC data, ${n.toLocaleString('en')} rows`);
  say(
    `node ${process.version}, ${os.cpus()[0]?.model ?? '?'} ×${os.cpus().length}, load ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}; median (min) of ${RUNS} runs after ${WARMUP} warm-up`,
  );
  const places = parseTable(readFileSync(path.join(root, 'data/places.csv'), 'utf8'), {
    file: 'places.csv',
    columns: PLACE_COLUMNS,
    optionalColumns: ['name_ar'],
    rowSchema: placeRowSchema,
  }).records.map((r) => r.record);
  const gazetteer = buildGazetteer(places);

  const text = syntheticIncidentsCsv(n, places);
  let t = performance.now();
  const { columns } = readIncidentColumns(text, gazetteer, places, syntheticReports());
  const loadMs = performance.now() - t;
  const extras = syntheticExtras(text, columns);
  say(
    `CSV text: ${text.length.toLocaleString('en')} chars, ${mb(Buffer.byteLength(text))} MB UTF-8; scanIncidentRows + checks → columns: ${ms(loadMs)} ms (one run)`,
  );
  say();

  const encode = time(() => encodeColumnsSnapshot(columns, extras));
  const bytes = encode.value;
  const buffer = bytes.buffer as ArrayBuffer;
  const decode = time(() => decodeColumnsSnapshot(buffer, 'bench.snapshot'));
  const hash = time(() => fnv1a32(text));
  if (hash.value !== extras.source.hash) throw new Error('fnv1a32 is not deterministic');
  assertSame(decode.value.columns, columns, 'columns');
  assertSame(decode.value.extras, extras, 'extras');

  const headerBytes = new DataView(buffer).getUint32(8, true);
  const header = JSON.parse(
    new TextDecoder().decode(new Uint8Array(buffer, 12, headerBytes)),
  ) as SnapshotHeader;
  const sectionBytes = (s: SnapshotHeader['sections'][number]) =>
    s.type === 'utf8' || s.type === 'Uint8'
      ? s.length
      : s.type === 'Uint16'
        ? s.length * 2
        : s.length * 4;
  const ids = header.sections.find((s) => s.name === 'ids');
  const idsBytes = ids ? sectionBytes(ids) : 0;
  // The part of decoding that makes 1M strings, for comparison with the whole.
  const idsOnly = time(() =>
    new TextDecoder().decode(new Uint8Array(buffer, ids?.byteOffset ?? 0, idsBytes)).split('\n'),
  );
  t = performance.now();
  const gzipped = gzipSync(bytes, { level: 6 }).byteLength;
  const gzipMs = performance.now() - t;
  const gzippedCsv = gzipSync(Buffer.from(text), { level: 6 }).byteLength;

  say(
    `snapshot: ${mb(bytes.byteLength)} MB (header ${(headerBytes / 1024).toFixed(1)} KB, ids ${mb(idsBytes)} MB); gzip -6 ${mb(gzipped)} MB (${ms(gzipMs)} ms); CSV gzip -6 ${mb(gzippedCsv)} MB`,
  );
  say(`encode:            ${ms(encode.median)} ms (${ms(encode.min)})`);
  say(
    `decode:            ${ms(decode.median)} ms (${ms(decode.min)}); ids kept as one string (splitting them into 1M strings, which decode no longer does, would add ${ms(idsOnly.median)} ms, fastest ${ms(idsOnly.min)} ms)`,
  );
  say(`fnv1a32(CSV text): ${ms(hash.median)} ms (${ms(hash.min)})`);
  say('decoded columns and extras identical to the encoded ones');
  say(
    `sections ≥ 1 MB: ${header.sections
      .filter((s) => sectionBytes(s) >= 1024 * 1024)
      .map((s) => `${s.name} ${mb(sectionBytes(s))}`)
      .join(', ')}`,
  );
};

main();
