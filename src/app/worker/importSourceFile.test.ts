import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_GAZETTEER } from '../../../test/fixtures/import/testGazetteer';
import { rejectedRowsCsv } from '../components/ImportPanel';
import { detectFormat, importSourceText, readFileText } from './importSourceFile';

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

describe('readFileText', () => {
  it('decodes UTF-8 across chunk boundaries and reports progress up to 1', async () => {
    const text = `id,place\n1,${'Ḥamāh '.repeat(20_000)}\n`;
    const fractions: number[] = [];
    expect(await readFileText(new Blob([text]), (f) => fractions.push(f))).toBe(text);
    expect(fractions.at(-1)).toBe(1);
  });
});
