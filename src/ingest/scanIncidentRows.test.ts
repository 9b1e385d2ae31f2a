import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { expectSameAsParseTable, SPEC, scan } from '../../test/helpers/scanIncidentRows';
import {
  INCIDENT_COLUMNS,
  type IncidentColumn,
  OPTIONAL_INCIDENT_COLUMNS,
} from '../model/incident';
import { parseTable } from './parseTable';
import { readCsvRows } from './readCsvRows';

/* Records here are fictional test rows, except the two bundled data files read from data/. */

const BASE: Record<IncidentColumn, string> = {
  id: 'T-001',
  report_ids: 'R-a|R-b',
  kind: 'incident',
  date_start: '2024-11-27',
  date_end: '2024-11-28',
  period_start: '',
  country: 'Syria',
  admin1: 'Idlib',
  admin2: 'Idlib',
  place: 'Sarmin',
  place_id: 'SY070000',
  killed_min: '3',
  killed_max: '5',
  children_min: '1',
  children_max: '2',
  women_min: '0',
  women_max: '1',
  injured_min: '',
  injured_max: '',
  event_type: 'air strike',
  perpetrator: '',
  note: 'fictional test row',
  attributed_to: 'Monitor A',
  covers_ids: '',
  date_precision: 'exact',
  total_type: '',
  victims: 'civilians',
  killed_best: '4',
  supersedes: '',
  latitude: '35.93',
  longitude: '36.63',
  coord_precision: '2',
};

const CUMULATIVE: Partial<Record<IncidentColumn, string>> = {
  kind: 'cumulative',
  period_start: '2024-11-27',
  date_start: '',
  total_type: 'running',
  covers_ids: 'SY07|SY02',
};

const cell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

const row = (
  over: Partial<Record<IncidentColumn, string>> = {},
  columns: readonly string[] = INCIDENT_COLUMNS,
): string => {
  const values: Record<string, string> = { ...BASE, ...over };
  return columns.map((c) => cell(values[c] ?? '')).join(',');
};

const csv = (rows: string[], columns: readonly string[] = INCIDENT_COLUMNS, nl = '\n'): string =>
  [columns.join(','), ...rows].join(nl);

describe('scanIncidentRows on the bundled data', () => {
  it.each(['data/incidents.csv', 'data/ucdp-syria/incidents.csv'])(
    'reads %s exactly as parseTable does, all on the fast path',
    (path) => {
      const { result, parsed } = expectSameAsParseTable(readFileSync(path, 'utf8'));
      expect(parsed.records.length).toBeGreaterThan(50);
      expect(result.slowRows).toBe(0);
    },
  );
});

describe('scanIncidentRows on hand-written files', () => {
  it('takes canonical rows on the fast path, plain or quoted, LF or CRLF, with or without BOM', () => {
    const rows = [
      row(),
      row({ id: 'T-002', note: 'a note, with "quotes", commas\nand a line break' }),
      row({ id: 'T-003', ...CUMULATIVE }),
      `"T-004","R-a","incident","2024-11-27","2024-11-27","","Syria","","","","SY07","1","1","","","","","","","shelling","","","","","","","","","","-35.5","7","7"`,
    ];
    for (const nl of ['\n', '\r\n'])
      for (const bom of ['', '\uFEFF'])
        for (const end of ['', nl]) {
          const { result } = expectSameAsParseTable(bom + csv(rows, INCIDENT_COLUMNS, nl) + end);
          expect(result).toMatchObject({ accepted: 4, slowRows: 0, issues: [] });
        }
  });

  it('reads Arabic text and keeps it', () => {
    const { rows, result } = expectSameAsParseTable(
      csv([
        row({
          place: 'سرمين',
          note: 'قصف جوي، ٣ قتلى',
          perpetrator: 'قوات',
          place_id: 'سرمين-1',
        }),
      ]),
    );
    expect(result.slowRows).toBe(0);
    expect(rows[0]?.placeId).toBe('سرمين-1');
  });

  it('counts blank lines and quoted line breaks in line numbers', () => {
    const text = csv([
      '',
      row({ note: 'one\ntwo\r\nthree' }),
      '',
      '""',
      row({ id: 'T-2' }),
      '   ',
      row({ id: 'T-3', note: '"quoted"' }),
    ]);
    const { rows } = expectSameAsParseTable(text);
    expect(rows.map((r) => r.line)).toEqual([3, 8, 10]);
    expectSameAsParseTable(`\n\n${text}\n\n`);
  });

  it('falls back to parseTable for comment lines, a second BOM, CR-only line ends', () => {
    const body = csv([row(), row({ id: 'T-2', killed_min: 'x' }), row({ id: 'T-3' })]);
    for (const text of [
      `# exported by Tolltrack\n# filters: none\n${body}`,
      `\uFEFF# title\r\n${body.replaceAll('\n', '\r\n')}`,
      `\uFEFF\uFEFF${body}`,
      body.replaceAll('\n', '\r'),
      `${body}\r${row({ id: 'T-4' })}`,
      `${body.replaceAll('\n', '\r\n')}\n${row({ id: 'T-4' })}`,
    ]) {
      expectSameAsParseTable(text);
    }
  });

  it('falls back to parseTable for header problems', () => {
    const columns = [...INCIDENT_COLUMNS];
    const rows = (cols: readonly string[]) => [row({}, cols), row({ id: 'T-2' }, cols)];
    const without = columns.filter((c) => c !== 'country');
    const unknown = [...columns, 'extra'];
    const duplicate = [...columns, 'note'];
    const spaced = columns.map((c) => (c === 'kind' ? ' kind ' : c));
    for (const cols of [without, unknown, duplicate, spaced, [...columns.slice(0, 3), '']]) {
      expectSameAsParseTable(csv(rows(cols), cols));
    }
    expectSameAsParseTable('');
    expectSameAsParseTable('\n\n');
    expectSameAsParseTable('\uFEFF');
    expectSameAsParseTable(INCIDENT_COLUMNS.join(','));
  });

  it('reads files without the optional columns, in any column order', () => {
    const required = INCIDENT_COLUMNS.filter((c) => !OPTIONAL_INCIDENT_COLUMNS.includes(c));
    const { result } = expectSameAsParseTable(
      csv([row({}, required), row({ id: 'T-2', ...CUMULATIVE }, required)], required),
    );
    expect(result).toMatchObject({ accepted: 2, slowRows: 0 });
    const reversed = [...INCIDENT_COLUMNS].reverse();
    expect(expectSameAsParseTable(csv([row({}, reversed)], reversed)).result.slowRows).toBe(0);
  });

  it('reports rows with the wrong number of cells', () => {
    const good = row();
    const { result } = expectSameAsParseTable(
      csv([good, `${good},extra`, good.slice(0, good.lastIndexOf(',')), 'lonely', good]),
    );
    expect(result.issues.map((i) => i.message)).toEqual([
      'has 33 cells (expected 32, one per header column)',
      'has 31 cells (expected 32, one per header column)',
      'has 1 cells (expected 32, one per header column)',
    ]);
  });

  it('checks coordinates as the schema does: both or neither, in range, precision 1–7 with a point', () => {
    const bad: Partial<Record<IncidentColumn, string>>[] = [
      { longitude: '' },
      { latitude: '' },
      { latitude: '', longitude: '', coord_precision: '1' },
      { latitude: '90.01' },
      { longitude: '-180.5' },
      { latitude: '35,9' },
      { longitude: '1e2' },
      { coord_precision: '8' },
      { coord_precision: '0' },
    ];
    const rows = bad.map((over, i) => row({ id: `T-${i}`, ...over }));
    const { result } = expectSameAsParseTable(csv([row(), ...rows, row({ latitude: ' 35.9 ' })]));
    expect(result).toMatchObject({ rowsRead: 11, accepted: 2, slowRows: 10 });
    expect(result.issues.map((i) => `${i.column} ${i.message}`)).toEqual([
      'longitude is empty while latitude is 35.93 (expected both coordinates, or neither)',
      'latitude is empty while longitude is 36.63 (expected both coordinates, or neither)',
      'coord_precision is 1 while latitude and longitude are empty (expected a precision only with a point)',
      'latitude "90.01" is out of range (expected a latitude from -90 to 90)',
      'longitude "-180.5" is out of range (expected a longitude from -180 to 180)',
      'latitude "35,9" is not a latitude (expected decimal degrees such as 35.93, or empty)',
      'longitude "1e2" is not a longitude (expected decimal degrees such as 35.93, or empty)',
      'coord_precision "8" is not a coordinate precision (expected 1 to 7, UCDP\'s where_prec, or empty)',
      'coord_precision "0" is not a coordinate precision (expected 1 to 7, UCDP\'s where_prec, or empty)',
    ]);
  });

  it('falls back to parseTable for malformed quotes, after rows it already handed on', () => {
    const good = [row(), row({ id: 'T-2' })];
    for (const bad of [
      `${row({ id: 'T-3' })}\n"T-4"x,${row().slice(row().indexOf(',') + 1)}`,
      `${row({ id: 'T-3' })}\n"T-4" ,${row().slice(row().indexOf(',') + 1)}`,
      `${row({ id: 'T-3' })}\n"unterminated,${row().slice(row().indexOf(',') + 1)}`,
      `${row({ id: 'T-3' })}\nT-4,"R-a"\r,x`,
    ]) {
      const { rows, result } = expectSameAsParseTable(csv([...good, bad, row({ id: 'T-9' })]));
      expect(rows.map((r) => r.index)).toEqual(rows.map((_, i) => i));
      expect(result.slowRows).toBe(result.rowsRead);
    }
  });
});

describe('scanIncidentRows on each rule of incidentRowSchema', () => {
  const cases: [string, Partial<Record<IncidentColumn, string>>][] = [
    ['id with a space', { id: 'T 1' }],
    ['id starting with a dash', { id: '-T1' }],
    ['empty id', { id: '' }],
    ['id with a trailing space', { id: 'T1 ' }],
    ['empty report_ids', { report_ids: '' }],
    ['report_ids of separators only', { report_ids: ' | ' }],
    ['report_ids with spaces', { report_ids: ' R-a | R-b ' }],
    ['kind in capitals', { kind: 'Incident' }],
    ['kind with a space', { kind: ' incident' }],
    ['empty kind', { kind: '' }],
    ['empty date_start', { date_start: '' }],
    ['empty date_end', { date_end: '' }],
    ['29 February of a common year', { date_start: '2023-02-29', date_end: '2023-03-01' }],
    ['29 February of a leap year', { date_start: '2024-02-29', date_end: '2024-03-01' }],
    ['29 February 1900', { date_start: '1900-02-29', date_end: '1900-03-01' }],
    ['29 February 2000', { date_start: '2000-02-29', date_end: '2000-03-01' }],
    ['month 13', { date_start: '2024-13-01' }],
    ['day 31 of a 30-day month', { date_end: '2024-11-31' }],
    ['a two-digit year', { date_start: '24-11-27' }],
    ['a year before 1000', { date_start: '0999-01-01', date_end: '0999-01-02' }],
    ['a year before 100', { date_start: '0050-01-01', date_end: '1950-06-01' }],
    ['a date with a space', { date_start: ' 2024-11-27' }],
    ['a date with a time', { date_end: '2024-11-28T00:00' }],
    ['date_end before date_start', { date_end: '2024-11-26' }],
    ['period_start on an incident', { period_start: '2024-11-01' }],
    ['empty country', { country: '' }],
    ['blank country', { country: '   ' }],
    ['padded country', { country: ' Syria ' }],
    ['empty place_id', { place_id: '' }],
    ['padded place_id', { place_id: ' SY07 ' }],
    ['a negative count', { killed_min: '-1' }],
    ['a decimal count', { killed_max: '5.0' }],
    ['a signed count', { killed_min: '+1' }],
    ['an exponent', { killed_max: '1e3' }],
    ['a hex count', { killed_max: '0x1A' }],
    ['ten digits', { killed_max: '1234567890' }],
    ['nine digits', { killed_max: '123456789', killed_best: '' }],
    ['spaces around a count', { killed_min: ' 3 ' }],
    ['a blank count', { injured_min: '  ' }],
    ['leading zeros', { killed_min: '003', killed_max: '0005' }],
    ['killed_min above killed_max', { killed_min: '6', killed_best: '' }],
    ['killed_max without killed_min', { killed_min: '', children_min: '', women_min: '' }],
    ['children_max without children_min', { children_min: '' }],
    ['children_min above children_max', { children_min: '3' }],
    ['children above killed_max', { children_min: '6', children_max: '7' }],
    ['children without killed_min', { killed_min: '', killed_max: '' }],
    [
      'children above an open killed_min',
      { killed_max: '', children_min: '4', children_max: '4', killed_best: '' },
    ],
    ['women above killed_max', { women_min: '6', women_max: '6' }],
    ['women_min above women_max', { women_min: '2' }],
    ['injured_max without injured_min', { injured_max: '4' }],
    ['injured_min above injured_max', { injured_min: '5', injured_max: '4' }],
    ['killed_best below killed_min', { killed_best: '2' }],
    ['killed_best above killed_max', { killed_best: '6' }],
    ['killed_best with an open range', { killed_max: '', killed_best: '9' }],
    ['an unknown date_precision', { date_precision: 'roughly' }],
    ['a padded date_precision', { date_precision: ' approximate ' }],
    ['an empty date_precision', { date_precision: '' }],
    ['total_type on an incident', { total_type: 'running' }],
    ['a blank total_type on an incident', { total_type: ' ' }],
    ['an unknown victims', { victims: 'kids' }],
    ['victims in capitals', { victims: 'Civilians' }],
    ['a blank event_type', { event_type: '  ' }],
    ['a padded event_type', { event_type: ' shelling ' }],
    ['attributed_to with empty parts', { attributed_to: '|A| |B|' }],
    ['a quote in the id', { id: 'T"1' }],
  ];
  const cumulativeCases: [string, Partial<Record<IncidentColumn, string>>][] = [
    ['a cumulative record', {}],
    ['a cumulative record with date_start', { date_start: '2024-11-27' }],
    ['date_end before period_start', { period_start: '2024-11-29' }],
    ['an unknown total_type', { total_type: 'weekly' }],
    ['a daily total', { total_type: 'daily' }],
    ['an empty total_type', { total_type: '' }],
    ['no dates at all', { date_end: '', period_start: '' }],
  ];

  it.each(cases)('%s', (_name, over) => {
    expectSameAsParseTable(csv([row(), row({ id: 'T-2', ...over }), row({ id: 'T-3' })]));
  });

  it.each(cumulativeCases)('%s', (_name, over) => {
    expectSameAsParseTable(csv([row(), row({ id: 'T-2', ...CUMULATIVE, ...over })]));
  });

  it('reports the issues of several bad rows in file order', () => {
    const all = [...cases, ...cumulativeCases].map(([, over], i) => row({ id: `T-${i}`, ...over }));
    const { result } = expectSameAsParseTable(csv(all));
    expect(result.issues.length).toBeGreaterThan(40);
  });
});

describe('scanIncidentRows offsets', () => {
  it('slices out exactly each record, which parses alone below the header', () => {
    for (const nl of ['\n', '\r\n']) {
      const header = INCIDENT_COLUMNS.join(',');
      const text = `\uFEFF${[
        header,
        row(),
        '',
        row({ id: 'T-2', note: 'line one\nline "two"', place: 'a, b' }),
        row({ id: 'T-3', killed_min: ' 3 ' }),
        row({ id: 'T-4', ...CUMULATIVE }),
      ].join(nl)}${nl}`;
      const { rows } = scan(text);
      expect(rows.map((r) => r.id)).toEqual(['T-001', 'T-2', 'T-3', 'T-4']);
      for (const r of rows) {
        const slice = text.slice(r.start, r.end);
        expect(slice.startsWith(r.id)).toBe(true);
        expect(slice.endsWith('\n') || slice.endsWith('\r')).toBe(false);
        const alone = parseTable(`${header}${nl}${slice}`, SPEC);
        expect(alone.issues).toEqual([]);
        const again = scan(`${header}${nl}${slice}`).rows[0];
        expect({ ...again, index: r.index, line: r.line, start: r.start, end: r.end }).toEqual(r);
      }
    }
  });

  it('are the same on the whole-file path', () => {
    const records = [row(), row({ id: 'T-2', note: 'x\ny' }), row({ id: 'T-3' })];
    for (const nl of ['\n', '\r\n', '\r']) {
      // readCsvRows ends a comment line at LF only; a CR-only file needs no comment to fall back.
      const comment = nl === '\r' ? '' : `# comment${nl}`;
      const text = `\uFEFF${comment}${csv(records, INCIDENT_COLUMNS, nl)}${nl}`;
      const { rows, result } = scan(text);
      expect(result.slowRows).toBe(3);
      expect(rows.map((r) => text.slice(r.start, r.end))).toEqual(records);
    }
  });
});

describe('scanIncidentRows lists', () => {
  it('shares one array between rows with the same cell, on both paths', () => {
    const text = csv([
      row({ id: 'T-1' }),
      row({ id: 'T-2' }),
      row({ id: 'T-3', killed_min: ' 3' }),
      row({ id: 'T-4', attributed_to: '', covers_ids: '' }),
    ]);
    const { rows } = expectSameAsParseTable(text);
    const [a, b, c, d] = rows;
    expect(a?.reportIds).toBe(b?.reportIds);
    expect(c?.reportIds).toBe(a?.reportIds);
    expect(c?.attributedTo).toBe(a?.attributedTo);
    expect(d?.attributedTo).toEqual([]);
    expect(d?.coversIds).toBe(d?.attributedTo);
    expect(Object.isFrozen(a?.reportIds)).toBe(true);
  });
});

describe('readCsvRows offsets', () => {
  it('slice out each record without its line break, after BOMs and comment lines', () => {
    for (const text of [
      '',
      '\uFEFF\uFEFFa,b\n1,2',
      '\uFEFF# c\r\n#d\r\na,b\r\n"1\r\n2",3\r\n\r\n4,5',
      'a,b\r1,2\r3,4',
      'a,b\n"1"x,2\n"3',
      'a,b\n"1"  ,2\n"3"\t\n4,5',
    ]) {
      const table = readCsvRows(text);
      const linebreak = Papa.parse(text.replace(/^\uFEFF+/, ''), { delimiter: ',' }).meta.linebreak;
      for (const r of table.rows) {
        const slice = text.slice(r.start, r.end);
        expect(slice.endsWith(linebreak)).toBe(false);
        // In a well-formed file the slice is the record: read again below the header, it gives
        // the same cells (papaparse reads stray characters after a closing quote differently
        // out of context, so the last two texts are left out of this check).
        if (!/"[ \t]|"x/.test(text))
          expect(readCsvRows(`${table.header.join(',')}\n${slice}`).rows[0]?.cells).toEqual(
            r.cells,
          );
      }
    }
  });
});
