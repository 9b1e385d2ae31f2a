import { describe, expect, it } from 'vitest';
import { INCIDENT_COLUMNS } from '../model/incident';
import { formatRowIssue } from '../model/rowIssue';
import { createIncidentReferenceCheck } from './checkIncidentReferences';
import { type DatasetTexts, parseDataset, parseReferenceFiles, sortIssues } from './parseDataset';
import { scanIncidentRows } from './scanIncidentRows';

/*
 * The codebook rules issue 14 asked validate to enforce: plausible dates, closed lists, names
 * that agree with place_id, bytes that are not UTF-8, values quoted in short. Each case runs
 * through parseDataset (validate, summary, import) and through the app's reader (scan + the
 * same reference check), which must agree.
 */

const places = [
  'id,level,parent_id,name,alt_names,lat,lon,name_ar',
  'SY,0,,Syria,Syrian Arab Republic,35.0,38.5,',
  'SY07,1,SY,Idleb,Idlib,35.78,36.68,',
  'SY02,1,SY,Aleppo,Halab,36.2,37.6,',
  'SY0700,2,SY07,Idleb,Idlib district,35.9,36.6,',
  'SY0703,2,SY07,Ariha,,35.8,36.6,',
].join('\n');
const reports = [
  'id,publisher,attributed_to,url,published,title,language',
  'R1,Wire,White Helmets,https://example.org/a,2024-12-02,Strikes,en',
].join('\n');

type Cells = Partial<Record<(typeof INCIDENT_COLUMNS)[number], string>>;
const row = (id: string, cells: Cells = {}): string => {
  const base: Record<string, string> = {
    id,
    report_ids: 'R1',
    kind: 'incident',
    date_start: '2024-12-01',
    date_end: '2024-12-01',
    country: 'Syria',
    admin1: 'Idleb',
    admin2: 'Idleb',
    place_id: 'SY0700',
    killed_min: '3',
    event_type: 'air strike',
    victims: 'civilians',
    ...cells,
  };
  return INCIDENT_COLUMNS.map((c) => {
    const v = base[c] ?? '';
    return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
  }).join(',');
};
const texts = (rows: string[]): DatasetTexts => ({
  places,
  reports,
  incidents: [INCIDENT_COLUMNS.join(','), ...rows].join('\n'),
});
const AS_OF = '2024-12-31';

/** validate's messages and the app reader's, which must be the same. */
const bothPaths = (t: DatasetTexts) => {
  const parsed = parseDataset(t, { asOf: AS_OF });
  const reference = parseReferenceFiles(t);
  const check = createIncidentReferenceCheck(
    'incidents.csv',
    reference.reports.map((r) => r.record),
    reference.places.map((p) => p.record),
    { asOf: AS_OF },
  );
  let accepted = 0;
  const scan = scanIncidentRows(t.incidents, 'incidents.csv', (r) => {
    accepted++;
    check(r.line, r);
  });
  const scanned = sortIssues([...reference.issues, ...scan.issues, ...check.issues]);
  expect(scanned.map(formatRowIssue)).toEqual(parsed.issues.map(formatRowIssue));
  expect(accepted).toBe(parsed.dataset.incidents.length);
  expect(scan.rowsRead).toBe(t.incidents.split('\n').length - 1);
  return { issues: parsed.issues.map(formatRowIssue), records: parsed.dataset.incidents };
};

describe('codebook rules on incidents.csv', () => {
  it('accepts a record that keeps every rule', () => {
    expect(bothPaths(texts([row('A')])).issues).toEqual([]);
  });

  it.each([
    ['date_start', { date_start: '0001-01-01' }, 'date_start: 0001-01-01 is before 1900-01-01'],
    ['date_end', { date_end: '9999-12-31' }, 'date_end: 9999-12-31 is after 2025-01-01'],
    ['date_end, just too late', { date_end: '2025-01-02' }, 'date_end: 2025-01-02 is after'],
    [
      'period_start',
      { kind: 'cumulative', period_start: '1899-12-31', date_start: '1899-12-31' },
      'period_start: 1899-12-31 is before 1900-01-01',
    ],
  ])('rejects a day outside 1900-01-01 … as-of + 1 (%s)', (_, cells, message) => {
    const { issues } = bothPaths(texts([row('A', { admin2: '', ...cells } as Cells)]));
    expect(issues).toContainEqual(expect.stringContaining(`incidents.csv:2:${message}`));
  });

  it('accepts the first and last days of the window', () => {
    const t = texts([row('A', { date_start: '1900-01-01', date_end: '2025-01-01' })]);
    expect(bothPaths(t).issues).toEqual([]);
  });

  it.each([
    [
      'event_type',
      { event_type: 'picnic' },
      'event_type: "picnic" is not an event type (expected one of: air strike, shelling',
    ],
    [
      'victims',
      { victims: 'martians' },
      'victims: "martians" is not allowed (expected one of: civilians, combatants, all, unknown)',
    ],
    ['date_precision', { date_precision: 'roughly' }, 'date_precision: "roughly" is not allowed'],
  ])('enforces the closed list of %s and names the allowed values', (_, cells, message) => {
    const { issues, records } = bothPaths(texts([row('A', cells as Cells), row('B')]));
    expect(issues).toEqual([expect.stringContaining(`incidents.csv:2:${message}`)]);
    expect(records.map((r) => r.id)).toEqual(['B']);
  });

  it('accepts UCDP and ACLED categories', () => {
    const t = texts([
      row('A', { event_type: 'one-sided violence' }),
      row('B', { event_type: 'Explosions/Remote violence: Air/drone strike' }),
    ]);
    expect(bothPaths(t).issues).toEqual([]);
  });

  it.each([
    [
      'country',
      { country: 'Lebanon' },
      'country: is Lebanon but place_id SY0700 lies in Syria (expected Syria)',
    ],
    [
      'admin1',
      { admin1: 'Aleppo' },
      'admin1: is Aleppo but place_id SY0700 lies in Idleb (expected Idleb)',
    ],
    [
      'admin2',
      { admin2: 'Ariha' },
      'admin2: is Ariha but place_id SY0700 lies in Idleb (expected Idleb)',
    ],
    [
      'admin2 above district',
      { place_id: 'SY07' },
      'admin2: is Idleb but place_id SY07 is not inside a district',
    ],
  ])('requires %s to agree with the gazetteer row of place_id', (_, cells, message) => {
    const { issues } = bothPaths(texts([row('A', cells as Cells)]));
    expect(issues).toEqual([expect.stringContaining(`incidents.csv:2:${message}`)]);
  });

  it('accepts alternative names and ids for country, admin1 and admin2', () => {
    const t = texts([
      row('A', { country: 'syrian arab republic', admin1: 'SY07', admin2: 'Idlib district' }),
    ]);
    expect(bothPaths(t).issues).toEqual([]);
  });

  it('rejects only the row holding a byte that is not UTF-8, at its column', () => {
    const bytes = new TextEncoder().encode(
      texts([row('A'), row('B'), row('C', { note: 'NOTE' })]).incidents,
    );
    const at = new TextDecoder().decode(bytes).indexOf('NOTE');
    bytes[at + 1] = 0xff;
    const decoded = new TextDecoder('utf-8').decode(bytes);
    const t = { ...texts([]), incidents: decoded };
    const { issues, records } = bothPaths(t);
    expect(issues).toEqual([
      expect.stringMatching(/^incidents\.csv:4:note: has a byte that is not UTF-8 at character 2 /),
    ]);
    expect(records.map((r) => r.id)).toEqual(['A', 'B']);
  });

  it('quotes at most about 80 characters of a 2 MB value in any message', () => {
    const huge = `=${'x'.repeat(2_000_000)}`;
    const rows = (
      [
        'id',
        'kind',
        'date_start',
        'place_id',
        'killed_min',
        'event_type',
        'victims',
        'admin1',
        'report_ids',
        'country',
      ] as const
    ).map((column, i) =>
      row(column === 'id' ? huge : `R${i}`, column === 'id' ? {} : { [column]: huge }),
    );
    const { issues } = bothPaths(texts(rows));
    expect(issues.length).toBeGreaterThanOrEqual(rows.length);
    for (const line of issues) expect(line.length, line.slice(0, 160)).toBeLessThan(500);
    expect(issues.join('\n')).toContain('(2000001 characters)');
  });
});
