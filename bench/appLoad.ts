/**
 * The app's two ways of loading a large incidents.csv, for the benches (bench/README.md): the
 * same functions the worker calls (src/app/worker/loadDatasetFolder.ts), without fetch.
 */
import { type ColumnsWithSpans, columnsFromText } from '../src/analysis/columns/columnsFromFields';
import { encodeColumnsSnapshot } from '../src/analysis/columns/columnsSnapshot';
import { decodeColumnsSnapshot } from '../src/analysis/columns/columnsSnapshotDecode';
import { fnv1a32 } from '../src/analysis/columns/columnsSnapshotFormat';
import { allIds, type IncidentColumns } from '../src/analysis/columns/incidentColumns';
import type { Gazetteer } from '../src/analysis/gazetteer';
import { createIncidentReferenceCheck } from '../src/ingest/checkIncidentReferences';
import { scanIncidentRows } from '../src/ingest/scanIncidentRows';
import type { Place } from '../src/model/place';
import type { Report } from '../src/model/report';
import { formatRowIssue } from '../src/model/rowIssue';

/** Scan + reference checks + columns, as a folder without a snapshot is read. Throws on issues. */
export const readIncidentColumns = (
  text: string,
  gazetteer: Gazetteer,
  places: readonly Place[],
  reports: readonly Report[],
): ColumnsWithSpans => {
  const check = createIncidentReferenceCheck('incidents.csv', reports, places);
  const { held, issues } = columnsFromText(
    text,
    gazetteer,
    new Map(reports.map((r) => [r.id, r])),
    (csv, onRow) =>
      scanIncidentRows(csv, 'incidents.csv', (row) => {
        check(row.line, row);
        onRow(row);
      }),
  );
  const first = [...issues, ...check.issues][0];
  if (first) throw new Error(`SYNTHETIC data has issues: ${formatRowIssue(first)}`);
  return held;
};

/** The snapshot a build writes for this text. */
export const snapshotOf = (text: string, held: ColumnsWithSpans): Uint8Array =>
  encodeColumnsSnapshot(held.columns, {
    ...held,
    source: { chars: text.length, hash: fnv1a32(text), rowsRead: held.columns.length },
  });

/** What the worker does with a snapshot: check it against the text, then decode it. */
export const loadSnapshot = (text: string, bytes: Uint8Array) => {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const decoded = decodeColumnsSnapshot(buffer as ArrayBuffer, 'bench snapshot');
  if (decoded.extras.source.hash !== fnv1a32(text)) throw new Error('snapshot does not match');
  return decoded;
};

export const assertSameColumns = (a: IncidentColumns, b: IncidentColumns): void => {
  const same = (x: ArrayLike<unknown>, y: ArrayLike<unknown>, name: string) => {
    if (x.length !== y.length) throw new Error(`column ${name}: ${x.length} vs ${y.length} rows`);
    for (let i = 0; i < x.length; i++) {
      if (!Object.is(x[i], y[i])) throw new Error(`column ${name} differs at row ${i}`);
    }
  };
  same(allIds(a.ids), allIds(b.ids), 'ids');
  for (const name of [
    'inputIndex',
    'kind',
    'dayStart',
    'dayEnd',
    'killedMin',
    'killedMax',
    'childrenMin',
    'childrenMax',
    'place',
    'region',
    'district',
    'eventType',
    'regionOffsets',
    'maxSpan',
    'cumulativeRows',
    'coversOffsets',
    'coversPlaces',
  ] as const) {
    same(a[name], b[name], name);
  }
  same(a.sources, b.sources, 'sources');
  a.sourceRows.forEach((words, s) => {
    same(words, b.sourceRows[s] ?? [], `sourceRows[${s}]`);
  });
};
