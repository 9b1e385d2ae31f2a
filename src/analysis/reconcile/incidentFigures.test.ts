import { describe, expect, it } from 'vitest';
import { incident, testPlaces } from '../../../test/helpers/testRecords';
import type { Incident } from '../../model/incident';
import { buildGazetteer } from '../gazetteer';
import { clusterIncidents } from './clusterIncidents';
import { type IncidentFigures, incidentFigures } from './incidentFigures';

const gazetteer = buildGazetteer(testPlaces);
/** One incident from records of different reports on the same day and place. */
const figuresOf = (...records: Partial<Incident>[]): IncidentFigures => {
  const clusters = clusterIncidents(
    records.map((r, i) => incident({ id: `r${i}`, reportIds: [`R${i}`], ...r })),
    gazetteer,
  );
  expect(clusters).toHaveLength(1);
  return incidentFigures(clusters[0] as (typeof clusters)[number]);
};

describe('incidentFigures', () => {
  it.each<[string, Partial<Incident>[], Partial<IncidentFigures>]>([
    [
      'one source, exact',
      [{ killedMin: 4, killedMax: 4 }],
      { killedMin: 4, killedMax: 4, killedOpenEnded: false, disagreement: false },
    ],
    [
      'sources agree',
      [
        { killedMin: 3, killedMax: 3 },
        { killedMin: 3, killedMax: 3 },
      ],
      { killedMin: 3, killedMax: 3, disagreement: false, disagreementOn: [] },
    ],
    [
      'lowest to highest: at least 4, at least 7, at least 25',
      [{ killedMin: 4 }, { killedMin: 7 }, { killedMin: 25 }],
      { killedMin: 4, killedMax: 25, killedOpenEnded: true, disagreementOn: ['killed'] },
    ],
    [
      'a range and an exact figure: the highest is the range top',
      [
        { killedMin: 5, killedMax: 6 },
        { killedMin: 3, killedMax: 3 },
      ],
      { killedMin: 3, killedMax: 6, killedOpenEnded: false, disagreement: true },
    ],
    [
      'a source without a figure is silent, not zero, and not a disagreement',
      [{ killedMin: null }, { killedMin: 2, killedMax: 2 }],
      { killedMin: 2, killedMax: 2, disagreement: false },
    ],
    [
      'no source gives a figure',
      [{ killedMin: null }, { killedMin: null }],
      { killedMin: null, killedMax: null, childrenMin: null, disagreement: false },
    ],
    [
      'children: lowest to highest, disagreement on children alone',
      [
        { killedMin: 10, killedMax: 10, childrenMin: 2, childrenMax: 2 },
        { killedMin: 10, killedMax: 10, childrenMin: 4 },
        { killedMin: 10, killedMax: 10 },
      ],
      { childrenMin: 2, childrenMax: 4, disagreementOn: ['children'] },
    ],
  ])('%s', (_, records, expected) => {
    expect(figuresOf(...records)).toMatchObject(expected);
  });

  it("keeps every source's own figure, and says when children exceed the lowest toll", () => {
    const figures = figuresOf(
      { killedMin: 4, attributedTo: ['Rescuers'], perpetrator: 'Russia' },
      { killedMin: 25, childrenMin: 10, childrenMax: 10, attributedTo: ['White Helmets'] },
    );
    expect(figures.members).toEqual([
      {
        recordId: 'r0',
        reportIds: ['R0'],
        attributedTo: ['Rescuers'],
        perpetrator: 'Russia',
        killedMin: 4,
        killedMax: null,
        childrenMin: null,
        childrenMax: null,
        killedBest: null,
        supersededBy: [],
      },
      {
        recordId: 'r1',
        reportIds: ['R1'],
        attributedTo: ['White Helmets'],
        perpetrator: null,
        killedMin: 25,
        killedMax: null,
        childrenMin: 10,
        childrenMax: 10,
        killedBest: null,
        supersededBy: [],
      },
    ]);
    expect(figures).toMatchObject({ killedMin: 4, killedMax: 25, childrenMin: 10 });
    expect(figures.notes).toEqual([
      '10 children (r1) is more than the lowest toll 4: the sources that give the lowest toll do not count children',
    ]);
  });

  it("bounds an incident by each source's latest figure: a revised one is history", () => {
    const figures = figuresOf(
      { killedMin: 4, attributedTo: ['Rescuers'] },
      { killedMin: 7, attributedTo: ['Rescuers'], supersedes: ['r0'] },
      { killedMin: 25, attributedTo: ['White Helmets'] },
    );
    expect(figures).toMatchObject({ killedMin: 7, killedMax: 25 });
    expect(figures.members.map((m) => [m.recordId, m.supersededBy])).toEqual([
      ['r0', ['r1']],
      ['r1', []],
      ['r2', []],
    ]);
  });

  it('joins a revision to what it revises even when the rules would not (another place)', () => {
    const clusters = clusterIncidents(
      [
        incident({ id: 'a', reportIds: ['R0'], killedMin: 4, placeId: 'SY0700' }),
        incident({
          id: 'b',
          reportIds: ['R1'],
          killedMin: 9,
          placeId: 'SY0200',
          dateStart: '2024-12-03',
          dateEnd: '2024-12-03',
          supersedes: ['a'],
        }),
      ],
      gazetteer,
    );
    expect(clusters.map((c) => c.recordIds)).toEqual([['a', 'b']]);
    expect(incidentFigures(clusters[0] as (typeof clusters)[number])).toMatchObject({
      killedMin: 9,
      killedMax: 9,
    });
  });

  it.each<[string, Partial<Incident>[], number | null]>([
    ['a coded event gives its best', [{ killedMin: 3, killedMax: 9, killedBest: 5 }], 5],
    ['no best given', [{ killedMin: 3, killedMax: 9 }], null],
    [
      'one source gives a best, another none: none is picked',
      [{ killedMin: 3, killedMax: 9, killedBest: 5 }, { killedMin: 4 }],
      null,
    ],
  ])('best estimate: %s', (_, records, best) => {
    expect(figuresOf(...records).killedBest).toBe(best);
  });
});
