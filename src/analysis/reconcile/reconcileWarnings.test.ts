import { describe, expect, it } from 'vitest';
import { incident, testPlaces } from '../../../test/helpers/testRecords';
import type { ClusterDecision } from '../../model/clusterDecision';
import type { Incident } from '../../model/incident';
import { formatRowIssue } from '../../model/rowIssue';
import { buildGazetteer } from '../gazetteer';
import { clusterIncidents } from './clusterIncidents';
import { cumulativeChecks } from './cumulativeChecks';
import { reconcileWarnings } from './reconcileWarnings';

const gazetteer = buildGazetteer(testPlaces);

const warningsFor = (records: Incident[], decisions: ClusterDecision[] = []): string[] => {
  const clusters = clusterIncidents(records, gazetteer, decisions);
  const lines = new Map(records.map((r, i) => [r.id, i + 2]));
  return reconcileWarnings({
    file: 'incidents.csv',
    records,
    clusters,
    decisions,
    checks: cumulativeChecks(records, clusters, gazetteer),
    gazetteer,
    lineOf: (id) => lines.get(id) ?? 0,
  }).map(formatRowIssue);
};

describe('reconcileWarnings', () => {
  it('says nothing when records are clustered or clearly apart', () => {
    expect(
      warningsFor([
        incident({ id: 'a', reportIds: ['R1'], placeId: 'C3878' }),
        incident({ id: 'b', reportIds: ['R2'], placeId: 'SY07' }),
        incident({ id: 'c', reportIds: ['R3'], placeId: 'SY0200' }),
      ]),
    ).toEqual([]);
  });

  it('warns about same-day, same-governorate records whose places are side by side', () => {
    expect(
      warningsFor([
        incident({ id: 'a', reportIds: ['R1'], placeId: 'SY0700' }),
        incident({ id: 'b', reportIds: ['R2'], placeId: 'SY0701' }),
      ]),
    ).toEqual([
      'incidents.csv:3:id: b is likely the same event as a: same day 2024-12-01, both in Idleb, event type air strike, different reports; not clustered because Idleb (SY0700, district) and Ariha (SY0701, district) are not one inside the other (expected a merge or split decision in cluster-decisions.csv)',
    ]);
  });

  it('warns about identical figures from one organisation that are not clustered', () => {
    const [warning] = warningsFor([
      incident({ id: 'a', reportIds: ['R1'], killedMin: 3, killedMax: 3, attributedTo: ['WH'] }),
      incident({
        id: 'b',
        reportIds: ['R2'],
        placeId: 'SY0200',
        killedMin: 3,
        killedMax: 3,
        attributedTo: ['WH'],
      }),
    ]);
    expect(warning).toMatch(/^incidents\.csv:3:id: b gives the same figure as a \(3 killed, WH\)/);
  });

  it('warns about two organisations in one report on the same place and day', () => {
    const [warning] = warningsFor([
      incident({ id: 'a', reportIds: ['R1'], killedMin: 11, attributedTo: ['SOHR'] }),
      incident({ id: 'b', reportIds: ['R1'], killedMin: 6, attributedTo: ['Al-Mayadeen'] }),
    ]);
    expect(warning).toMatch(/^incidents\.csv:3:id: b and a come from the same report R1/);
  });

  it('stays quiet about a pair an analyst decided on', () => {
    expect(
      warningsFor(
        [
          incident({ id: 'a', reportIds: ['R1'], placeId: 'SY0700' }),
          incident({ id: 'b', reportIds: ['R2'], placeId: 'SY0701' }),
        ],
        [{ action: 'split', recordIds: ['a', 'b'], note: 'two villages' }],
      ),
    ).toEqual([]);
  });

  it('warns on the statement when incidents exceed it', () => {
    const [warning] = warningsFor([
      incident({ id: 'a', reportIds: ['R1'], placeId: 'SY07', killedMin: 9, killedMax: 9 }),
      incident({
        id: 's',
        kind: 'cumulative',
        totalType: 'daily',
        periodStart: '2024-12-01',
        placeId: 'SY07',
        killedMin: 5,
        killedMax: 5,
        eventType: 'hostilities',
      }),
    ]);
    expect(warning).toBe(
      "incidents.csv:3:killed_min: s: incidents sum to at least 9, more than the 5 stated; check the coding of these incidents and of the statement (incidents inc-a in Idleb, 2024-12-01…2024-12-01; expected their lowest figures to add up to no more than the statement's 5)",
    );
  });
});
