import { describe, expect, it } from 'vitest';
import { incident, testPlaces } from '../../../test/helpers/testRecords';
import type { Dataset } from '../../model/dataset';
import type { DatasetInfo } from '../../model/datasetInfo';
import { NO_FILTERS } from '../filters';
import { buildGazetteer } from '../gazetteer';
import { summarise } from '../summary';

/* Fictional records: two coded events on the same day and place, from different reports. */
const info = (records: DatasetInfo['records']): DatasetInfo => ({
  title: 'Test',
  publisher: 'Test coders',
  licence: 'CC BY 4.0',
  licenceUrl: null,
  citation: 'Test',
  asOf: '2024-12-31',
  url: null,
  records,
  credits: [],
});
const datasetOf = (records: DatasetInfo['records']): Dataset => ({
  reports: [],
  places: testPlaces,
  annotations: [],
  incidents: [
    incident({ id: 'e1', reportIds: ['R1'], killedMin: 4, killedMax: 4 }),
    incident({ id: 'e2', reportIds: ['R2'], killedMin: 6, killedMax: 6 }),
  ],
  info: info(records),
});

describe('coded event data', () => {
  it('is never grouped into incidents: the totals are the coders’ sum', () => {
    const coded = summarise(datasetOf('coded-events'), NO_FILTERS, buildGazetteer(testPlaces));
    expect(coded).toMatchObject({ incidents: 2, killedMin: 10, killedMax: 10 });
    // The same records as reports are taken for one event reported twice.
    const reports = summarise(datasetOf('reports'), NO_FILTERS, buildGazetteer(testPlaces));
    expect(reports).toMatchObject({ incidents: 1, killedMin: 4, killedMax: 6 });
  });
});
