import { describe, expect, it } from 'vitest';
import { incident, testPlaces, testReports } from '../../../test/helpers/testRecords';
import { buildGazetteer } from '../gazetteer';
import { NOT_IN_ONE_GOVERNORATE } from '../headlineFigures';
import { clusterIncidents } from './clusterIncidents';
import { incidentTotals } from './incidentTotals';

const gazetteer = buildGazetteer(testPlaces);
const reportsById = new Map(testReports.map((r) => [r.id, r]));

describe('incidentTotals', () => {
  it('is zero for no incidents', () => {
    expect(incidentTotals([], reportsById)).toMatchObject({
      incidents: 0,
      killedMin: 0,
      killedMax: 0,
      byAdmin1: {},
      bySource: {},
    });
  });

  it('counts each incident once, from its lowest to its highest source figure', () => {
    const clusters = clusterIncidents(
      [
        // One strike, two sources: 4 and at least 7 → 4 to 7, counted once.
        incident({ id: 'a', reportIds: ['R1'], placeId: 'C3878', killedMin: 4, killedMax: 4 }),
        incident({ id: 'b', reportIds: ['R2'], placeId: 'C3878', killedMin: 7 }),
        // The same organisation relayed by two outlets, on another strike: 3 and 3.
        incident({
          id: 'c',
          reportIds: ['R1'],
          placeId: 'SY0200',
          killedMin: 3,
          killedMax: 3,
          attributedTo: ['White Helmets'],
        }),
        incident({
          id: 'd',
          reportIds: ['R2'],
          placeId: 'SY02',
          killedMin: 3,
          killedMax: 3,
          childrenMin: 1,
          attributedTo: ['White Helmets'],
        }),
        incident({ id: 'e', reportIds: ['R1'], placeId: 'SY', killedMin: null }),
      ],
      gazetteer,
    );
    const totals = incidentTotals(clusters, reportsById);
    expect(totals).toMatchObject({
      incidents: 3,
      killedMin: 7,
      killedMax: 10,
      childrenMin: 1,
      incidentsOpenEnded: 1,
      incidentsKilledUnknown: 1,
      incidentsWithDisagreement: 1,
      byAdmin1: {
        Idleb: { killedMin: 4, killedMax: 7, childrenMin: 0, incidents: 1 },
        Aleppo: { killedMin: 3, killedMax: 3, childrenMin: 1, incidents: 1 },
        [NOT_IN_ONE_GOVERNORATE]: { killedMin: 0, killedMax: 0, incidents: 1 },
      },
    });
    // Each organisation's own figures: White Helmets' 3, relayed twice, counts once; record e
    // (report R1, no figure) is theirs too but adds nothing.
    expect(totals.bySource['White Helmets']).toEqual({
      killedMin: 7,
      killedMax: 7,
      childrenMin: 1,
      records: 4,
      incidents: 3,
    });
    expect(totals.bySource.SOHR).toEqual({
      killedMin: 7,
      killedMax: 7,
      childrenMin: 0,
      records: 1,
      incidents: 1,
    });
    // The governorates add up to the headline.
    const regions = Object.values(totals.byAdmin1);
    expect(regions.reduce((s, r) => s + r.killedMin, 0)).toBe(totals.killedMin);
    expect(regions.reduce((s, r) => s + r.killedMax, 0)).toBe(totals.killedMax);
  });
});
