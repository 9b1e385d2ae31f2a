import { describe, expect, it } from 'vitest';
import type { RowIssue } from '../../model/rowIssue';
import { createSourceTableReader, type SourceTableSpec } from './sourceTable';

/** The whole text through the reader: rows keyed by column, as a test can compare them. */
const readSourceTable = (text: string, tableSpec: SourceTableSpec) => {
  const rows: { line: number; cells: Record<string, string> }[] = [];
  const brokenRows: RowIssue[] = [];
  const reader = createSourceTableReader(tableSpec, {
    row: (row) =>
      rows.push({
        line: row.line,
        cells: Object.fromEntries([...row.columns].map(([name, i]) => [name, row.cells[i] ?? ''])),
      }),
    broken: (issue) => brokenRows.push(issue),
  });
  reader.push(text);
  const { fatal, rowsRead } = reader.end();
  return fatal
    ? { ok: false as const, fatal, rowsRead }
    : { ok: true as const, rows, brokenRows, rowsRead };
};

const spec = { file: 'x.csv', formatName: 'a test CSV', requiredColumns: ['id', 'n'] };
const manyRows = (n: number) => Array.from({ length: n }, (_, i) => `${i},${i}`).join('\n');

describe('readSourceTable', () => {
  it('keys cells by column and keeps physical line numbers across quoted newlines', () => {
    const table = readSourceTable('id,extra,n\n1,"a\nb",2\n3,c,4\n', spec);
    expect(table).toMatchObject({
      ok: true,
      rowsRead: 2,
      rows: [
        { line: 2, cells: { id: '1', extra: 'a\nb', n: '2' } },
        { line: 4, cells: { id: '3', extra: 'c', n: '4' } },
      ],
    });
  });

  it('rejects a row with the wrong number of cells, once, and still counts it', () => {
    const table = readSourceTable('id,n\n1,2\n3\n5,6\n', spec);
    if (!table.ok) throw new Error('expected ok');
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(table.brokenRows).toEqual([
      expect.objectContaining({
        row: 3,
        column: '-',
        message: expect.stringContaining('has 1 cells (expected 2'),
      }),
    ]);
    expect(table.rowsRead).toBe(3);
  });

  it.each([
    ['NUL bytes (UTF-16 read as UTF-8)', `i\u0000d\u0000,n\n${manyRows(500)}`, /NUL bytes/],
    [
      'replacement characters',
      `id,n\n${manyRows(300)}\n7,Dar\uFFFDa\n`,
      /replacement characters \(U\+FFFD\), first on line 302/,
    ],
    ['missing columns', `id,count\n${manyRows(1000)}`, /missing \(n\)/],
    [
      'an HTML page',
      '<!DOCTYPE html>\n<html><body>Rate limit exceeded</body></html>\n',
      /does not look like a test CSV/,
    ],
    ['JSON', '{"data": [{"id": 1, "n": 2}]}', /does not look like a test CSV/],
    [
      'a file cut inside a quoted field',
      `id,n\n${manyRows(100)}\n101,"10`,
      /last record \(line 102\) is incomplete .*unclosed quote.*truncated/,
    ],
    [
      'a file cut mid-row',
      `id,n\n${manyRows(100)}\n101`,
      /last record \(line 102\) is incomplete \(1 of 2 cells\).*truncated/,
    ],
    ['an empty file', '', /empty/],
  ])('gives ONE file error for %s', (_label, text, message) => {
    const table = readSourceTable(text, spec);
    expect(table.ok).toBe(false);
    if (table.ok) return;
    expect(table.fatal.message).toMatch(message);
    expect(table.fatal.severity).toBe('error');
  });

  it('names the duplicated required column', () => {
    const table = readSourceTable('id,n,id\n1,2,3\n', spec);
    expect(table.ok).toBe(false);
    if (!table.ok) expect(table.fatal.column).toBe('id');
  });
});
