import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TEST_GAZETTEER } from '../../../test/fixtures/import/testGazetteer';
import { importUcdpGed, spanOf, UCDP_SYRIA_PUBLISHER } from './importUcdpGed';

/*
 * SYNTHETIC rows in the GED Syria layout (all 41 columns, in UCDP's order). The figures are made
 * up for the test; the real file is checked in importUcdpGed.real.test.ts.
 */
const GED_HEADER =
  'id,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a_new_id,side_a,side_b_new_id,gwnob,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high'.split(
    ',',
  );

const gedRow = (cells: Record<string, string>): Record<string, string> => ({
  id: '1',
  year: '2016',
  active_year: '1',
  type_of_violence: '1',
  conflict_name: 'Syria: Government',
  dyad_new_id: '11973',
  dyad_name: 'Government of Syria - Syrian insurgents',
  side_a: 'Government of Syria',
  side_b: 'Syrian insurgents',
  source_article: '"SOHR,2016-01-01,synthetic headline',
  source_office: 'SOHR',
  where_prec: '1',
  where_coordinates: 'Synthetic town',
  adm_1: 'Idlib Governorate',
  adm_2: 'Markaz Idlib district',
  latitude: '35.9',
  longitude: '36.6',
  country: 'Syria',
  country_id: '652',
  region: 'Middle East',
  date_prec: '1',
  date_start: '2016-01-01',
  date_end: '2016-01-01',
  deaths_civilians: '1',
  low: '2',
  best: '3',
  high: '4',
  ...cells,
});

const gedCsv = (rows: Record<string, string>[]): string =>
  Papa.unparse(
    { fields: GED_HEADER, data: rows.map((r) => GED_HEADER.map((c) => r[c] ?? '')) },
    { newline: '\n' },
  );

describe('importUcdpGed (synthetic rows)', () => {
  const csv = gedCsv([
    gedRow({ id: '10' }),
    gedRow({
      id: '11',
      type_of_violence: '3',
      dyad_new_id: '973',
      side_a: 'IS',
      side_b: 'Civilians',
      date_prec: '4',
      date_end: '2016-01-31',
      source_office: 'SOHR;SOHR;Airwars',
    }),
    gedRow({
      id: '12',
      adm_1: 'Aleppo Governorate',
      adm_2: 'Atarib district',
      source_headline: 'two\nlines',
    }),
    gedRow({ id: '13', adm_1: '', adm_2: '', low: '0', best: '0', high: '0' }),
    gedRow({ id: '14', low: '5', best: '3', high: '4' }),
    gedRow({ id: '15', date_start: '2016-02-30' }),
    gedRow({ id: '10' }),
    gedRow({ id: '17', type_of_violence: '4' }),
    gedRow({ id: '18', source_office: 'Airwars;SOHR' }),
    gedRow({ id: '19', dyad_new_id: '' }),
  ]);
  const result = importUcdpGed(csv, TEST_GAZETTEER, { file: 'ged.csv' });
  const byId = new Map(result.incidents.map((i) => [i.id, i]));

  it('accounts for every row', () => {
    expect([result.rowsRead, result.imported, result.rejected]).toEqual([10, 6, 4]);
  });

  it.each([
    // [low, best, high] → [min, best, max, column warned]
    [
      [5, 3, 4],
      [3, 3, 5, 'low'],
    ],
    [
      [177, 142, 177],
      [142, 142, 177, 'low'],
    ],
    [
      [2, 9, 4],
      [2, 9, 9, 'high'],
    ],
    [
      [0, 0, 0],
      [0, 0, 0, null],
    ],
    [
      [1, 2, 3],
      [1, 2, 3, null],
    ],
  ] as const)(
    'spans out-of-order figures lowest to highest, best kept: %j',
    (figures, expected) => {
      const [low, best, high] = figures;
      const span = spanOf(low, best, high);
      expect([span.min, best, span.max, span.outOfOrder]).toEqual([...expected]);
    },
  );

  it('imports an event whose figures are out of order, with a warning and a note', () => {
    expect(byId.get('ucdp-14')).toMatchObject({
      killedMin: 3,
      killedBest: 3,
      killedMax: 5,
      note: "1 civilians; UCDP's figures out of order (low 5, best 3, high 4); range is lowest to highest",
    });
    const warning = result.issues.find((i) => i.row === 7);
    expect(warning).toMatchObject({ column: 'low', severity: 'warning' });
    expect(warning?.message).toContain(
      'UCDP gives low 5, best 3, high 4, which are not in order (expected low ≤ best ≤ high); imported with the range 3–5',
    );
  });

  it('maps low/best/high, dates, type, place and source', () => {
    expect(byId.get('ucdp-10')).toEqual({
      id: 'ucdp-10',
      reportIds: ['ucdp-11973-sohr'],
      kind: 'incident',
      dateStart: '2016-01-01',
      dateEnd: '2016-01-01',
      periodStart: null,
      country: 'Syria',
      // Left empty: place_id says it, and places.csv names SY0700's district and governorate.
      admin1: null,
      admin2: null,
      place: null,
      placeId: 'SY0700',
      killedMin: 2,
      killedMax: 4,
      childrenMin: null,
      childrenMax: null,
      womenMin: null,
      womenMax: null,
      injuredMin: null,
      injuredMax: null,
      eventType: 'state-based',
      perpetrator: null,
      note: '1 civilians',
      // Left empty: read as the report's attributed_to.
      attributedTo: [],
      coversIds: [],
      datePrecision: 'exact',
      totalType: null,
      victims: 'all',
      killedBest: 3,
      supersedes: [],
      // GED's latitude, longitude and where_prec.
      coordinates: { lat: 35.9, lon: 36.6, precision: 1 },
    });
  });

  it('gives one-sided violence a perpetrator, approximate dates and deduplicated sources', () => {
    expect(byId.get('ucdp-11')).toMatchObject({
      eventType: 'one-sided violence',
      perpetrator: 'IS',
      datePrecision: 'approximate',
      dateEnd: '2016-01-31',
      attributedTo: [],
      reportIds: ['ucdp-973-airwars-sohr'],
    });
  });

  it('gives each (source offices, dyad) pair one report holding the offices and the two sides', () => {
    const url = 'https://ucdp.uu.se/downloads/';
    const report = (id: string, attributedTo: string[], title: string) => ({
      id,
      publisher: UCDP_SYRIA_PUBLISHER,
      attributedTo,
      url,
      published: null,
      title,
      language: 'en',
    });
    expect(result.reports).toEqual([
      report(
        'ucdp-11973-sohr',
        ['SOHR'],
        'UCDP GED events, dyad: Government of Syria – Syrian insurgents; sources: SOHR',
      ),
      report(
        'ucdp-973-airwars-sohr',
        ['Airwars', 'SOHR'],
        'UCDP GED events, dyad: IS – Civilians; sources: Airwars; SOHR',
      ),
      report(
        'ucdp-11973-airwars-sohr',
        ['Airwars', 'SOHR'],
        'UCDP GED events, dyad: Government of Syria – Syrian insurgents; sources: Airwars; SOHR',
      ),
    ]);
    // Same dyad, same offices in another order: the same report.
    expect(byId.get('ucdp-12')?.reportIds).toEqual(['ucdp-11973-sohr']);
    expect(byId.get('ucdp-18')?.reportIds).toEqual(['ucdp-11973-airwars-sohr']);
  });

  it('leaves the note empty, with a warning, when deaths_civilians is not a count', () => {
    const r = importUcdpGed(gedCsv([gedRow({ deaths_civilians: '' })]), TEST_GAZETTEER);
    expect(r.incidents[0]?.note).toBeNull();
    expect(r.issues).toEqual([
      expect.objectContaining({ column: 'deaths_civilians', severity: 'warning' }),
    ]);
  });

  it('keeps two dyads apart if UCDP gave one dyad id two different pairs of sides', () => {
    const r = importUcdpGed(
      gedCsv([gedRow({ id: '1' }), gedRow({ id: '2', side_b: 'Other side' })]),
      TEST_GAZETTEER,
    );
    expect(r.reports.map((x) => [x.id, x.title])).toEqual([
      [
        'ucdp-11973-sohr',
        'UCDP GED events, dyad: Government of Syria – Syrian insurgents; sources: SOHR',
      ],
      [
        'ucdp-11973-sohr-2',
        'UCDP GED events, dyad: Government of Syria – Other side; sources: SOHR',
      ],
    ]);
  });

  it('keeps an event with an unknown district at its governorate, with a warning', () => {
    expect(byId.get('ucdp-12')).toMatchObject({
      placeId: 'SY02',
      admin1: null,
      admin2: null,
      place: 'Atarib district',
    });
    expect(result.issues).toContainEqual({
      file: 'ged.csv',
      row: 4,
      column: 'adm_2',
      message:
        '"Atarib district" matches no district in the gazetteer (by name or alt_names); event placed at SY02 Aleppo (governorate)',
      severity: 'warning',
    });
  });

  it('places an event without admin names at the country, and keeps a zero toll as zero', () => {
    expect(byId.get('ucdp-13')).toMatchObject({
      placeId: 'SY',
      admin1: null,
      killedMin: 0,
      killedBest: 0,
      killedMax: 0,
    });
  });

  it('rejects impossible dates, duplicate ids and unknown types on their physical lines', () => {
    const errors = result.issues.filter((i) => i.severity === 'error');
    // Row 12 has a two-line headline, so everything after it sits one line lower.
    expect(errors.map((i) => [i.row, i.column])).toEqual([
      [8, 'date_start'],
      [9, 'id'],
      [10, 'type_of_violence'],
      [12, 'dyad_new_id'],
    ]);
    expect(errors[0]?.message).toContain('"2016-02-30"');
  });

  it('gives ONE error for a GED file with a column renamed', () => {
    const renamed = csv.replace(',best,', ',best_est,');
    const bad = importUcdpGed(renamed, TEST_GAZETTEER);
    expect(bad.issues).toHaveLength(1);
    expect(bad.fileError?.message).toContain('1 of 16 required columns missing (best)');
    expect(bad.rejected).toBe(bad.rowsRead);
  });

  it('keeps rowsRead = imported + rejected for any mix of good and broken rows', () => {
    const cellValue = fc.oneof(
      fc.constantFrom(
        '',
        '0',
        '7',
        '-1',
        'x',
        '2016-01-01',
        '2016-13-01',
        'Idlib Governorate',
        'SOHR;',
      ),
      fc.string({ maxLength: 6 }),
    );
    const columns = fc.constantFrom(
      'id',
      'low',
      'best',
      'high',
      'date_start',
      'date_end',
      'date_prec',
      'type_of_violence',
      'dyad_new_id',
      'adm_1',
      'adm_2',
      'country',
      'source_office',
    );
    const row = fc.record({
      id: fc.nat(30),
      edits: fc.array(fc.tuple(columns, cellValue), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
        const text = gedCsv(
          rows.map(({ id, edits }) => gedRow({ id: String(id), ...Object.fromEntries(edits) })),
        );
        const r = importUcdpGed(text, TEST_GAZETTEER);
        const rejectedLines = new Set(
          r.issues.filter((i) => i.severity === 'error').map((i) => i.row),
        );
        return (
          r.rowsRead === rows.length &&
          r.imported + r.rejected === r.rowsRead &&
          r.incidents.length === r.imported &&
          (r.fileError !== null || rejectedLines.size === r.rejected)
        );
      }),
      { numRuns: 200 },
    );
  });
});
