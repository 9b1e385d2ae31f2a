import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMNS, incidentRowSchema, OPTIONAL_INCIDENT_COLUMNS } from '../model/incident';
import { createRecordReader, headerLineOf } from './incidentRecordReader';
import { parseTable } from './parseTable';
import { scanIncidentRows } from './scanIncidentRows';

const spec = {
  file: 'incidents.csv',
  columns: INCIDENT_COLUMNS,
  optionalColumns: OPTIONAL_INCIDENT_COLUMNS,
  rowSchema: incidentRowSchema,
};

/** The reader over a text, with rows numbered in file order (as scanned). */
const readerOf = (text: string) => {
  const starts: number[] = [];
  const ends: number[] = [];
  const lines: number[] = [];
  scanIncidentRows(text, 'incidents.csv', (row) => {
    starts.push(row.start);
    ends.push(row.end);
    lines.push(row.line);
  });
  return createRecordReader(text, 'incidents.csv', {
    rowStart: Uint32Array.from(starts),
    rowEnd: Uint32Array.from(ends),
    rowLine: Uint32Array.from(lines),
  });
};

describe('createRecordReader', () => {
  const text = readFileSync('data/incidents.csv', 'utf8');
  const expected = parseTable(text, spec).records.map((r) => r.record);

  it('builds every record of data/incidents.csv as parseTable does, in the order asked', () => {
    const read = readerOf(text);
    const order = expected.map((_, i) => expected.length - 1 - i);
    expect(read(order)).toEqual(order.map((i) => expected[i]));
    // From its cache the second time: the same records.
    expect(read([3, 1, 3])).toEqual([expected[3], expected[1], expected[3]]);
  });

  it('reads records after a BOM, comment lines and CRLF line ends', () => {
    const crlf = `\uFEFF# exported by Tolltrack\r\n${text.replace(/\n/g, '\r\n')}`;
    expect(headerLineOf(crlf)).toBe(text.split('\n')[0]);
    expect(readerOf(crlf)([0, 5])).toEqual([expected[0], expected[5]]);
  });

  it('fails loudly when the text no longer holds the records it was read from', () => {
    const read = createRecordReader(text, 'incidents.csv', {
      rowStart: Uint32Array.of(0),
      rowEnd: Uint32Array.of(10),
      rowLine: Uint32Array.of(1),
    });
    expect(() => read([0])).toThrow(/could not be read again/);
  });
});
