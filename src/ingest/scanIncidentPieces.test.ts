import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileArb } from '../../test/helpers/incidentCsvArbitraries';
import { scanIncidentPieces } from './scanIncidentPieces';
import { type ScannedIncidentRow, scanIncidentRows } from './scanIncidentRows';
import { createPieceCutter, sliceOfPieces, type TextPieces } from './textPieces';

const FILE = 'incidents.csv';

/** Every row handed on (a copy: the scanner reuses one object), and the result. */
const scanned = (scan: (onRow: (row: ScannedIncidentRow) => void) => unknown) => {
  const rows: ScannedIncidentRow[] = [];
  const result = scan((row) => rows.push({ ...row }));
  return { rows, result };
};

/** The text cut into pieces of at least `minChars`, fed in chunks cut at `cuts`. */
const piecesOf = (text: string, minChars: number, cuts: readonly number[]): TextPieces => {
  const cutter = createPieceCutter(minChars);
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const cut of [...at, text.length]) {
    cutter.push(text.slice(from, cut));
    from = cut;
  }
  return cutter.end();
};

describe('createPieceCutter', () => {
  it('cuts only after a line feed outside quotes, and the pieces make the text', () => {
    const text = 'id,note\n1,"a\nb"\n2,"c ""q""\nd"\n3,e\n';
    const pieces = piecesOf(text, 1, [3, 11, 20]);
    // Each piece runs to the last boundary in what has arrived.
    expect(pieces.pieces).toEqual(['id,note\n', '1,"a\nb"\n', '2,"c ""q""\nd"\n3,e\n']);
    expect(pieces.starts).toEqual([0, 8, 16]);
    expect(sliceOfPieces(pieces, 5, 20)).toBe(text.slice(5, 20));
  });
});

describe('scanIncidentPieces', () => {
  it('gives the rows, lines, offsets and issues of one scan of the whole text', () => {
    fc.assert(
      fc.property(
        fileArb,
        fc.nat(400),
        fc.array(fc.nat(), { maxLength: 6 }),
        (file, minChars, cuts) => {
          const { text } = file;
          const pieces = piecesOf(text, minChars, cuts);
          expect(pieces.pieces.join('')).toBe(text);
          const whole = scanned((onRow) => scanIncidentRows(text, FILE, onRow));
          const inPieces = scanned((onRow) => scanIncidentPieces(pieces, FILE, onRow));
          expect(
            inPieces.rows.map(({ index, line, id, start, end }) => ({
              index,
              line,
              id,
              start,
              end,
            })),
          ).toEqual(
            whole.rows.map(({ index, line, id, start, end }) => ({ index, line, id, start, end })),
          );
          expect(inPieces.rows).toEqual(whole.rows);
          const { slowRows: _a, ...wholeVerdict } = whole.result as Record<string, unknown>;
          const { slowRows: _b, ...piecesVerdict } = inPieces.result as Record<string, unknown>;
          expect(piecesVerdict).toEqual(wholeVerdict);
          for (const row of inPieces.rows)
            expect(sliceOfPieces(pieces, row.start, row.end)).toBe(text.slice(row.start, row.end));
        },
      ),
      { numRuns: 300 },
    );
  });
});
