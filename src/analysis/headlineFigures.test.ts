import { describe, expect, it } from 'vitest';
import { incident, testPlaces, testReports } from '../../test/helpers/testRecords';
import { buildGazetteer } from './gazetteer';
import { headlineFigures, NOT_IN_ONE_GOVERNORATE } from './headlineFigures';

const gazetteer = buildGazetteer(testPlaces);
const reportsById = new Map(testReports.map((r) => [r.id, r]));

describe('headlineFigures', () => {
  it('is all zeros and null dates for no records', () => {
    expect(headlineFigures([], reportsById, gazetteer)).toMatchObject({
      records: 0,
      reports: 0,
      killedMin: 0,
      killedMax: 0,
      childrenMin: 0,
      firstDate: null,
      lastDate: null,
      byAdmin1: {},
    });
  });

  it('sums lower bounds and highest figures, by governorate and by source', () => {
    const figures = headlineFigures(
      [
        incident({
          id: 'a',
          placeId: 'C3878',
          killedMin: 25,
          childrenMin: 10,
          childrenMax: 10,
          attributedTo: ['White Helmets'],
        }),
        incident({
          id: 'b',
          placeId: 'SY0701',
          killedMin: 5,
          killedMax: 6,
          reportIds: ['R2'],
          dateEnd: '2024-12-02',
          dateStart: '2024-12-02',
        }),
        incident({
          id: 'c',
          placeId: 'SY0200',
          killedMin: null,
          injuredMin: 3,
          reportIds: ['R1', 'R2'],
        }),
        incident({
          id: 'd',
          placeId: 'SY',
          killedMin: 1,
          killedMax: 1,
          dateStart: '2024-11-30',
          dateEnd: '2024-11-30',
        }),
      ],
      reportsById,
      gazetteer,
    );
    expect(figures).toMatchObject({
      records: 4,
      reports: 2,
      killedMin: 31,
      killedMax: 32,
      childrenMin: 10,
      childrenMax: 10,
      openEnded: 1,
      killedUnknown: 1,
      childrenReported: 1,
      firstDate: '2024-11-30',
      lastDate: '2024-12-02',
      byAdmin1: {
        Idleb: { killedMin: 30, killedMax: 31, childrenMin: 10 },
        Aleppo: { killedMin: 0, killedMax: 0, childrenMin: 0 },
        [NOT_IN_ONE_GOVERNORATE]: { killedMin: 1, killedMax: 1, childrenMin: 0 },
      },
    });
    expect(figures.bySource['White Helmets']).toEqual({
      killedMin: 26,
      killedMax: 26,
      childrenMin: 10,
      records: 3,
    });
    expect(figures.bySource.SOHR).toEqual({
      killedMin: 5,
      killedMax: 6,
      childrenMin: 0,
      records: 2,
    });
  });
});
