import { describe, expect, it } from 'vitest';
import { incident, testPlaces, testReports } from '../../../test/helpers/testRecords';
import type { Dataset } from '../../model/dataset';
import { prepareDataset } from '../view/dashboardView';
import { CODED_EVENTS_COLUMNS_ABOVE, readsAsColumns } from './readsAsColumns';

const CODED = { records: 'coded-events' as const };
const REPORTS = { records: 'reports' as const };

describe('readsAsColumns', () => {
  it.each([
    ['few coded events, few pairs', 16_566, CODED, 280_000, false],
    ['coded events at the limit', CODED_EVENTS_COLUMNS_ABOVE, CODED, 0, false],
    ['coded events past the limit, few pairs', CODED_EVENTS_COLUMNS_ABOVE + 1, CODED, 0, true],
    [
      'as many reports past the limit, few pairs',
      CODED_EVENTS_COLUMNS_ABOVE + 1,
      REPORTS,
      0,
      false,
    ],
    ['a folder that says nothing of its records', 100_000, null, 0, false],
    ['reports with too many pairs to cluster', 100_000, REPORTS, 30_000_000, true],
    ['few coded events with too many pairs', 20_000, CODED, 6_000_000, true],
  ])('%s → columns %s', (_label, records, info, pairs, expected) => {
    expect(readsAsColumns({ records, info, pairs: () => pairs })).toBe(expected);
  });

  it('does not count pairs when the coded events decide', () => {
    const pairs = () => {
      throw new Error('counted');
    };
    expect(readsAsColumns({ records: 100_000, info: CODED, pairs })).toBe(true);
  });

  it('sends a coded-event dataset past the limit to the columns path of prepareDataset', () => {
    const dataset = (n: number): Dataset => ({
      reports: testReports,
      places: testPlaces,
      annotations: [],
      decisions: [],
      info: {
        title: 'SYNTHETIC',
        publisher: 'SYNTHETIC',
        licence: 'none',
        licenceUrl: null,
        citation: 'SYNTHETIC',
        url: null,
        asOf: '2024-12-31',
        records: 'coded-events',
        credits: [],
      },
      incidents: Array.from({ length: n }, (_, i) =>
        incident({
          id: `SYN${i}`,
          dateStart: '2024-01-02',
          dateEnd: '2024-01-02',
          killedMin: 1,
          killedMax: 1,
        }),
      ),
    });
    const large = prepareDataset(dataset(CODED_EVENTS_COLUMNS_ABOVE + 1));
    expect(large.base.reconciled).toBe(false);
    expect(large.base.records).toBe(CODED_EVENTS_COLUMNS_ABOVE + 1);
  });
});
