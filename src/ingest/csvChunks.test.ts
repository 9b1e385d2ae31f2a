import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChunkedCsvRow, createCsvChunkReader, createUtf8Feeder } from './csvChunks';
import { readCsvRows } from './readCsvRows';

/** The header's line: readCsvRows files its errors under it. */
const headerLine = (text: string): number => {
  const rows: ChunkedCsvRow[] = [];
  const reader = createCsvChunkReader((row) => rows.push(row));
  reader.push(text);
  reader.end();
  return rows[0]?.line ?? 1;
};

/** What readCsvRows gives for the whole string, in the chunk reader's shape. */
const wholeRows = (text: string): ChunkedCsvRow[] => {
  const table = readCsvRows(text);
  const all = table.header.length > 0 ? [{ line: 0, cells: table.header }, ...table.rows] : [];
  return all.map((row, i) => ({
    line: i === 0 ? 0 : row.line,
    cells: row.cells,
    errors: table.errors
      .filter((e) => e.line === (i === 0 ? headerLine(text) : row.line))
      .map((e) => e.message),
  }));
};

/** The bytes of `text` cut at the given byte offsets, read through the UTF-8 feeder. */
const chunkedRows = (text: string, cuts: readonly number[]): ChunkedCsvRow[] => {
  const rows: ChunkedCsvRow[] = [];
  const feeder = createUtf8Feeder(createCsvChunkReader((row) => rows.push(row)));
  const bytes = new TextEncoder().encode(text);
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const cut of [...at, bytes.length]) {
    feeder.push(bytes.subarray(from, cut));
    from = cut;
  }
  feeder.end();
  return rows;
};

/** readCsvRows keeps the header trimmed and without its line: compare it so, as line 0. */
const sameShape = (rows: ChunkedCsvRow[]): ChunkedCsvRow[] =>
  rows.map((row, i) =>
    i === 0 ? { line: 0, cells: row.cells.map((c) => c.trim()), errors: row.errors } : row,
  );

const CELL_PIECES = ['a', 'Ḥalab', '"', ',', '\n', '\r\n', '\r', ' ', '😀', '#', 'x;y', '\uFEFF'];
const cell = fc
  .array(fc.constantFrom(...CELL_PIECES), { maxLength: 6 })
  .map((parts) => parts.join(''));
const quoted = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csvText = fc
  .record({
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 12 }),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    comment: fc.boolean(),
    finalNewline: fc.boolean(),
    raw: fc.boolean(),
  })
  .map(({ rows, newline, bom, comment, finalNewline, raw }) => {
    // raw: cells written unquoted, so malformed quotes and stray line ends reach the parser.
    const body = rows.map((r) => r.map(raw ? (c) => c : quoted).join(',')).join(newline);
    return `${bom ? '\uFEFF' : ''}${comment ? `# exported, today${newline}` : ''}${body}${finalNewline ? newline : ''}`;
  });

describe('createCsvChunkReader', () => {
  it.each([
    ['a cut inside a quoted field', 'id,note\n1,"a, b\nc"\n2,d\n', [12, 13, 14]],
    ['a cut inside a multi-byte character', 'id,name\n1,Ḥalab 😀\n2,x\n', [11, 12, 17, 18]],
    ['CRLF split across chunks', 'id,n\r\n1,2\r\n3,"4\r\n5"\r\n', [5, 10, 11, 16]],
    ['a comment line cut in two', '# ACLED export\nid,n\n1,2\n', [3, 9]],
    ['a BOM cut in two', '\uFEFFid,n\n1,2\n', [1, 2]],
  ])('gives the rows of a whole-string parse for %s', (_label, text, cuts) => {
    expect(sameShape(chunkedRows(text, cuts))).toEqual(wholeRows(text));
  });

  it('gives the same rows, lines and errors as readCsvRows for any text and any chunk sizes', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        expect(sameShape(chunkedRows(text, cuts))).toEqual(wholeRows(text));
      }),
      { numRuns: 400 },
    );
  });

  it('reads more than a MiB in small pieces with the line ending guessed as a whole parse does', () => {
    const row = (i: number) => `${i},"note ${i}\r\nsecond line",Ḥalab`;
    const text = `id,note,place\r\n${Array.from({ length: 30_000 }, (_, i) => row(i)).join('\r\n')}`;
    const cuts = Array.from({ length: 200 }, (_, i) => i * 7919);
    const rows = chunkedRows(text, cuts);
    expect(rows).toHaveLength(30_001);
    expect(rows.at(-1)).toEqual({
      line: 2 + 2 * 29_999,
      cells: ['29999', 'note 29999\r\nsecond line', 'Ḥalab'],
      errors: [],
    });
    expect(sameShape(rows)).toEqual(wholeRows(text));
  });
});
