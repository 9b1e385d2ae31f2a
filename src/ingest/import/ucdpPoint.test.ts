import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_GAZETTEER } from '../../../test/fixtures/import/testGazetteer';
import { incidentRowSchema, incidentToRow } from '../../model/incident';
import { importUcdpGed } from './importUcdpGed';

/* test/fixtures/import/ucdp-ged-synthetic.csv: seven invented events, see its README. */
const FIXTURE = 'test/fixtures/import/ucdp-ged-synthetic.csv';

describe('importUcdpGed keeps each event’s point', () => {
  const result = importUcdpGed(readFileSync(FIXTURE, 'utf8'), TEST_GAZETTEER, { file: 'ged.csv' });
  const byId = new Map(result.incidents.map((i) => [i.id, i]));

  it('imports every event, with or without a point', () => {
    expect([result.rowsRead, result.imported, result.rejected]).toEqual([7, 7, 0]);
  });

  it.each([
    ['ucdp-1', { lat: 35.931991, lon: 36.634909, precision: 1 }, 'SY0700'],
    ['ucdp-2', { lat: 35.78511, lon: 36.68228, precision: 4 }, 'SY07'],
    // Kept as UCDP gives it; the map never draws a country-level event as a point.
    ['ucdp-3', { lat: 35.01105, lon: 38.51123, precision: 6 }, 'SY'],
    ['ucdp-4', undefined, 'SY0700'],
    ['ucdp-5', undefined, 'SY0700'],
    ['ucdp-6', undefined, 'SY0700'],
    ['ucdp-7', { lat: 35.904, lon: 36.7238, precision: null }, 'SY0700'],
  ])('%s: point %j at %s', (id, coordinates, placeId) => {
    expect(byId.get(id)?.coordinates).toEqual(coordinates);
    expect(byId.get(id)?.placeId).toBe(placeId);
  });

  it('warns, with row and column, for a point it cannot read', () => {
    const warnings = result.issues
      .filter((i) => i.severity === 'warning' && /point|precision/.test(i.message))
      .map((i) => `${i.row} ${i.column} ${i.message}`);
    expect(warnings).toEqual([
      '5 longitude is empty while latitude is not (expected both coordinates, or neither); event imported without a point',
      '6 latitude "95.2" is out of range (expected a latitude from -90 to 90); event imported without a point',
      '8 where_prec "9" is not a GED location precision (expected 1 to 7); point imported without a precision',
    ]);
  });

  it('writes the point as incidents.csv cells that read back the same', () => {
    for (const incident of result.incidents) {
      const parsed = incidentRowSchema.safeParse(incidentToRow(incident));
      expect(parsed.success).toBe(true);
      expect(parsed.data?.coordinates).toEqual(incident.coordinates);
    }
    const first = byId.get('ucdp-1');
    expect(first && incidentToRow(first)).toMatchObject({
      latitude: '35.931991',
      longitude: '36.634909',
      coord_precision: '1',
    });
  });

  it('gives no point and no warning for a GED file without the point columns', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const [header, ...rows] = text.split('\n');
    const columns = (header ?? '').split(',');
    const drop = new Set(
      ['latitude', 'longitude', 'where_prec', 'geom_wkt'].map((c) => columns.indexOf(c)),
    );
    const strip = (line: string) =>
      line
        .split(',')
        .filter((_, k) => !drop.has(k))
        .join(',');
    const without = importUcdpGed([header ?? '', ...rows].map(strip).join('\n'), TEST_GAZETTEER);
    expect(without.imported).toBe(7);
    expect(without.incidents.filter((i) => i.coordinates)).toEqual([]);
    expect(without.issues.filter((i) => /point|precision/.test(i.message))).toEqual([]);
  });
});
