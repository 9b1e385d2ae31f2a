import { describe, expect, it } from 'vitest';
import { incident, testReports } from '../../../test/helpers/testRecords';
import { parseDataset } from '../../ingest/parseDataset';
import { validateCandidate } from './validateCandidate';
import { incidentRows, reportRows } from './workspaceRows';

const places =
  'id,level,parent_id,name,alt_names,lat,lon,name_ar\nSY,0,,Syria,,35,38,\nSY07,1,SY,Idleb,Idlib,35.7,36.6,\nSY0700,2,SY07,Idleb,,35.9,36.6,\n';

describe('workspace rows', () => {
  it('writes rows that the validator accepts as a data folder', () => {
    const records = [
      incident({
        id: 'W-1',
        killedMin: 25,
        childrenMin: 10,
        childrenMax: 10,
        note: 'a, "quoted"\nnote',
        reportIds: ['R1'],
      }),
    ];
    const { dataset, issues } = parseDataset({
      places,
      reports: reportRows(testReports),
      incidents: incidentRows(records),
    });
    expect(issues).toEqual([]);
    expect(dataset.incidents).toEqual(records);
  });
});

describe('validateCandidate', () => {
  it('reports what npm run validate would, with the column', () => {
    const problems = validateCandidate(
      incident({ id: 'W-2', killedMin: 30, killedMax: 20 }),
      new Set(['SY0700']),
    );
    expect(problems).toEqual([
      {
        column: 'killed_min',
        message: '30 is greater than killed_max 20 (expected killed_min ≤ killed_max)',
      },
    ]);
  });

  it('requires a known place and dates for an incident', () => {
    const problems = validateCandidate(
      incident({ id: 'W-3', placeId: '', dateStart: null }),
      new Set(['SY0700']),
    );
    expect(problems.map((p) => p.column).sort()).toEqual(['date_start', 'place_id']);
  });
});
