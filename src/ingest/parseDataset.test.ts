import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMNS } from '../model/incident';
import { formatRowIssue } from '../model/rowIssue';
import { type DatasetTexts, parseDataset } from './parseDataset';

const places = [
  'id,level,parent_id,name,alt_names,lat,lon,name_ar',
  'SY,0,,Syrian Arab Republic,Syria,35.0,38.5,',
  'SY07,1,SY,Idleb,Idlib,35.78,36.68,إدلب',
  'SY02,1,SY,Aleppo,Halab,36.2,37.6,حلب',
  'SY0700,2,SY07,Idleb,Idlib district,35.9,36.6,',
].join('\n');

const reports = [
  'id,publisher,attributed_to,url,published,title,language',
  'R1,Wire,White Helmets|SOHR,https://example.org/a,2024-12-02,Strikes on Idlib,en',
].join('\n');

const header = INCIDENT_COLUMNS.join(',');
/** One valid incident row; tests override single cells to make it invalid. */
const incidentRow = (
  overrides: Partial<Record<(typeof INCIDENT_COLUMNS)[number], string>> = {},
) => {
  const base: Record<string, string> = {
    id: 'I1',
    report_ids: 'R1',
    kind: 'incident',
    date_start: '2024-12-01',
    date_end: '2024-12-01',
    country: 'Syria',
    admin1: 'Idleb',
    place_id: 'SY0700',
    killed_min: '25',
    children_min: '10',
    children_max: '10',
    attributed_to: 'White Helmets',
    ...overrides,
  };
  return INCIDENT_COLUMNS.map((c) => {
    const v = base[c] ?? '';
    return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
  }).join(',');
};

const texts = (incidentRows: string[], extra: Partial<DatasetTexts> = {}): DatasetTexts => ({
  places,
  reports,
  incidents: [header, ...incidentRows].join('\n'),
  annotations:
    'date_start,date_end,label,url\n2024-11-27,2024-12-08,Offensive,https://example.org/o\n',
  ...extra,
});

const messages = (t: DatasetTexts) => parseDataset(t).issues.map(formatRowIssue);

describe('parseDataset', () => {
  it('accepts a valid folder and types its records', () => {
    const { dataset, issues } = parseDataset(texts([incidentRow()]));
    expect(issues).toEqual([]);
    expect(dataset.incidents[0]).toMatchObject({
      id: 'I1',
      killedMin: 25,
      killedMax: null,
      childrenMin: 10,
      placeId: 'SY0700',
      datePrecision: 'exact',
    });
    expect(dataset.reports[0]?.attributedTo).toEqual(['White Helmets', 'SOHR']);
    expect(dataset.annotations).toHaveLength(1);
  });

  it.each([
    [
      'a bad date',
      { date_start: '2024-02-30' },
      'incidents.csv:2:date_start: "2024-02-30" is not a valid date',
    ],
    [
      'min > max',
      { killed_min: '30', killed_max: '20' },
      'incidents.csv:2:killed_min: 30 is greater than killed_max 20',
    ],
    [
      'children > deaths',
      { killed_max: '25', children_min: '30', children_max: '30' },
      'incidents.csv:2:children_min: 30 children is more than the 25 killed',
    ],
    [
      'children > an open lower bound',
      { children_min: '30', children_max: '30' },
      'incidents.csv:2:children_min: 30 children is more than the at-least 25 killed',
    ],
    [
      'an unknown place',
      { place_id: 'SY99', admin1: '' },
      'incidents.csv:2:place_id: unknown place id SY99',
    ],
    [
      'an unknown report',
      { report_ids: 'R1|R9' },
      'incidents.csv:2:report_ids: unknown report id R9',
    ],
    [
      'a non-number count',
      { killed_min: '0x1A' },
      'incidents.csv:2:killed_min: "0x1A" is not a count',
    ],
    ['a bad kind', { kind: 'daily' }, 'incidents.csv:2:kind: "daily" is not a kind'],
    [
      'admin1 that contradicts place_id',
      { admin1: 'Aleppo' },
      'incidents.csv:2:admin1: is Aleppo but place_id SY0700 lies in Idleb',
    ],
    [
      'a period on an incident',
      { period_start: '2024-11-27' },
      'incidents.csv:2:period_start: is 2024-11-27 (expected empty',
    ],
    [
      'an end before the start',
      { date_end: '2024-11-30' },
      'incidents.csv:2:date_end: 2024-11-30 is before date_start 2024-12-01',
    ],
  ])('reports %s with file, row and column', (_label, overrides, expected) => {
    expect(messages(texts([incidentRow(overrides)]))).toEqual([expect.stringContaining(expected)]);
  });

  it('accepts an alternative spelling of the governorate in admin1', () => {
    expect(messages(texts([incidentRow({ admin1: 'Idlib' })]))).toEqual([]);
  });

  it('reports duplicate ids with the line of the first use', () => {
    expect(messages(texts([incidentRow(), incidentRow()]))).toEqual([
      'incidents.csv:3:id: duplicate id I1, first used on line 2 (expected each id once)',
    ]);
  });

  it('reports unknown and missing columns once, on line 1', () => {
    const t = texts([]);
    t.incidents = `${header.replace('note', 'notes')}\n`;
    expect(messages(t)).toEqual([
      expect.stringMatching(/^incidents\.csv:1:notes: unknown column/),
      'incidents.csv:1:note: missing column (expected it in the header)',
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'vbscript:msgbox',
    'ftp://example.org/x',
    'example.org',
  ])('rejects the non-http(s) URL %s with row and column', (url) => {
    const t = texts([incidentRow()]);
    t.reports = `${reports}\nR2,Wire,SOHR,"${url}",,,en`;
    expect(messages(t)).toEqual([
      expect.stringMatching(/^reports\.csv:3:url: .* is not an http\(s\) URL/),
    ]);
  });

  it('counts lines across multi-line quoted notes', () => {
    const rows = [incidentRow({ note: 'two\nlines' }), incidentRow({ id: 'I2', killed_min: 'x' })];
    expect(messages(texts(rows))).toEqual([
      expect.stringMatching(/^incidents\.csv:4:killed_min: "x" is not a count/),
    ]);
  });

  it('reports a row with the wrong number of cells', () => {
    const t = texts([incidentRow()]);
    t.incidents += '\nI9,R1,incident';
    expect(messages(t)).toEqual([
      expect.stringMatching(/^incidents\.csv:3:-: has 3 cells \(expected 32/),
    ]);
  });

  it('reports every problem, not just the first', () => {
    const rows = [
      incidentRow({ killed_min: '-1', date_end: 'yesterday' }),
      incidentRow({ id: 'I2', place_id: 'X' }),
    ];
    expect(messages(texts(rows))).toEqual([
      expect.stringContaining('incidents.csv:2:date_end: "yesterday"'),
      expect.stringContaining('incidents.csv:2:killed_min: "-1" is not a count'),
      expect.stringContaining('incidents.csv:3:place_id: unknown place id X'),
    ]);
  });

  it('reads folders without the optional Tolltrack columns', () => {
    const base = INCIDENT_COLUMNS.slice(0, 22);
    const t = texts([]);
    t.incidents = `${base.join(',')}\nI1,R1,incident,2024-12-01,2024-12-01,,Syria,,,,SY07,3,3,,,,,,,,,\n`;
    const { dataset, issues } = parseDataset(t);
    expect(issues).toEqual([]);
    expect(dataset.incidents[0]).toMatchObject({ killedMin: 3, victims: 'unknown', coversIds: [] });
  });

  it('checks covers_ids against governorates', () => {
    const row = incidentRow({ place_id: 'SY', admin1: '', covers_ids: 'SY07|SY0700' });
    expect(messages(texts([row]))).toEqual([
      expect.stringContaining(
        'incidents.csv:2:covers_ids: SY0700 is level 2 (expected governorate ids',
      ),
    ]);
  });
});
