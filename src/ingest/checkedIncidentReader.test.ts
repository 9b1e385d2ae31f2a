import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsArb, fileArb, mutatedRow } from '../../test/helpers/incidentCsvArbitraries';
import { expectSameAsParseTable } from '../../test/helpers/scanIncidentRows';
import type { Incident } from '../model/incident';
import { createCheckedIncidentReader } from './checkedIncidentReader';

/*
 * The checked-row reader gives, for every row parseTable accepts, either exactly parseTable's
 * record or null (a row it leaves to parseTable); never a different record.
 */

/** Per accepted row: parseTable's record and the reader's (null where it declined). */
const readBoth = (text: string, header: string) => {
  const { rows, parsed } = expectSameAsParseTable(text);
  const read = createCheckedIncidentReader(header);
  return rows.map((row, i) => ({
    expected: parsed.records[i]?.record as Incident,
    got: read ? read(text.slice(row.start, row.end).replace(/\r$/, '')) : null,
  }));
};

/** Files whose cells need no quotes: generated rows with quotes, commas and line breaks removed. */
const plainFileArb = fc
  .record({
    columns: columnsArb,
    rows: fc.array(mutatedRow, { maxLength: 8 }),
    newline: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ columns, rows, newline }) => {
    const header = columns.join(',');
    const lines = rows.map((row) => columns.map((c) => row[c].replace(/[",\r\n]/g, '')).join(','));
    return { text: [header, ...lines].join(newline), header };
  });

describe('createCheckedIncidentReader', () => {
  it('reads generated rows as parseTable does, or declines', () => {
    let read = 0;
    let declined = 0;
    fc.assert(
      fc.property(fc.oneof(fileArb, plainFileArb), ({ text, header }) => {
        for (const { expected, got } of readBoth(text, header)) {
          if (got === null) declined++;
          else {
            read++;
            expect(got).toEqual(expected);
          }
        }
      }),
      { numRuns: 600, seed: 21 },
    );
    // Both branches were exercised: plain rows read, quoted ones declined.
    expect(read).toBeGreaterThan(200);
    expect(declined).toBeGreaterThan(50);
  });

  it.each(['data/incidents.csv', 'data/ucdp-syria/incidents.csv'])(
    'reads every plain row of %s as parseTable does',
    (file) => {
      const text = readFileSync(file, 'utf8');
      const header =
        text
          .replace(/^\uFEFF/, '')
          .split('\n')[0]
          ?.replace(/\r$/, '') ?? '';
      const both = readBoth(text, header);
      const plain = both.filter((b) => b.got !== null);
      expect(plain.map((b) => b.got)).toEqual(plain.map((b) => b.expected));
      // data/ quotes its notes (they hold commas); the UCDP rows are mostly plain.
      expect(plain.length).toBeGreaterThan(file.includes('ucdp') ? both.length * 0.5 : 5);
    },
  );

  it('declines quoted headers and rows, and rows of the wrong width', () => {
    expect(createCheckedIncidentReader('"id",kind')).toBeNull();
    const read = createCheckedIncidentReader('id,kind');
    expect(read?.('a,"incident"')).toBeNull();
    expect(read?.('a,incident,extra')).toBeNull();
  });
});
