import { describe, expect, it } from 'vitest';
import { incident, testPlaces, testReports } from '../../../test/helpers/testRecords';
import { buildGazetteer } from '../../analysis/gazetteer';
import { parseTable } from '../../ingest/parseTable';
import {
  INCIDENT_COLUMNS,
  type Incident,
  incidentRowSchema,
  incidentSchema,
} from '../../model/incident';
import { csvCell, neutraliseFormula } from './csvCell';
import { BAND_EXPLANATION, exportMeta } from './exportMeta';
import {
  compareTable,
  incidentOfRecords,
  RECORD_EXTRA_COLUMNS,
  recordsTable,
  SERIES_COLUMNS,
  seriesTable,
} from './exportTables';
import { recordsJson } from './recordsJson';
import { tableCsv } from './tableCsv';

const gazetteer = buildGazetteer(testPlaces);
const reportsById = new Map(testReports.map((r) => [r.id, r]));
const meta = (records: Incident[]) =>
  exportMeta({
    filters: {
      regions: ['SY07'],
      from: '2024-11-27',
      to: '2024-12-02',
      sources: [],
      eventTypes: [],
    },
    records,
    reportsById,
    gazetteer,
    from: '2024-11-27',
    to: '2024-12-02',
    datasetLabel: 'test',
    attribution: 'test data',
    url: 'http://127.0.0.1/?region=SY07',
    exportedAt: '2026-11-25',
    chartName: 'Deaths',
    fileWord: 'deaths',
    explanation: BAND_EXPLANATION,
  });

const NO_IDS: ReadonlySet<string> = new Set();
const recordsCsv = (records: Incident[], unpublished = NO_IDS) =>
  tableCsv(recordsTable(records, reportsById, new Map(), unpublished));

const readBack = (csv: string) =>
  parseTable(csv, {
    file: 'export.csv',
    columns: [...INCIDENT_COLUMNS, ...RECORD_EXTRA_COLUMNS],
    rowSchema: incidentRowSchema,
  });

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['إدلب', 'إدلب'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    ['  =1+1', "'  =1+1"],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    [' \t @x', "' \t @x"],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('neutralises a formula hidden after a line break inside a multi-line value only at the start', () => {
    expect(neutraliseFormula('note\n=1+1')).toBe('note\n=1+1');
    expect(neutraliseFormula('=1+1\nnote')).toBe("'=1+1\nnote");
  });
});

describe('recordsCsv', () => {
  const records = [
    incident({
      id: 'a',
      placeId: 'C3878',
      killedMin: 25,
      childrenMin: 10,
      childrenMax: 10,
      place: 'حي الثورة، إدلب',
      note: 'line one\nline "two", with comma',
    }),
    incident({ id: 'b', placeId: 'SY0701', killedMin: 5, killedMax: 6, reportIds: ['R2'] }),
  ];

  it('starts with a BOM and the header on line 1: no comment lines', () => {
    const csv = recordsCsv(records);
    expect(
      csv.startsWith(`\uFEFF${[...INCIDENT_COLUMNS, ...RECORD_EXTRA_COLUMNS].join(',')}\r\n`),
    ).toBe(true);
    expect(csv).not.toMatch(/(^|\n)"?#/);
  });

  it('marks unpublished records and gives each record its incident as counted', () => {
    const incidentOf = incidentOfRecords([
      {
        id: 'I-1',
        recordIds: ['a', 'b'],
        killedMin: 25,
        killedMax: 30,
        childrenMin: 10,
        childrenMax: 10,
      } as never,
    ]);
    const csv = tableCsv(recordsTable(records, reportsById, incidentOf, new Set(['b'])));
    const rows = csv.replace('\uFEFF', '').trim().split('\r\n');
    const header = rows[0]?.split(',') ?? [];
    const cell = (row: number, column: string) =>
      (rows[row] ?? '').split(',').at(header.indexOf(column) - header.length);
    expect(cell(2, 'status')).toBe('unpublished');
    expect(cell(2, 'incident_id')).toBe('I-1');
    expect(cell(2, 'incident_killed_lower')).toBe('25');
    expect(cell(2, 'incident_killed_upper')).toBe('30');
    // The record's own figure stays beside its incident's.
    expect(cell(2, 'killed_min')).toBe('5');
    expect(readBack(csv).records.map((r) => r.record)).toEqual(records);
  });

  it('round-trips through the project CSV reader, Arabic, quotes and newlines intact', () => {
    const parsed = readBack(recordsCsv(records));
    expect(parsed.issues).toEqual([]);
    expect(parsed.records.map((r) => r.record)).toEqual(records);
  });

  it('neutralises hostile cells so no spreadsheet runs them', () => {
    const hostile = [
      incident({
        id: 'h1',
        killedMin: 1,
        place: '=cmd|"/C calc"!A0',
        note: '+SUM(1)',
        perpetrator: '@evil',
        country: '-2+3',
      }),
      incident({ id: 'h2', killedMin: 1, note: '\t=1', place: '\r=2' }),
    ];
    const csv = recordsCsv(hostile);
    const cells = readBack(csv).records.flatMap((r) => [
      r.record.place,
      r.record.note,
      r.record.perpetrator,
      r.record.country,
    ]);
    for (const cell of cells) {
      if (cell !== null) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(cells).toContain(`'=cmd|"/C calc"!A0`);
    expect(cells).toContain("'-2+3");
  });

  it('writes only the header for an empty selection', () => {
    const csv = recordsCsv([]);
    const parsed = readBack(csv);
    expect(parsed.rowsRead).toBe(0);
    expect(parsed.issues).toEqual([]);
    expect(csv.split('\r\n')).toHaveLength(2);
  });
});

describe('recordsJson', () => {
  it('has a meta object and records that validate against the record schema', () => {
    const records = [incident({ id: 'a', killedMin: 3, place: 'إدلب' })];
    const json = JSON.parse(
      recordsJson(records, reportsById, new Map(), new Set(['a']), {
        ...meta(records),
        unpublished: 1,
      }),
    );
    expect(json.meta).toMatchObject({
      records: 1,
      unpublishedRecords: 1,
      asOf: '2024-12-02',
      exportedAt: '2026-11-25',
    });
    expect(json.records.map((r: unknown) => incidentSchema.parse(r))).toEqual(records);
    expect(json.records[0]).toMatchObject({ status: 'unpublished', incidentId: null });
    expect(json.reports.map((r: { id: string }) => r.id)).toEqual(['R1']);
  });

  it('is valid for an empty selection', () => {
    const json = JSON.parse(recordsJson([], reportsById, new Map(), NO_IDS, meta([])));
    expect(json.records).toEqual([]);
  });
});

describe('series tables', () => {
  it('writes one row per bin with lower and upper bounds', () => {
    const csv = tableCsv(
      seriesTable(
        [
          {
            start: '2024-12-01',
            end: '2024-12-01',
            lower: 25,
            upper: 30,
            childrenLower: 10,
            childrenUpper: 10,
            newLower: 25,
            newUpper: 30,
            newChildrenLower: 10,
            records: 2,
            recordIds: ['a', 'b'],
          },
        ],
        null,
      ),
    );
    expect(csv.replace('\uFEFF', '').trim().split('\r\n')).toEqual([
      SERIES_COLUMNS.join(','),
      '2024-12-01,2024-12-01,25,30,10,10,25,30,10,2,,',
    ]);
  });

  it('compare view: one column per plotted region and bound', () => {
    const table = compareTable(
      {
        regionIds: ['SY07', 'SY02'],
        rows: [
          {
            start: '2024-12-01',
            end: '2024-12-01',
            SY07: 25,
            'SY07~upper': 30,
            SY02: 4,
            'SY02~upper': 4,
          },
        ],
      },
      (id) => (id === 'SY07' ? 'Idleb' : 'Aleppo'),
    );
    expect(table.columns).toEqual([
      'period_start',
      'period_end',
      'cumulative_killed_lower SY07 Idleb',
      'cumulative_killed_upper SY07 Idleb',
      'cumulative_killed_lower SY02 Aleppo',
      'cumulative_killed_upper SY02 Aleppo',
    ]);
    expect(table.rows).toEqual([['2024-12-01', '2024-12-01', 25, 30, 4, 4]]);
  });
});

describe('exportMeta', () => {
  it('names files for what they hold', () => {
    expect(meta([]).fileStem).toBe('tolltrack-deaths-idleb-2024-11-27_2024-12-02');
  });
});
