import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../analysis/gazetteer';
import { incident, testPlaces, testReports } from '../../analysis/testRecords';
import { parseTable } from '../../ingest/parseTable';
import {
  INCIDENT_COLUMNS,
  type Incident,
  incidentRowSchema,
  incidentSchema,
} from '../../model/incident';
import { csvCell, neutraliseFormula } from './csvCell';
import { BAND_EXPLANATION, exportMeta } from './exportMeta';
import { EXPORT_EXTRA_COLUMNS, recordsCsv } from './recordsCsv';
import { recordsJson } from './recordsJson';
import { SERIES_COLUMNS, seriesCsv } from './seriesCsv';

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

const readBack = (csv: string) =>
  parseTable(csv, {
    file: 'export.csv',
    columns: [...INCIDENT_COLUMNS, ...EXPORT_EXTRA_COLUMNS],
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

  it('starts with a BOM and comment lines, then the dataset header', () => {
    const csv = recordsCsv(records, reportsById, meta(records));
    expect(csv.startsWith('\uFEFF"# Deaths in Idleb governorate, 27 Nov – 2 Dec 2024"')).toBe(true);
    expect(csv).toContain(`\r\n${[...INCIDENT_COLUMNS, ...EXPORT_EXTRA_COLUMNS].join(',')}\r\n`);
    expect(csv).toContain('"# Sources: SOHR, White Helmets; compiled by Tolltrack."');
  });

  it('round-trips through the project CSV reader, Arabic, quotes and newlines intact', () => {
    const parsed = readBack(recordsCsv(records, reportsById, meta(records)));
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
    const csv = recordsCsv(hostile, reportsById, meta(hostile));
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
    const csv = recordsCsv([], reportsById, meta([]));
    const parsed = readBack(csv);
    expect(parsed.rowsRead).toBe(0);
    expect(parsed.issues).toEqual([]);
    expect(csv).toContain('# 0 records from 0 reports');
  });
});

describe('metadata lines', () => {
  // A shared link can carry any filter value: a source named to break out of its comment line.
  const hostileMeta = (records: Incident[]) => {
    const m = meta(records);
    const filterText = 'attributed to: x\n=HYPERLINK("http://evil"),＝1+1, @SUM(1)';
    return { ...m, title: `x\r\n+cmd, -2`, filterText, sourceLine: 'a,"=1"', url: '=x' };
  };

  it.each([
    ['recordsCsv', (m: ReturnType<typeof meta>) => recordsCsv([], reportsById, m)],
    ['seriesCsv', (m: ReturnType<typeof meta>) => seriesCsv([], m)],
  ])('%s: no filter value from a link can start a cell', (_, write) => {
    const csv = write(hostileMeta([])).replace('\uFEFF', '');
    const lines = csv.split('\r\n').filter((l) => l !== '');
    const comments = lines.filter((l) => l.startsWith('#') || l.startsWith('"#'));
    expect(comments.length).toBeGreaterThanOrEqual(5);
    // Every line is a comment or the header: nothing the values held became a line of its own.
    expect(lines.length).toBe(comments.length + 1);
    for (const line of comments) {
      // One cell: unquoted with no comma or quote, or quoted whole.
      expect(line).toMatch(/^# [^,"]*$|^"# ([^"]|"")*"$/);
    }
    expect(comments.join('\n')).toContain('x =HYPERLINK(""http://evil""),＝1+1, @SUM(1)');
  });

  it('reads back after quoted comment lines', () => {
    const records = [incident({ id: 'a', killedMin: 2 })];
    const parsed = readBack(recordsCsv(records, reportsById, hostileMeta(records)));
    expect(parsed.issues).toEqual([]);
    expect(parsed.records.map((r) => r.record.id)).toEqual(['a']);
  });
});

describe('recordsJson', () => {
  it('has a meta object and records that validate against the record schema', () => {
    const records = [incident({ id: 'a', killedMin: 3, place: 'إدلب' })];
    const json = JSON.parse(recordsJson(records, reportsById, meta(records)));
    expect(json.meta).toMatchObject({ records: 1, asOf: '2024-12-02', exportedAt: '2026-11-25' });
    expect(json.records.map((r: unknown) => incidentSchema.parse(r))).toEqual(records);
    expect(json.reports.map((r: { id: string }) => r.id)).toEqual(['R1']);
  });

  it('is valid for an empty selection', () => {
    const json = JSON.parse(recordsJson([], reportsById, meta([])));
    expect(json.records).toEqual([]);
  });
});

describe('seriesCsv', () => {
  it('writes one row per bin with lower and upper bounds', () => {
    const csv = seriesCsv(
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
      meta([]),
    );
    const lines = csv
      .replace('\uFEFF', '')
      .trim()
      .split('\r\n')
      .filter((l) => !l.startsWith('#') && !l.startsWith('"#'));
    expect(lines).toEqual([
      SERIES_COLUMNS.join(','),
      '2024-12-01,2024-12-01,25,30,10,10,25,30,10,2,,',
    ]);
  });
});

describe('exportMeta', () => {
  it('names files for what they hold', () => {
    expect(meta([]).fileStem).toBe('tolltrack-deaths-idleb-2024-11-27_2024-12-02');
  });
});
