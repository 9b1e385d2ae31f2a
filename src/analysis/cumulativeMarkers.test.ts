import { describe, expect, it } from 'vitest';
import { incident, testPlaces, testReports } from '../../test/helpers/testRecords';
import { cumulativeMarkers, markerTrajectories, shortSourceName } from './cumulativeMarkers';
import { buildGazetteer } from './gazetteer';

const gazetteer = buildGazetteer(testPlaces);
const reportsById = new Map(testReports.map((r) => [r.id, r]));
const total = (id: string, dateEnd: string | null, killedMin: number, extra = {}) =>
  incident({
    id,
    kind: 'cumulative',
    totalType: 'running',
    placeId: 'SY',
    coversIds: ['SY07', 'SY02'],
    periodStart: '2024-11-27',
    dateStart: '2024-11-27',
    dateEnd,
    killedMin,
    killedMax: killedMin,
    attributedTo: ['White Helmets (Syria Civil Defence)'],
    ...extra,
  });

describe('cumulativeMarkers', () => {
  it('labels a running total with its source, figure and start', () => {
    const [marker] = cumulativeMarkers([total('t', '2024-12-02', 56)], reportsById, gazetteer);
    expect(marker).toMatchObject({
      day: '2024-12-02',
      area: 'Idleb + Aleppo',
      label: 'White Helmets: 56 since 27 Nov',
    });
  });

  it('labels daily totals by their day and keeps "at least" open', () => {
    const daily = total('d', '2024-12-01', 25, {
      totalType: 'daily',
      periodStart: '2024-12-01',
      killedMax: null,
    });
    expect(cumulativeMarkers([daily], reportsById, gazetteer)[0]?.label).toBe(
      'White Helmets: ≥25 on 1 Dec',
    );
  });

  it('leaves undated statements off the chart', () => {
    expect(cumulativeMarkers([total('u', null, 5)], reportsById, gazetteer)).toEqual([]);
  });

  it('joins successive running totals of one source into a trajectory', () => {
    const markers = cumulativeMarkers(
      [
        total('a', '2024-11-29', 24),
        total('b', '2024-12-02', 56),
        total('c', '2024-12-02', 8, { victims: 'civilians' }),
      ],
      reportsById,
      gazetteer,
    );
    expect(markerTrajectories(markers).map((t) => t.points.map((p) => p.id))).toEqual([['a', 'b']]);
  });

  it('shortens organisation names to their acronym or main name', () => {
    expect(shortSourceName('Syrian Observatory for Human Rights (SOHR)')).toBe('SOHR');
    expect(shortSourceName('White Helmets (Syria Civil Defence)')).toBe('White Helmets');
  });
});
