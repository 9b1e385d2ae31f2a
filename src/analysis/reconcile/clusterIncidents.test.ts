import { describe, expect, it } from 'vitest';
import { incident, testPlaces } from '../../../test/helpers/testRecords';
import type { ClusterDecision } from '../../model/clusterDecision';
import type { Incident } from '../../model/incident';
import { buildGazetteer } from '../gazetteer';
import { clusterIncidents, restrictClusters } from './clusterIncidents';

const gazetteer = buildGazetteer(testPlaces);
/** Member ids of each incident, for compact assertions. */
const groups = (records: Incident[], decisions: ClusterDecision[] = []) =>
  clusterIncidents(records, gazetteer, decisions).map((c) => c.recordIds);

describe('clusterIncidents', () => {
  it.each<[string, Incident[], string[][]]>([
    ['no records', [], []],
    ['one record', [incident({ id: 'a' })], [['a']]],
    [
      'same day, same place, two reports: one incident',
      [
        incident({ id: 'a', placeId: 'C3878', reportIds: ['R1'] }),
        incident({ id: 'b', placeId: 'C3878', reportIds: ['R2'] }),
      ],
      [['a', 'b']],
    ],
    [
      'a town and its governorate: one incident',
      [
        incident({ id: 'a', placeId: 'C3878', reportIds: ['R1'] }),
        incident({ id: 'b', placeId: 'SY07', reportIds: ['R2'] }),
      ],
      [['a', 'b']],
    ],
    [
      'neighbouring districts of one governorate: apart',
      [
        incident({ id: 'a', placeId: 'SY0700', reportIds: ['R1'] }),
        incident({ id: 'b', placeId: 'SY0701', reportIds: ['R2'] }),
      ],
      [['a'], ['b']],
    ],
    [
      'exact records on different days: apart',
      [
        incident({ id: 'a', reportIds: ['R1'] }),
        incident({ id: 'b', reportIds: ['R2'], dateStart: '2024-12-02', dateEnd: '2024-12-02' }),
      ],
      [['a'], ['b']],
    ],
    [
      'an approximate range overlapping an exact day: one incident',
      [
        incident({ id: 'a', reportIds: ['R1'] }),
        incident({
          id: 'b',
          reportIds: ['R2'],
          dateStart: '2024-11-30',
          dateEnd: '2024-12-02',
          datePrecision: 'approximate',
        }),
      ],
      [['a', 'b']],
    ],
    [
      'an approximate range ending before the other day: apart',
      [
        incident({ id: 'a', reportIds: ['R1'], dateStart: '2024-12-03', dateEnd: '2024-12-03' }),
        incident({
          id: 'b',
          reportIds: ['R2'],
          dateStart: '2024-11-30',
          dateEnd: '2024-12-02',
          datePrecision: 'approximate',
        }),
      ],
      [['a'], ['b']],
    ],
    [
      'two records of the same report: apart',
      [incident({ id: 'a', reportIds: ['R1'] }), incident({ id: 'b', reportIds: ['R1', 'R2'] })],
      [['a'], ['b']],
    ],
    [
      'incompatible event types: apart',
      [
        incident({ id: 'a', reportIds: ['R1'], eventType: 'air strike' }),
        incident({ id: 'b', reportIds: ['R2'], eventType: 'ground clash' }),
      ],
      [['a'], ['b']],
    ],
    [
      'shelling and a rocket attack (both fired from the ground): one incident',
      [
        incident({ id: 'a', reportIds: ['R1'], eventType: 'shelling' }),
        incident({ id: 'b', reportIds: ['R2'], eventType: 'rocket attack' }),
      ],
      [['a', 'b']],
    ],
    [
      'an unspecific "attack" matches any type',
      [
        incident({ id: 'a', reportIds: ['R1'], eventType: 'air strike' }),
        incident({ id: 'b', reportIds: ['R2'], eventType: 'attack' }),
      ],
      [['a', 'b']],
    ],
    [
      'a country-level record is too vague to join anything',
      [
        incident({ id: 'a', reportIds: ['R1'] }),
        incident({ id: 'b', reportIds: ['R2'], placeId: 'SY' }),
      ],
      [['a'], ['b']],
    ],
    [
      'rows of an already reconciled event dataset (best estimates given) stay apart',
      [
        incident({ id: 'a', reportIds: ['R1'], killedMin: 2, killedBest: 2, killedMax: 2 }),
        incident({ id: 'b', reportIds: ['R2'], killedMin: 3, killedBest: 3, killedMax: 3 }),
      ],
      [['a'], ['b']],
    ],
    [
      'stated totals are never clustered',
      [
        incident({ id: 'a', reportIds: ['R1'] }),
        incident({ id: 'b', reportIds: ['R2'], kind: 'cumulative', periodStart: '2024-12-01' }),
      ],
      [['a']],
    ],
    [
      // Complete linkage: a governorate-level record matches two districts, which do not match
      // each other, so it joins only one of them (the closest, same-place match first).
      'a governorate record does not chain two neighbouring districts',
      [
        incident({ id: 'a', reportIds: ['R1'], placeId: 'SY0700' }),
        incident({ id: 'b', reportIds: ['R2'], placeId: 'SY07' }),
        incident({ id: 'c', reportIds: ['R3'], placeId: 'SY0701' }),
      ],
      [['a', 'b'], ['c']],
    ],
    [
      'a third record of a report already in the incident stays apart',
      [
        incident({ id: 'a', reportIds: ['R1'], placeId: 'C3878' }),
        incident({ id: 'b', reportIds: ['R2'], placeId: 'C3878' }),
        incident({ id: 'c', reportIds: ['R1'], placeId: 'SY07' }),
      ],
      [['a', 'b'], ['c']],
    ],
  ])('%s', (_, records, expected) => {
    expect(groups(records)).toEqual(expected);
  });

  it('says which rules matched each pair of members', () => {
    const [cluster] = clusterIncidents(
      [
        incident({ id: 'SY24-023', placeId: 'C3878', reportIds: ['R2'] }),
        incident({ id: 'SY24-020', placeId: 'SY07', reportIds: ['R1'], eventType: null }),
      ],
      gazetteer,
    );
    expect(cluster).toMatchObject({
      id: 'inc-SY24-020',
      recordIds: ['SY24-020', 'SY24-023'],
      placeId: 'C3878',
      admin1: 'Idleb',
      dateStart: '2024-12-01',
      dateEnd: '2024-12-01',
    });
    expect(cluster?.links.map((l) => l.reason)).toEqual([
      'same day 2024-12-01; Idleb city (C3878, community) within Idleb (SY07, governorate); event type air strike, the other not recorded (unspecific)',
    ]);
  });

  it('gives the same incidents and ids whatever the input order', () => {
    const records = [
      incident({ id: 'c', reportIds: ['R3'], placeId: 'SY0701' }),
      incident({ id: 'b', reportIds: ['R2'], placeId: 'SY07' }),
      incident({ id: 'a', reportIds: ['R1'], placeId: 'SY0700' }),
      incident({ id: 'd', reportIds: ['R4'], placeId: 'SY0701' }),
    ];
    const once = clusterIncidents(records, gazetteer);
    expect(clusterIncidents([...records].reverse(), gazetteer)).toEqual(once);
    expect(once.map((c) => [c.id, c.recordIds])).toEqual([
      ['inc-a', ['a', 'b']],
      ['inc-c', ['c', 'd']],
    ]);
  });

  it('applies a merge decision, even to two figures of one report', () => {
    const records = [
      incident({ id: 'a', reportIds: ['R1'], killedMin: 11 }),
      incident({ id: 'b', reportIds: ['R1'], killedMin: 6, killedMax: 6 }),
    ];
    expect(groups(records)).toEqual([['a'], ['b']]);
    const decisions: ClusterDecision[] = [
      { action: 'merge', recordIds: ['a', 'b'], note: 'two outlets quoted on one strike' },
    ];
    const [cluster] = clusterIncidents(records, gazetteer, decisions);
    expect(cluster?.recordIds).toEqual(['a', 'b']);
    expect(cluster?.links[0]?.rules).toEqual(['analyst merge: two outlets quoted on one strike']);
    expect(cluster?.decisions).toEqual(['merge: two outlets quoted on one strike']);
  });

  it('keeps a split decision after re-running, also on a re-import with new records', () => {
    const decisions: ClusterDecision[] = [
      { action: 'split', recordIds: ['a', 'b'], note: 'different targets in one city' },
    ];
    const first = [
      incident({ id: 'a', reportIds: ['R1'], placeId: 'C3878' }),
      incident({ id: 'b', reportIds: ['R2'], placeId: 'SY07' }),
      incident({ id: 'c', reportIds: ['R3'], placeId: 'SY07' }),
    ];
    expect(groups(first)).toEqual([['a', 'b', 'c']]);
    // b and c share a place, the closer match, so c goes with b once a is kept from b.
    expect(groups(first, decisions)).toEqual([['a'], ['b', 'c']]);
    // A re-import: same ids, another order, one record more that matches both.
    const reimport = [
      incident({ id: 'e', reportIds: ['R5'], placeId: 'C3878' }),
      ...[...first].reverse(),
    ];
    const again = groups(reimport, decisions);
    expect(again.some((ids) => ids.includes('a') && ids.includes('b'))).toBe(false);
    expect(again).toEqual([
      ['a', 'e'],
      ['b', 'c'],
    ]);
  });

  it('lets a split win over a conflicting merge', () => {
    const records = [
      incident({ id: 'a', reportIds: ['R1'] }),
      incident({ id: 'b', reportIds: ['R2'] }),
    ];
    const decisions: ClusterDecision[] = [
      { action: 'merge', recordIds: ['a', 'b'], note: 'same' },
      { action: 'split', recordIds: ['a', 'b'], note: 'not the same' },
    ];
    expect(groups(records, decisions)).toEqual([['a'], ['b']]);
  });

  it('ignores decisions about records that are not there (another filter or folder)', () => {
    const decisions: ClusterDecision[] = [{ action: 'merge', recordIds: ['a', 'zz'], note: 'x' }];
    expect(groups([incident({ id: 'a' })], decisions)).toEqual([['a']]);
  });
});

describe('restrictClusters', () => {
  it('keeps the incident id and the members left by a filter', () => {
    const clusters = clusterIncidents(
      [
        incident({ id: 'a', reportIds: ['R1'], placeId: 'C3878' }),
        incident({ id: 'b', reportIds: ['R2'], placeId: 'SY07' }),
        incident({ id: 'c', reportIds: ['R3'], placeId: 'SY0200' }),
      ],
      gazetteer,
    );
    const shown = restrictClusters(clusters, new Set(['b']), gazetteer);
    expect(shown).toMatchObject([{ id: 'inc-a', recordIds: ['b'], placeId: 'SY07', links: [] }]);
  });
});
