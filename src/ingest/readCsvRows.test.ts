import { describe, expect, it } from 'vitest';
import { readCsvRows } from './readCsvRows';

describe('readCsvRows', () => {
  it('numbers rows by physical line, header being line 1', () => {
    const table = readCsvRows('a,b\n1,2\n3,4\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows.map(({ line, cells }) => ({ line, cells }))).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('keeps counting lines across quoted newlines and blank lines', () => {
    const table = readCsvRows('a,b\n"x\ny",2\n\n3,"p\r\nq"\n5,6');
    expect(table.rows.map((r) => r.line)).toEqual([2, 5, 7]);
    expect(table.rows[0]?.cells).toEqual(['x\ny', '2']);
    expect(table.rows[2]?.cells).toEqual(['5', '6']);
  });

  it('strips a byte-order mark and handles CRLF files', () => {
    const table = readCsvRows('\uFEFFid,name\r\n1,حلب\r\n2,"Dar\'a, city"\r\n');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows.map(({ line, cells }) => ({ line, cells }))).toEqual([
      { line: 2, cells: ['1', 'حلب'] },
      { line: 3, cells: ['2', "Dar'a, city"] },
    ]);
  });

  it('reports an unclosed quote instead of swallowing the rest silently', () => {
    const table = readCsvRows('a,b\n1,"open\n2,3\n');
    expect(table.errors.length).toBeGreaterThan(0);
  });

  it('returns an empty table for empty text', () => {
    expect(readCsvRows('')).toEqual({ header: [], rows: [], errors: [] });
  });
});

describe('readCsvRows with leading blank lines', () => {
  it('counts them', () => {
    expect(readCsvRows('\n\na\n1\n').rows.map(({ line, cells }) => ({ line, cells }))).toEqual([
      { line: 4, cells: ['1'] },
    ]);
  });
});

describe('readCsvRows with comment lines above the header', () => {
  it('skips them and keeps real line numbers', () => {
    const table = readCsvRows('\uFEFF# title\r\n# filters\r\nid,n\r\n#1,2\r\n');
    expect(table.header).toEqual(['id', 'n']);
    // A '#' below the header is data, not a comment.
    expect(table.rows.map(({ line, cells }) => ({ line, cells }))).toEqual([
      { line: 4, cells: ['#1', '2'] },
    ]);
  });

  it('skips comments written as one quoted cell (they hold a comma or quote)', () => {
    const table = readCsvRows(
      '\uFEFF"# Deaths in Idleb, 1 Dec"\r\n"# a ""b"", c"\r\nid,n\r\nx,2\r\n',
    );
    expect(table.header).toEqual(['id', 'n']);
    expect(table.rows.map(({ line, cells }) => ({ line, cells }))).toEqual([
      { line: 4, cells: ['x', '2'] },
    ]);
  });
});
