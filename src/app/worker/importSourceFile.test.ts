import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_GAZETTEER } from '../../../test/fixtures/import/testGazetteer';
import { rejectedRowsCsv } from '../components/ImportPanel';
import { detectFormat, importSourceFile, importSourceText } from './importSourceFile';

// SYNTHETIC fixture in ACLED's layout (test/fixtures/import/README.md).
const acled = readFileSync('test/fixtures/import/acled-synthetic.csv', 'utf8');

describe('detectFormat', () => {
  it.each([
    ['event_id_cnty,event_date,fatalities\n', 'acled'],
    ['\uFEFF"event_id_cnty","event_date"\r\n', 'acled'],
    ['id,date_start,date_end,best,low,high\n', 'ucdp'],
    ['something else entirely', 'ucdp'],
  ])('%j → %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });
});

describe('importSourceText', () => {
  it('imports an ACLED file: rows read = imported + rejected, reports name the file', () => {
    const { dataset, report } = importSourceText(acled, 'my-export.csv', TEST_GAZETTEER);
    expect(report.format).toBe('acled');
    expect(report.rowsRead).toBe(report.imported + report.rejected);
    expect(report.imported).toBeGreaterThan(0);
    expect(dataset?.incidents).toHaveLength(report.imported);
    for (const r of dataset?.reports ?? []) expect(r.publisher).toContain('my-export.csv');
    // Every rejected row is in the download with its row, column and reason.
    const csv = rejectedRowsCsv(report).split('\n');
    expect(csv[0]).toBe('row,column,reason');
    expect(csv.length - 1).toBe(report.issues.filter((i) => i.severity === 'error').length);
  });

  it('gives one clear error and no dataset for a file that is neither format', () => {
    const { dataset, report } = importSourceText('a,b\n1,2\n', 'notes.csv', TEST_GAZETTEER);
    expect(dataset).toBeNull();
    expect(report.fileError?.message).toMatch(/does not look like a UCDP GED event CSV/);
    expect(report.issues).toHaveLength(1);
    expect(report.rowsRead).toBe(report.imported + report.rejected);
  });

  it('reports a truncated file as one error, nothing imported', () => {
    const cut = acled.slice(0, acled.lastIndexOf('\n', acled.length - 2) + 40);
    const { dataset, report } = importSourceText(cut, 'cut.csv', TEST_GAZETTEER);
    expect(dataset).toBeNull();
    expect(report.fileError?.message).toMatch(/truncated/);
  });
});

describe('importSourceFile', () => {
  /** A Blob read back in pieces of `size` bytes, as file.stream() hands them out. */
  const inPieces = (text: string, size: number): Blob => {
    const bytes = new TextEncoder().encode(text);
    const blob = new Blob([bytes]);
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        if (at >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(at, at + size));
        at += size;
      },
    });
    return Object.assign(blob, { stream: () => stream });
  };

  it.each([
    ['an ACLED file', acled, 'my-export.csv'],
    [
      'a truncated ACLED file',
      acled.slice(0, acled.lastIndexOf('\n', acled.length - 2) + 40),
      'cut.csv',
    ],
    ['a file of neither format', 'a,b\n1,2\n', 'notes.csv'],
  ])(
    'gives what importSourceText gives for %s, in pieces of any size',
    async (_label, text, name) => {
      const whole = importSourceText(text, name, TEST_GAZETTEER);
      for (const size of [7, 64, 4096]) {
        const fractions: number[] = [];
        const pieces = await importSourceFile(inPieces(text, size), name, TEST_GAZETTEER, (f) =>
          fractions.push(f),
        );
        expect(pieces).toEqual(whole);
        expect(fractions.at(-1)).toBe(1);
        expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
      }
    },
  );

  it('decodes UTF-8 characters split between pieces', async () => {
    const text = acled.replace(/Aleppo/g, 'Ḥalab');
    const pieces = await importSourceFile(inPieces(text, 5), 'x.csv', TEST_GAZETTEER, () => {});
    expect(pieces).toEqual(importSourceText(text, 'x.csv', TEST_GAZETTEER));
  });
});
