import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fileArb, validRow } from '../../test/helpers/incidentCsvArbitraries';
import { expectSameAsParseTable, scan } from '../../test/helpers/scanIncidentRows';
import { INCIDENT_COLUMNS } from '../model/incident';

/*
 * Equivalence with parseTable on generated files: valid fictional rows (not real events) with
 * random cells replaced by awkward values, written with random quoting, line ends, BOM and blank
 * lines; then the same files with random characters inserted or removed anywhere.
 */

const linebreakOf = (text: string): string =>
  Papa.parse(text.replace(/^\uFEFF/, ''), { delimiter: ',', preview: 1 }).meta.linebreak;

describe('scanIncidentRows ≡ parseTable (property)', () => {
  it('on valid rows with awkward cells', () => {
    fc.assert(
      fc.property(fileArb, ({ text, header, newline }) => {
        const { rows } = expectSameAsParseTable(text);
        // Each record re-read alone below the header gives the same row.
        for (const row of rows) {
          const alone = `${header}${newline}${text.slice(row.start, row.end)}`;
          if (linebreakOf(alone) !== linebreakOf(text)) continue;
          const again = scan(alone).rows;
          expect(again.length).toBe(1);
          expect({
            ...again[0],
            index: row.index,
            line: row.line,
            start: row.start,
            end: row.end,
          }).toEqual(row);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('on the same files with characters inserted or removed anywhere', () => {
    const edit = fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.nat(3),
      fc.constantFrom('', ',', '"', '""', '\n', '\r', '\r\n', ' ', 'x', '#', '\uFEFF', '|', '-'),
    );
    fc.assert(
      fc.property(fileArb, fc.array(edit, { minLength: 1, maxLength: 4 }), (file, edits) => {
        let text = file.text;
        for (const [where, remove, insert] of edits) {
          const at = Math.floor(where * text.length);
          text = text.slice(0, at) + insert + text.slice(at + remove);
        }
        expectSameAsParseTable(text);
      }),
      { numRuns: 500 },
    );
  });

  it('on headers of random column names', () => {
    const name = fc.oneof(
      fc.constantFrom(...INCIDENT_COLUMNS),
      fc.constantFrom('', ' id', 'extra', '#id'),
    );
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 30 }), validRow, (columns, row) => {
        const values: Record<string, string> = row;
        const line = columns.map((c) => `"${(values[c] ?? '').replaceAll('"', '""')}"`).join(',');
        expectSameAsParseTable(`${columns.join(',')}\n${line}\n${line}`);
      }),
      { numRuns: 200 },
    );
  });
});
