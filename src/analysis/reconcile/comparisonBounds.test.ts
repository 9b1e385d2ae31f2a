import { describe, expect, it } from 'vitest';
import { incident, testPlaces } from '../../../test/helpers/testRecords';
import type { Incident } from '../../model/incident';
import { buildGazetteer } from '../gazetteer';
import { clusterIncidents } from './clusterIncidents';
import {
  MAX_INCIDENT_RECORDS,
  MAX_RECORDS_PER_PLACE_DAY,
  type NotCompared,
} from './comparisonBounds';
import { reconcileWarnings } from './reconcileWarnings';

const gazetteer = buildGazetteer(testPlaces);

/** n records of one district and day, each from its own report: every pair matches. */
const sameDay = (n: number, day = '2024-12-01', prefix = 'P'): Incident[] =>
  Array.from({ length: n }, (_, i) =>
    incident({
      id: `${prefix}${String(i).padStart(5, '0')}`,
      reportIds: [`R${prefix}${i}`],
      dateStart: day,
      dateEnd: day,
    }),
  );

const cluster = (records: Incident[], maxComparedPairs?: number) => {
  const notCompared: NotCompared[] = [];
  const clusters = clusterIncidents(records, gazetteer, [], {
    onNotCompared: (n) => notCompared.push(n),
    ...(maxComparedPairs === undefined ? {} : { maxComparedPairs }),
  });
  return { clusters, notCompared };
};

describe('bounded clustering', () => {
  it('compares a place and day with up to the cap of records', () => {
    const { clusters, notCompared } = cluster(sameDay(MAX_INCIDENT_RECORDS));
    expect(notCompared).toEqual([]);
    expect(clusters).toHaveLength(1);
  });

  it('leaves a place and day with more records than the cap uncompared, and says so', () => {
    const dense = sameDay(MAX_RECORDS_PER_PLACE_DAY + 1);
    const other = sameDay(2, '2024-12-02', 'Q');
    const { clusters, notCompared } = cluster([...dense, ...other]);
    expect(notCompared).toHaveLength(1);
    expect(notCompared[0]?.recordIds).toEqual(dense.map((r) => r.id));
    expect(notCompared[0]?.message).toBe(
      '1,001 records in Idleb (SY07, governorate) and the places in it start on 2024-12-01: more than 1,000 in one place and day (500,500 pairs), so they were not compared with each other or with other records; none of them is clustered with another record or checked for duplicates (expected fewer records per place and day; merge duplicates with cluster-decisions.csv)',
    );
    // The dense day's records stay alone; the other day is still clustered.
    expect(clusters).toHaveLength(1_001 + 1);
    expect(clusters.find((c) => c.recordIds.includes('Q00000'))?.recordIds).toEqual([
      'Q00000',
      'Q00001',
    ]);
  });

  it('caps an incident at MAX_INCIDENT_RECORDS records and counts the matches left apart', () => {
    const { clusters, notCompared } = cluster(sameDay(MAX_INCIDENT_RECORDS + 3));
    expect(clusters.map((c) => c.recordIds.length).sort((a, b) => b - a)).toEqual([50, 3]);
    // 3 records outside the full incident each matched its 50 members: 150 pairs left apart.
    expect(notCompared.map((n) => n.message)).toEqual([
      expect.stringMatching(
        /^150 matching pair\(s\) of records were not joined because the incident would have more than 50 records \(incidents of P00000\)/,
      ),
    ]);
  });

  it('stops at the cap of compared pairs and names the record where it stopped', () => {
    // 20 records: 190 pairs; the first six give 19 + 18 + … + 14 = 99, so pair 101 is P00006's.
    const { notCompared } = cluster(sameDay(20), 100);
    expect(notCompared).toEqual([
      {
        recordIds: ['P00006'],
        message: expect.stringMatching(
          /^Clustering stopped after 100 pairs of records \(the cap\): P00006 \(starting 2024-12-01\) and 13 later record\(s\) were not compared/,
        ),
      },
    ]);
  });

  it('keeps duplicate warnings within the cap and says where they stopped', () => {
    // One report, two organisations each: never clustered, every pair a likely duplicate.
    const records = sameDay(30).map((r) => ({
      ...r,
      reportIds: ['R1'],
      attributedTo: [`Org ${r.id}`],
    }));
    const warnings = reconcileWarnings({
      file: 'incidents.csv',
      records,
      clusters: clusterIncidents(records, gazetteer),
      decisions: [],
      checks: [],
      gazetteer,
      lineOf: (id) => Number(id.slice(1)) + 2,
      maxDuplicateWarnings: 10,
    });
    expect(warnings).toHaveLength(11);
    const stopped = warnings.filter((w) =>
      w.message.includes('stopped after listing 10 (the cap)'),
    );
    expect(stopped).toHaveLength(1);
  });

  it('does not check records clustering left uncompared for duplicates', () => {
    const records = sameDay(5);
    const warnings = reconcileWarnings({
      file: 'incidents.csv',
      records,
      clusters: records.map((r) => ({ ...clusterIncidents([r], gazetteer)[0] }) as never),
      decisions: [],
      checks: [],
      gazetteer,
      lineOf: () => 2,
      notCompared: new Set(records.map((r) => r.id)),
    });
    expect(warnings).toEqual([]);
  });
});
