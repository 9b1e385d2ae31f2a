import { describe, expect, it } from 'vitest';
import type { DatasetInfo } from '../../model/datasetInfo';
import { bundleReadme, citationCff, licencesText } from './dataBundle';
import type { ExportMeta } from './exportMeta';

const info: DatasetInfo = {
  title: 'Test "quoted" data',
  publisher: 'Test publisher',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  citation: 'Test publisher, "Test data", 2024.',
  asOf: '2024-12-31',
  url: null,
  records: 'reports',
  credits: ['Places: UN OCHA (CC BY 3.0 IGO)'],
};

const meta = (unpublished: number) =>
  ({
    title: 'Documented deaths in Idleb governorate, 27 Nov – 2 Dec 2024',
    filterText: 'Region: Idleb governorate; dates: all.',
    sourceLine: 'Data: Test publisher (CC BY 4.0). Sources: SOHR; compiled by Tolltrack.',
    sources: ['SOHR'],
    records: 7,
    unpublished,
    reports: 5,
    asOf: '2024-12-31',
    citation: info.citation,
    exportedAt: '2026-12-03',
    dataset: 'test',
    attribution: 'test data',
    licence: 'Figures as stated by the sources named.',
    url: 'http://127.0.0.1/?region=SY07',
  }) as ExportMeta;

describe('the data bundle', () => {
  it('cites the dataset in CITATION.cff, its strings quoted as YAML', () => {
    const cff = citationCff(info, meta(0));
    expect(cff).toContain('cff-version: 1.2.0\n');
    expect(cff).toContain('title: "Test \\"quoted\\" data"\n');
    expect(cff).toContain('  - name: "Test publisher"\n');
    expect(cff).toContain('date-released: "2024-12-31"\n');
    expect(cff).not.toContain('url:');
  });

  it('lists the licences and credits, and the unpublished records when there are some', () => {
    const text = licencesText(info, meta(0));
    expect(text).toContain('Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(text).toContain('- Places: UN OCHA (CC BY 3.0 IGO)');
    expect(text).not.toContain('unpublished');
    expect(licencesText(info, meta(2))).toContain('Includes 2 unpublished records');
  });

  it("documents every file's columns, or the compare view's column pairs", () => {
    const readme = bundleReadme(meta(0), false, ['Documented in 3 incidents: 12 killed']);
    expect(readme).toContain('- Documented in 3 incidents: 12 killed');
    expect(readme).toContain('| `incident_killed_lower` |');
    expect(readme).toContain('| `incidents_in_period` |');
    const compare = bundleReadme(meta(0), true, []);
    expect(compare).not.toContain('| `incidents_in_period` |');
    expect(compare).toContain('cumulative_killed_lower <P-code> <name>');
  });
});
