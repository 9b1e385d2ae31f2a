import { describe, expect, it } from 'vitest';
import { incident, testPlaces } from '../../test/helpers/testRecords';
import { compareSeries } from './compareSeries';
import { buildGazetteer } from './gazetteer';

describe('compareSeries', () => {
  it('draws one cumulative line per region on shared bins', () => {
    const records = [
      incident({
        id: 'a',
        placeId: 'C3878',
        killedMin: 3,
        dateStart: '2024-12-01',
        dateEnd: '2024-12-01',
      }),
      incident({
        id: 'b',
        placeId: 'SY0200',
        killedMin: 5,
        killedMax: 9,
        dateStart: '2024-12-02',
        dateEnd: '2024-12-02',
      }),
    ];
    const out = compareSeries(records, ['SY07', 'SY02'], buildGazetteer(testPlaces), {
      from: null,
      to: null,
      unit: 'day',
    });
    expect(out.rows).toEqual([
      {
        start: '2024-12-01',
        end: '2024-12-01',
        SY07: 3,
        'SY07~upper': 3,
        SY02: 0,
        'SY02~upper': 0,
      },
      {
        start: '2024-12-02',
        end: '2024-12-02',
        SY07: 3,
        'SY07~upper': 3,
        SY02: 5,
        'SY02~upper': 9,
      },
    ]);
  });

  it('is empty without records', () => {
    expect(
      compareSeries([], ['SY07'], buildGazetteer(testPlaces), { from: null, to: null, unit: 'day' })
        .rows,
    ).toEqual([]);
  });
});
