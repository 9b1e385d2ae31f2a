import { describe, expect, it } from 'vitest';
import { incident, testPlaces, testReports } from '../../test/helpers/testRecords';
import type { Dataset } from '../model/dataset';
import { NO_FILTERS } from './filters';
import { buildGazetteer } from './gazetteer';
import { summarise } from './summary';

const gazetteer = buildGazetteer(testPlaces);
const dataset: Dataset = {
  places: testPlaces,
  reports: testReports,
  annotations: [],
  incidents: [
    // One strike in Idleb city: 4 then at least 7 (two reports), and the city's governorate.
    incident({ id: 'a', reportIds: ['R1'], placeId: 'C3878', killedMin: 4, killedMax: 4 }),
    incident({ id: 'b', reportIds: ['R2'], placeId: 'SY07', killedMin: 7, childrenMin: 2 }),
    incident({ id: 'c', reportIds: ['R1'], placeId: 'SY0200', killedMin: 5, killedMax: 5 }),
    incident({
      id: 't',
      kind: 'cumulative',
      totalType: 'daily',
      reportIds: ['R1'],
      placeId: 'SY',
      coversIds: ['SY07', 'SY02'],
      periodStart: '2024-12-01',
      killedMin: 25,
      eventType: 'air strike',
    }),
  ],
};

describe('summarise', () => {
  it('counts each incident once and keeps the per-record sums beside', () => {
    const summary = summarise(dataset, NO_FILTERS, gazetteer);
    expect(summary).toMatchObject({
      records: 3,
      reports: 2,
      incidents: 2,
      killedMin: 9,
      killedMax: 12,
      childrenMin: 2,
      childrenMax: 2,
      recordsKilledMin: 16,
      recordsKilledMax: 16,
      incidentsWithDisagreement: 1,
      byAdmin1: {
        Idleb: { killedMin: 4, killedMax: 7, incidents: 1 },
        Aleppo: { killedMin: 5, killedMax: 5, incidents: 1 },
      },
    });
    expect(summary.incidentDetails.map((i) => [i.id, i.recordIds, i.links])).toEqual([
      [
        'inc-a',
        ['a', 'b'],
        [
          'a + b: same day 2024-12-01; Idleb city (C3878, community) within Idleb (SY07, governorate); event type air strike',
        ],
      ],
      ['inc-c', ['c'], []],
    ]);
  });

  it('checks each stated total in the filter against its own region and period', () => {
    const summary = summarise(dataset, { ...NO_FILTERS, regions: ['SY07'] }, gazetteer);
    // The filter shows Idleb only; the Idleb + Aleppo total is still set against both.
    expect(summary.incidents).toBe(1);
    expect(summary.cumulativeChecks).toHaveLength(1);
    const [check] = summary.cumulativeChecks;
    expect(Object.keys(check ?? {}).slice(0, 6)).toEqual([
      'id',
      'admin1',
      'periodStart',
      'dateEnd',
      'reportedKilledMin',
      'incidentsKilledMin',
    ]);
    expect(check).toMatchObject({
      id: 't',
      admin1: 'Idleb + Aleppo',
      periodStart: '2024-12-01',
      dateEnd: '2024-12-01',
      reportedKilledMin: 25,
      incidentsKilledMin: 9,
      gap: 16,
    });
  });

  it('limits an incident to the sources a filter keeps, under the same id', () => {
    const summary = summarise(dataset, { ...NO_FILTERS, sources: ['SOHR'] }, gazetteer);
    expect(summary).toMatchObject({ incidents: 1, killedMin: 7, killedMax: 7 });
    expect(summary.incidentDetails[0]).toMatchObject({ id: 'inc-a', recordIds: ['b'] });
  });

  it('applies the dataset’s cluster decisions', () => {
    const summary = summarise(
      { ...dataset, decisions: [{ action: 'split', recordIds: ['a', 'b'], note: 'two strikes' }] },
      NO_FILTERS,
      gazetteer,
    );
    expect(summary).toMatchObject({ incidents: 3, killedMin: 16 });
  });
});
