import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_GAZETTEER } from '../../../test/fixtures/import/testGazetteer';
import { importAcled } from './importAcled';

// SYNTHETIC fixture: invented events in ACLED's export layout (see test/fixtures/import/README.md).
const fixture = readFileSync(
  new URL('../../../test/fixtures/import/acled-synthetic.csv', import.meta.url),
  'utf8',
);

describe('importAcled on the synthetic ACLED fixture', () => {
  const result = importAcled(fixture, TEST_GAZETTEER, { file: 'acled-synthetic.csv' });
  const byId = new Map(result.incidents.map((i) => [i.id, i]));

  it('accounts for every row: read = imported + rejected', () => {
    expect([result.rowsRead, result.imported, result.rejected]).toEqual([10, 6, 4]);
    expect(result.imported + result.rejected).toBe(result.rowsRead);
    expect(result.fileError).toBeNull();
  });

  it('rejects exactly the bad rows, by physical line and column', () => {
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.row, i.column])).toEqual([
      [6, 'event_date'],
      [7, 'fatalities'],
      [10, 'event_id_cnty'],
      [12, 'country'],
    ]);
    expect(errors[2]?.message).toBe(
      'duplicate event id SYRTEST0001, first on line 2 (expected each event once)',
    );
  });

  it('maps fatalities to killed_min = killed_max and reads both date forms', () => {
    expect(byId.get('acled-SYRTEST0001')).toMatchObject({
      dateStart: '2024-12-01',
      dateEnd: '2024-12-01',
      killedMin: 25,
      killedMax: 25,
      killedBest: null,
      victims: 'all',
      placeId: 'C3871',
      admin1: 'Idleb',
      admin2: 'Idleb',
      place: 'Idleb',
      eventType: 'Explosions/Remote violence: Air/drone strike',
      perpetrator: 'Military Forces of Russia (2000-)',
      attributedTo: ['Syrian Observatory for Human Rights', 'White Helmets'],
      datePrecision: 'exact',
    });
    expect(byId.get('acled-SYRTEST0002')).toMatchObject({
      dateStart: '2024-12-02',
      perpetrator: null,
      placeId: 'SY0200',
    });
    expect(byId.get('acled-SYRTEST0004')?.dateStart).toBe('2024-12-04');
  });

  it('marks week and month precision as approximate', () => {
    expect(byId.get('acled-SYRTEST0003')?.datePrecision).toBe('approximate');
    expect(byId.get('acled-SYRTEST0009')).toMatchObject({
      datePrecision: 'approximate',
      killedMin: 0,
      placeId: 'SY06',
    });
  });

  it('warns about an unknown admin2 and keeps the event at its governorate', () => {
    expect(byId.get('acled-SYRTEST0004')).toMatchObject({
      placeId: 'SY02',
      admin2: null,
      place: 'Al Atarib',
    });
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        row: 5,
        column: 'admin2',
        severity: 'warning',
        message: expect.stringContaining('placed at SY02 Aleppo'),
      }),
    );
    expect(result.unmatchedNames).toEqual([{ column: 'admin2', name: 'Atarib', rows: 1 }]);
  });

  it('keeps a multi-line quoted note and matches a community', () => {
    const incident = byId.get('acled-SYRTEST0007');
    expect(incident?.placeId).toBe('C3953');
    expect(incident?.note).toContain('commas, "quotes"\nand a line break.');
  });

  it('makes one report per source set, each used by some incident', () => {
    expect(result.reports.map((r) => r.attributedTo)).toEqual([
      ['Syrian Observatory for Human Rights', 'White Helmets'],
      ['Syrian Observatory for Human Rights'],
      ['Syrian Network for Human Rights'],
      ['SOHR', 'Syrian Observatory for Human Rights'],
    ]);
    for (const incident of result.incidents) {
      const report = result.reports.find((r) => r.id === incident.reportIds[0]);
      expect(report?.attributedTo).toEqual(expect.arrayContaining(incident.attributedTo));
    }
  });

  it('gives one error for a file that is not an ACLED export', () => {
    const ucdpLike = 'id,date_start,best\n1,2016-01-01,4\n';
    const wrong = importAcled(ucdpLike, TEST_GAZETTEER);
    expect(wrong.issues).toHaveLength(1);
    expect(wrong.fileError?.message).toMatch(
      /^does not look like an ACLED export CSV: 14 of 14 required columns missing/,
    );
    expect([wrong.rowsRead, wrong.imported, wrong.rejected]).toEqual([1, 0, 1]);
  });

  it("keeps an event whose category is not on ACLED's list, with a warning and the category in the note", () => {
    const odd = fixture.replace(
      'Explosions/Remote violence,Air/drone strike',
      'Explosions/Remote violence,Laser strike',
    );
    const r = importAcled(odd, TEST_GAZETTEER, { file: 'acled-synthetic.csv' });
    expect([r.imported, r.rejected]).toEqual([6, 4]);
    expect(r.incidents.find((i) => i.id === 'acled-SYRTEST0001')).toMatchObject({
      eventType: null,
      note: expect.stringContaining('ACLED category: Explosions/Remote violence: Laser strike'),
    });
    expect(r.issues).toContainEqual({
      file: 'acled-synthetic.csv',
      row: 2,
      column: 'sub_event_type',
      message:
        '"Explosions/Remote violence: Laser strike" is not one of ACLED\'s event types (data/README.md §6); event_type left empty and the category kept in the note',
      severity: 'warning',
    });
  });
});
