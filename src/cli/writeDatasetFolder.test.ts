import { describe, expect, it } from 'vitest';
import { TEST_GAZETTEER } from '../../test/fixtures/import/testGazetteer';
import { parseDataset } from '../ingest/parseDataset';
import type { Incident } from '../model/incident';
import type { Report } from '../model/report';
import { datasetFolderTexts, placesInUse } from './writeDatasetFolder';

const report: Report = {
  id: 'r1',
  publisher: 'UCDP, test',
  attributedTo: ['SOHR', 'Air, "Wars"'],
  url: 'https://ucdp.uu.se/downloads/',
  published: null,
  title: null,
  language: null,
};
const incident: Incident = {
  id: 'ucdp-1',
  reportIds: ['r1'],
  kind: 'incident',
  dateStart: '2016-01-01',
  dateEnd: '2016-01-02',
  periodStart: null,
  country: 'Syria',
  admin1: 'Idleb',
  admin2: 'Idleb',
  place: 'Sarmin, "east"\nof the town',
  placeId: 'C3953',
  killedMin: 2,
  killedMax: 4,
  childrenMin: null,
  childrenMax: null,
  womenMin: null,
  womenMax: null,
  injuredMin: null,
  injuredMax: null,
  eventType: 'state-based',
  perpetrator: null,
  note: '=not a formula in data files',
  attributedTo: ['Air, "Wars"'],
  coversIds: [],
  datePrecision: 'approximate',
  totalType: null,
  victims: 'all',
  killedBest: 3,
  supersedes: [],
};

describe('placesInUse', () => {
  it('keeps the places incidents use and all their ancestors, in gazetteer order', () => {
    expect(placesInUse(TEST_GAZETTEER, [incident]).map((p) => p.id)).toEqual([
      'SY',
      'SY07',
      'SY0700',
      'C3953',
    ]);
  });
});

describe('datasetFolderTexts', () => {
  it('round-trips through parseDataset, quoting commas, quotes and newlines', () => {
    const texts = datasetFolderTexts({
      reports: [report],
      incidents: [incident],
      places: placesInUse(TEST_GAZETTEER, [incident]),
      issues: [],
    });
    const parsed = parseDataset({
      reports: texts['reports.csv'] ?? '',
      incidents: texts['incidents.csv'] ?? '',
      places: texts['places.csv'] ?? '',
      annotations: texts['annotations.csv'] ?? '',
    });
    expect(parsed.issues).toEqual([]);
    expect(parsed.dataset.incidents).toEqual([incident]);
    expect(parsed.dataset.reports).toEqual([report]);
    expect(texts['incidents.csv']).not.toContain('\r');
  });

  it('compact: leaves out exact precision and all-empty optional columns, same records back', () => {
    const exact: Incident = {
      ...incident,
      id: 'ucdp-2',
      place: null,
      attributedTo: [],
      datePrecision: 'exact',
      note: '2 civilians',
    };
    const approximate: Incident = { ...exact, id: 'ucdp-3', datePrecision: 'approximate' };
    const content = {
      reports: [report],
      incidents: [exact, approximate],
      places: placesInUse(TEST_GAZETTEER, [incident]),
      issues: [],
    };
    const texts = datasetFolderTexts(content, { compact: true });
    const lines = (texts['incidents.csv'] ?? '').split('\n');
    // attributed_to, covers_ids and total_type are empty in every row; the others stay.
    expect(lines[0]?.split(',').slice(21)).toEqual([
      'note',
      'date_precision',
      'victims',
      'killed_best',
    ]);
    expect(lines[1]?.split(',').slice(21)).toEqual(['2 civilians', '', 'all', '3']);
    expect(lines[2]?.split(',').slice(21)).toEqual(['2 civilians', 'approximate', 'all', '3']);
    const parsed = parseDataset({
      reports: texts['reports.csv'] ?? '',
      incidents: texts['incidents.csv'] ?? '',
      places: texts['places.csv'] ?? '',
      annotations: texts['annotations.csv'] ?? '',
    });
    expect(parsed.issues).toEqual([]);
    expect(parsed.dataset.incidents).toEqual([exact, approximate]);
    // A column with any value is kept, and the full layout stays the default.
    const withSources = datasetFolderTexts(
      { ...content, incidents: [exact, { ...approximate, attributedTo: ['SOHR'] }] },
      { compact: true },
    );
    expect(withSources['incidents.csv']?.split('\n')[0]).toContain(',note,attributed_to,');
    expect(datasetFolderTexts(content)['incidents.csv']?.split('\n')[0]?.split(',')).toHaveLength(
      32,
    );
  });

  it('neutralises spreadsheet formulae in the issues list only', () => {
    const texts = datasetFolderTexts({
      reports: [],
      incidents: [],
      places: [],
      issues: [
        { file: 'f.csv', row: 3, column: 'x', message: '=HYPERLINK("x")', severity: 'error' },
      ],
    });
    expect(texts['import-issues.csv']).toBe(
      'file,row,column,message,severity\nf.csv,3,x,"\'=HYPERLINK(""x"")",error',
    );
  });
});
