import { describe, expect, it } from 'vitest';
import { incident, testPlaces } from '../../../test/helpers/testRecords';
import type { Incident } from '../../model/incident';
import { buildGazetteer } from '../gazetteer';
import { clusterIncidents } from './clusterIncidents';
import { type CumulativeCheck, cumulativeChecks } from './cumulativeChecks';

const gazetteer = buildGazetteer(testPlaces);

/** Incidents of 29 Nov – 2 Dec in Idleb and Aleppo; two sources describe the Idleb city one. */
const incidents: Incident[] = [
  incident({ id: 'i1', reportIds: ['R1'], placeId: 'C3878', killedMin: 4 }),
  incident({ id: 'i2', reportIds: ['R2'], placeId: 'C3878', killedMin: 7 }),
  incident({ id: 'i3', reportIds: ['R1'], placeId: 'SY0200', killedMin: 5, killedMax: 5 }),
  incident({
    id: 'i4',
    reportIds: ['R1'],
    placeId: 'SY0701',
    killedMin: 2,
    killedMax: 2,
    dateStart: '2024-11-29',
    dateEnd: '2024-11-29',
    victims: 'civilians',
  }),
  incident({
    id: 'i5',
    reportIds: ['R2'],
    placeId: 'SY0701',
    killedMin: 9,
    killedMax: 9,
    dateStart: '2024-12-02',
    dateEnd: '2024-12-03',
  }),
];
const clusters = clusterIncidents(incidents, gazetteer);

const total = (overrides: Partial<Incident> & { id: string }): Incident =>
  incident({
    kind: 'cumulative',
    totalType: 'running',
    placeId: 'SY',
    periodStart: '2024-11-27',
    dateStart: '2024-11-27',
    dateEnd: '2024-12-02',
    eventType: 'hostilities',
    ...overrides,
  });
const check = (record: Incident): CumulativeCheck => {
  const [result] = cumulativeChecks([record, ...incidents], clusters, gazetteer);
  return result as CumulativeCheck;
};

describe('cumulativeChecks', () => {
  it('sums each incident once, at its lowest figure, over covered governorates', () => {
    expect(
      check(total({ id: 'c1', coversIds: ['SY07', 'SY02'], killedMin: 56, killedMax: 56 })),
    ).toMatchObject({
      id: 'c1',
      admin1: 'Idleb + Aleppo',
      periodStart: '2024-11-27',
      dateEnd: '2024-12-02',
      reportedKilledMin: 56,
      // i1 + i2 are one incident (lowest 4), i3 5, i4 2; i5 runs past 2 Dec.
      incidentsKilledMin: 11,
      incidentsKilledMax: 14,
      gap: 45,
      exceeds: false,
      incidentIds: ['inc-i1', 'inc-i3', 'inc-i4'],
      straddlingIncidentIds: ['inc-i5'],
      skipped: null,
    });
  });

  it.each<[string, Partial<Incident> & { id: string }, Partial<CumulativeCheck>]>([
    [
      'one governorate',
      { id: 'c', placeId: 'SY02', killedMin: 20, killedMax: 20 },
      { admin1: 'Aleppo', incidentsKilledMin: 5, gap: 15, incidentIds: ['inc-i3'] },
    ],
    [
      'a city: only incidents inside it',
      { id: 'c', placeId: 'C3878', killedMin: 4, killedMax: 4 },
      { admin1: 'Idleb', incidentsKilledMin: 4, gap: 0, exceeds: false },
    ],
    ['nationwide', { id: 'c', killedMin: 100 }, { admin1: null, incidentsKilledMin: 11, gap: 89 }],
    [
      'a daily total',
      {
        id: 'c',
        totalType: 'daily',
        periodStart: '2024-12-01',
        dateStart: '2024-12-01',
        dateEnd: '2024-12-01',
        coversIds: ['SY07', 'SY02'],
        killedMin: 25,
      },
      {
        admin1: 'Idleb + Aleppo',
        incidentsKilledMin: 9,
        gap: 16,
        incidentIds: ['inc-i1', 'inc-i3'],
      },
    ],
    [
      'a statement about one kind of violence leaves the others out',
      { id: 'c', placeId: 'SY07', eventType: 'landmine', killedMin: 1, killedMax: 1 },
      { incidentsKilledMin: 0, incidentIds: [], gap: 1 },
    ],
    [
      'a statement without a death figure has no gap',
      { id: 'c', placeId: 'SY07', killedMin: null },
      { incidentsKilledMin: 6, gap: null, exceeds: false },
    ],
  ])('%s', (_, overrides, expected) => {
    expect(check(total(overrides))).toMatchObject(expected);
  });

  it('without a period start, counts every incident up to the as-of day and says so', () => {
    const result = check(
      total({ id: 'c', periodStart: null, dateStart: null, placeId: 'SY07', killedMin: 30 }),
    );
    expect(result).toMatchObject({ periodStart: null, incidentsKilledMin: 6, gap: 24 });
    expect(result.notes).toContain(
      'no period start stated: counted every incident up to 2024-12-02, which may be more than the statement covers',
    );
  });

  it('skips an undated statement, with the reason', () => {
    expect(check(total({ id: 'c', dateEnd: null, killedMin: 704 }))).toMatchObject({
      incidentsKilledMin: null,
      gap: null,
      skipped: 'undated statement: no "as of" day, so no period to sum incidents over',
    });
  });

  it('flags incidents that exceed the statement, and a civilians-only subset', () => {
    const result = check(
      total({ id: 'c', placeId: 'SY07', killedMin: 3, killedMax: 3, victims: 'civilians' }),
    );
    expect(result).toMatchObject({ incidentsKilledMin: 6, gap: -3, exceeds: true });
    expect(result.notes.at(-1)).toBe(
      'incidents sum to at least 6, more than the 3 stated; it counts civilians only and inc-i1 is not coded as civilians: it may be a subset',
    );
  });

  it('flags exceeding an exact statement with nothing to explain it as a coding question', () => {
    const result = check(total({ id: 'c', placeId: 'SY07', killedMin: 3, killedMax: 3 }));
    expect(result.exceeds).toBe(true);
    expect(result.notes.at(-1)).toBe(
      'incidents sum to at least 6, more than the 3 stated; check the coding of these incidents and of the statement',
    );
  });

  it('does not flag incidents within an "at least" statement', () => {
    expect(check(total({ id: 'c', placeId: 'SY07', killedMin: 6 })).exceeds).toBe(false);
  });
});
