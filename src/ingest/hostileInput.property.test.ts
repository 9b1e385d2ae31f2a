import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_GAZETTEER } from '../../test/fixtures/import/testGazetteer';
import { INCIDENT_COLUMNS } from '../model/incident';
import { htmlToText } from './extract/htmlToText';
import { ACLED_COLUMNS, importAcled } from './import/importAcled';
import type { ImportResult } from './import/importResult';
import { importUcdpGed, UCDP_GED_COLUMNS } from './import/importUcdpGed';
import { parseDataset } from './parseDataset';
import { readCsvRows } from './readCsvRows';
import { scanIncidentRows } from './scanIncidentRows';

/*
 * Random bytes and random CSV, as a careless or hostile user would give them, fed to every
 * reader of outside data: the CSV reader, the folder parser (as validate and the app read a
 * folder), both importers and the workspace loader. They never throw, and every row read is
 * either imported or rejected with an error on its own line (or a file-level error).
 */

/** Bytes as the CLI and the browser decode them: invalid UTF-8 becomes U+FFFD, never a throw. */
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/** Cells that break naive CSV readers: quotes, separators, line ends, BOMs, huge values. */
const awkwardCell = fc.oneof(
  fc.constantFrom(
    '',
    '"',
    '""',
    '"a,b"',
    ',',
    '\n',
    '\r\n',
    '\r',
    '\uFEFF',
    '\uFFFD',
    '#',
    '=1+1',
    '2024-12-01',
    '0001-01-01',
    '9999-12-31',
    '12',
    '-3',
    '1e9',
    'x'.repeat(300),
    'SY07',
    'Syria',
    'air strike',
    'incident',
    'cumulative',
  ),
  fc.string({ maxLength: 8 }),
);

/** A CSV text: a header from `columns` (some dropped, some junk) and rows of awkward cells. */
const csvText = (columns: readonly string[]) =>
  fc
    .record({
      header: fc.oneof(
        { arbitrary: fc.constant([...columns]), weight: 3 },
        { arbitrary: fc.shuffledSubarray([...columns, 'junk', ''], { minLength: 1 }), weight: 1 },
      ),
      rows: fc.array(
        fc.oneof(
          fc.array(awkwardCell, { maxLength: columns.length + 2 }),
          fc.array(awkwardCell, { minLength: columns.length, maxLength: columns.length }),
        ),
        { maxLength: 12 },
      ),
      newline: fc.constantFrom('\n', '\r\n', '\r'),
      quoteAll: fc.boolean(),
    })
    .map(({ header, rows, newline, quoteAll }) => {
      const cell = (c: string) =>
        quoteAll || /[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c;
      const lines: readonly (readonly string[])[] = [header, ...rows];
      return lines.map((r) => r.map(cell).join(',')).join(newline);
    });

const anyText = (columns: readonly string[]) =>
  fc.oneof(
    fc.uint8Array({ maxLength: 400 }).map(decode),
    fc.string({ maxLength: 200 }),
    csvText(columns),
  );

/** Rows read = imported + rejected, and each rejected row has an error on its line. */
const accountsForEveryRow = (r: ImportResult): void => {
  expect(r.imported + r.rejected).toBe(r.rowsRead);
  expect(r.incidents).toHaveLength(r.imported);
  if (r.fileError) return;
  const rejectedLines = new Set(r.issues.filter((i) => i.severity === 'error').map((i) => i.row));
  expect(rejectedLines.size).toBe(r.rejected);
};

describe('hostile input (property)', () => {
  it('readCsvRows never throws and numbers rows by increasing physical line', () => {
    fc.assert(
      fc.property(anyText(INCIDENT_COLUMNS), (text) => {
        const table = readCsvRows(text);
        const lines = table.rows.map((r) => r.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
        // Distinct records never share a line (CR-only files included).
        expect(new Set(lines).size).toBe(lines.length);
      }),
      { numRuns: 300 },
    );
  });

  it('the folder parser never throws; each row is a record or has an error on its line', () => {
    const places =
      'id,level,parent_id,name,alt_names,lat,lon\nSY,0,,Syria,,35,38\nSY07,1,SY,Idleb,,35,36';
    fc.assert(
      fc.property(anyText(INCIDENT_COLUMNS), (incidents) => {
        const { dataset, issues } = parseDataset(
          { places, reports: '', incidents },
          { asOf: '2024-12-31' },
        );
        // The app's reader of the same text: the same records, with their lines.
        const acceptedLines = new Set<number>();
        const scan = scanIncidentRows(incidents, 'incidents.csv', (row) => {
          acceptedLines.add(row.line);
        });
        expect(acceptedLines.size).toBe(dataset.incidents.length);
        const rows = readCsvRows(incidents).rows;
        expect(scan.rowsRead).toBe(rows.length);
        const errors = issues.filter((i) => i.file === 'incidents.csv' && i.severity === 'error');
        // A broken header explains every row at once, on line 1.
        if (errors.some((i) => i.row <= 1)) return;
        const errorLines = new Set(errors.map((i) => i.row));
        for (const row of rows)
          expect(acceptedLines.has(row.line) || errorLines.has(row.line)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['UCDP GED', (text: string) => importUcdpGed(text, TEST_GAZETTEER), UCDP_GED_COLUMNS],
    ['ACLED', (text: string) => importAcled(text, TEST_GAZETTEER), ACLED_COLUMNS],
  ] as const)('the %s importer never throws and accounts for every row', (_, run, columns) => {
    fc.assert(
      fc.property(anyText(columns), (text) => accountsForEveryRow(run(text))),
      { numRuns: 300 },
    );
  });
});

/**
 * 8× the input must cost well under 64× (quadratic) the time: the bound of 24× leaves room for
 * a shared, noisy machine while still failing anything quadratic. Both sizes run side by side,
 * alternately, and each keeps its fastest run: load on the machine only ever adds time.
 */
const expectLinear = (
  make: (copies: number) => string,
  run: (text: string) => unknown,
  copies: number,
) => {
  const small = make(copies);
  const large = make(copies * 8);
  run(small); // warm up
  let fastSmall = Number.POSITIVE_INFINITY;
  let fastLarge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    let start = performance.now();
    run(small);
    fastSmall = Math.min(fastSmall, performance.now() - start);
    start = performance.now();
    run(large);
    fastLarge = Math.min(fastLarge, performance.now() - start);
  }
  expect(fastLarge / Math.max(fastSmall, 0.5)).toBeLessThan(24);
};

/** A block of hostile rows: quoted line breaks, doubled quotes, U+FFFD, a huge cell, junk. */
const hostileRows = (columns: readonly string[]) => {
  const rows = [
    columns.map((c, i) => (i % 3 === 0 ? `"a ""b""\n${c}"` : '=1+1')).join(','),
    columns.map(() => '\uFFFD').join(','),
    'x'.repeat(2_000),
    columns.map((_, i) => (i % 2 ? '2024-12-01' : '0001-01-01')).join(','),
  ];
  return (copies: number) =>
    [columns.join(','), ...Array.from({ length: copies }, () => rows).flat()].join('\n');
};

describe('hostile input: time grows linearly', { timeout: 120_000 }, () => {
  const places = 'id,level,parent_id,name,alt_names,lat,lon\nSY,0,,Syria,,35,38';
  it.each([
    ['readCsvRows', hostileRows(INCIDENT_COLUMNS), (t: string) => readCsvRows(t), 400],
    [
      'parseDataset',
      hostileRows(INCIDENT_COLUMNS),
      (t: string) => parseDataset({ places, reports: '', incidents: t }),
      80,
    ],
    [
      'scanIncidentRows',
      hostileRows(INCIDENT_COLUMNS),
      (t: string) => scanIncidentRows(t, 'x', () => {}),
      80,
    ],
    [
      'importUcdpGed',
      hostileRows(UCDP_GED_COLUMNS),
      (t: string) => importUcdpGed(t, TEST_GAZETTEER),
      300,
    ],
    ['importAcled', hostileRows(ACLED_COLUMNS), (t: string) => importAcled(t, TEST_GAZETTEER), 300],
    [
      'htmlToText',
      (n: number) => '<p a="x>y">t</p><script>1<2</script><!-- c -->&amp;<'.repeat(n * 20),
      htmlToText,
      400,
    ],
  ] as const)('%s', (_, make, run, copies) => {
    expectLinear(make, run, copies);
  });
});
