import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvLine } from './incidentCsvWriter';

describe('csvLine', () => {
  it.each([
    [['a', 'b c', ''], 'a,b c,'],
    [
      ['say "no"', 'x,y', ' lead', 'trail ', 'two\nlines', '\uFEFFbom'],
      '"say ""no""","x,y"," lead","trail ","two\nlines","\uFEFFbom"',
    ],
  ])('%j → %s', (cells, line) => {
    expect(csvLine(cells)).toBe(line);
  });

  it('writes every row as Papa.unparse does', () => {
    const piece = fc.constantFrom('a', ' ', '"', ',', '\n', '\r', '\uFEFF', 'Ḥ', ';', '=', '\t');
    const cell = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 2, maxLength: 6 }), (cells) => {
        expect(csvLine(cells)).toBe(Papa.unparse([cells], { newline: '\n' }));
      }),
      { numRuns: 500 },
    );
  });
});
