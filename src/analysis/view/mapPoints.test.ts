import { describe, expect, it } from 'vitest';
import { incident, testPlaces } from '../../../test/helpers/testRecords';
import type { Coordinates, Incident } from '../../model/incident';
import { buildGazetteer } from '../gazetteer';
import { drawnPointOf } from './mapPoints';

/* Fictional records (test/helpers/testRecords.ts). */
const gazetteer = buildGazetteer(testPlaces);
const at = (precision: number | null): Coordinates => ({ lat: 35.93, lon: 36.63, precision });

describe('drawnPointOf: which records the map draws at their own point', () => {
  it.each<[string, Partial<Incident>, boolean]>([
    ['the place itself (1)', { coordinates: at(1) }, true],
    ['within ~25 km (2)', { coordinates: at(2) }, true],
    ['a point without a precision', { coordinates: at(null) }, true],
    ["a district's centroid (3)", { coordinates: at(3) }, false],
    ["a governorate's centroid (4)", { coordinates: at(4) }, false],
    ['a wider area (5)', { coordinates: at(5) }, false],
    ['the country (6)', { coordinates: at(6) }, false],
    ['no point', {}, false],
    ['coded at country level', { coordinates: at(1), placeId: 'SY' }, false],
    ['across governorates', { coordinates: at(1), coversIds: ['SY02', 'SY07'] }, false],
    [
      'a stated total',
      { coordinates: at(1), kind: 'cumulative', totalType: 'running', periodStart: '2024-11-27' },
      false,
    ],
  ])('%s → %s', (_, over, drawn) => {
    const point = drawnPointOf(incident({ id: 'T1', ...over }), gazetteer);
    expect(point).toEqual(drawn ? { lat: 35.93, lon: 36.63, key: 'point 35.93 36.63' } : null);
  });
});
