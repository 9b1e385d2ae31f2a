import { describe, expect, it } from 'vitest';
import { incident, testPlaces } from '../../../test/helpers/testRecords';
import { clusterIncidents as referenceClusterIncidents } from '../../../test/reference/referenceClusterIncidents';
import { cumulativeChecks as referenceCumulativeChecks } from '../../../test/reference/referenceCumulativeChecks';
import type { ClusterDecision } from '../../model/clusterDecision';
import type { Incident } from '../../model/incident';
import type { Place } from '../../model/place';
import { buildGazetteer } from '../gazetteer';
import { clusterIncidents } from './clusterIncidents';
import { cumulativeChecks } from './cumulativeChecks';

/**
 * The indexed clusterIncidents and cumulativeChecks against the pre-optimisation reference
 * (src/analysis/reconcile/testing/): identical output on seeded random datasets (fictional
 * records, not real events).
 */

const place = (
  id: string,
  level: Place['level'],
  parentId: string | null,
  name: string,
): Place => ({
  id,
  level,
  parentId,
  name,
  altNames: [],
  lat: 35,
  lon: 37,
  nameAr: null,
});

/** testPlaces plus more towns, a sub-district and a governorate without districts. */
const places: Place[] = [
  ...testPlaces,
  place('C3879', 4, 'SY0700', 'Town B'),
  place('C3880', 4, 'SY0701', 'Town C'),
  place('SY020000', 3, 'SY0200', 'Sub-district D'),
  place('C1001', 4, 'SY020000', 'Town E'),
  place('C1002', 4, 'SY0200', 'Town F'),
  place('SY03', 1, 'SY', 'Governorate G'),
];
const gazetteer = buildGazetteer(places);
/** Where records are placed: every level, the country, and an id missing from the gazetteer. */
const PLACE_IDS = [...places.map((p) => p.id), 'C3878', 'SY0700', 'SY07', 'X999'];
const REGION_IDS = ['SY07', 'SY02', 'SY03', 'SY0700', 'SY0701', 'SY0200', 'C3878', 'X999'];
const EVENT_TYPES = [
  'air strike',
  'drone strike',
  'shelling',
  'rocket attack',
  'missile attack',
  'ground clash',
  'attack',
  'hostilities',
  'unknown',
  ' Air  Strike ',
  null,
];
const REPORTS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6'];

/** mulberry32 */
const seeded = (seed: number) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  return { next, int, pick };
};

const day = (d: number) => `2024-12-${String(1 + d).padStart(2, '0')}`;

const dataset = (seed: number, size: number, duplicateIds = false) => {
  const { next, int, pick } = seeded(seed);
  const records: Incident[] = [];
  for (let n = 0; n < size; n++) {
    const id =
      duplicateIds && n > 0 && next() < 0.1
        ? (records[int(records.length)]?.id ?? `r${n}`)
        : `r${int(3) === 0 ? n : String(n).padStart(3, '0')}`;
    const start = int(12);
    const approximate = next() < 0.25;
    const span = next() < 0.3 ? 1 + int(4) : 0;
    const undated = next() < 0.04;
    const killedMin = next() < 0.15 ? null : int(30);
    const figures = {
      killedMin,
      killedMax: killedMin === null || next() < 0.3 ? null : killedMin + int(5),
      childrenMin: killedMin !== null && next() < 0.3 ? int(killedMin + 1) : null,
      victims: pick(['civilians', 'combatants', 'all', 'unknown'] as const),
      perpetrator: pick([null, 'Party A', 'party a ', 'Party B', 'all parties']),
      eventType: pick(EVENT_TYPES),
      reportIds: next() < 0.2 ? [pick(REPORTS), pick(REPORTS)] : [pick(REPORTS)],
    };
    if (next() < 0.12) {
      const nationwide = next() < 0.5;
      const covers = nationwide && next() < 0.6;
      records.push(
        incident({
          id,
          kind: 'cumulative',
          totalType: 'running',
          placeId: nationwide ? 'SY' : pick(REGION_IDS),
          coversIds: covers ? [pick(REGION_IDS), pick(REGION_IDS)].slice(0, 1 + int(2)) : [],
          periodStart: next() < 0.5 ? null : day(int(8)),
          dateStart: null,
          dateEnd: next() < 0.05 ? null : day(4 + int(10)),
          datePrecision: next() < 0.2 ? 'approximate' : 'exact',
          ...figures,
          killedMin: figures.killedMin === null ? null : figures.killedMin * int(6),
        }),
      );
      continue;
    }
    records.push(
      incident({
        id,
        placeId: pick(PLACE_IDS),
        dateStart: undated ? null : day(start),
        dateEnd: undated ? null : day(start + span),
        datePrecision: approximate ? 'approximate' : 'exact',
        killedBest: next() < 0.1 ? int(20) : null,
        ...figures,
      }),
    );
  }
  const ids = records.map((r) => r.id);
  const decisions: ClusterDecision[] = Array.from({ length: int(5) }, (_, k) => ({
    action: next() < 0.6 ? 'merge' : 'split',
    recordIds: [
      pick(ids),
      pick(ids),
      ...(next() < 0.3 ? [pick(ids)] : []),
      ...(next() < 0.1 ? ['gone'] : []),
    ],
    note: `decision ${k}`,
  }));
  // Shuffled, so neither function may rely on the input's order.
  for (let i = records.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [records[i], records[j]] = [records[j] as Incident, records[i] as Incident];
  }
  return { records, decisions };
};

const expectSame = (records: Incident[], decisions: ClusterDecision[]) => {
  const clusters = clusterIncidents(records, gazetteer, decisions);
  const reference = referenceClusterIncidents(records, gazetteer, decisions);
  expect(clusters).toEqual(reference);
  expect(cumulativeChecks(records, clusters, gazetteer)).toEqual(
    referenceCumulativeChecks(records, reference, gazetteer),
  );
};

describe('clusterIncidents and cumulativeChecks match the pre-optimisation reference', () => {
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))('seeded dataset %i', (seed) => {
    const { records, decisions } = dataset(seed, 20 + (seed % 7) * 30);
    expectSame(records, decisions);
  });

  it.each([101, 102, 103, 104, 105])('seeded dataset %i without decisions', (seed) => {
    const { records } = dataset(seed, 300);
    expectSame(records, []);
  });

  it.each([201, 202, 203, 204, 205])('seeded dataset %i with repeated ids', (seed) => {
    const { records, decisions } = dataset(seed, 120, true);
    expectSame(records, decisions);
  });

  it('the checks of clusters of another, unchanged clustering', () => {
    const { records } = dataset(301, 200);
    const reference = referenceClusterIncidents(records, gazetteer);
    expect(cumulativeChecks(records, reference, gazetteer)).toEqual(
      referenceCumulativeChecks(records, reference, gazetteer),
    );
  });
});
