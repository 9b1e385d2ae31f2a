import fc from 'fast-check';
import {
  INCIDENT_COLUMNS,
  type IncidentColumn,
  OPTIONAL_INCIDENT_COLUMNS,
} from '../../src/model/incident';

/*
 * Generated incidents.csv files for the readers' equivalence tests: valid fictional rows (not
 * real events) with random cells replaced by awkward values, written with random quoting, line
 * ends, BOM and blank lines.
 */

const REQUIRED = INCIDENT_COLUMNS.filter((c) => !OPTIONAL_INCIDENT_COLUMNS.includes(c));

const iso = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A row incidentRowSchema accepts. */
export const validRow = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,10}$/),
    reports: fc.array(fc.constantFrom('R1', 'R-2', 'r:3', ' R4 '), { minLength: 1, maxLength: 3 }),
    cumulative: fc.boolean(),
    // Mostly recent days, sometimes anywhere from year 1000 to 9999.
    start: fc.oneof(
      fc.integer({ min: 7000, max: 21000 }),
      fc.integer({ min: -354_000, max: 2_900_000 }),
    ),
    span: fc.nat(40),
    withStart: fc.boolean(),
    withPeriod: fc.boolean(),
    killed: fc.option(fc.nat(60)),
    killedExtra: fc.option(fc.nat(10)),
    children: fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.option(fc.nat(3)))),
    women: fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.option(fc.nat(3)))),
    injured: fc.option(fc.tuple(fc.nat(30), fc.option(fc.nat(5)))),
    best: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    text: fc.array(
      fc.string({
        unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '|', 'ح', '\u00a0', '\t', '#'),
        maxLength: 8,
      }),
      { minLength: 5, maxLength: 5 },
    ),
    country: fc.constantFrom('Syria', 'سوريا', ' Syria', 'a, "b"'),
    placeId: fc.constantFrom('SY', 'SY07', 'SY0700', ' SY02 ', 'حلب'),
    eventType: fc.constantFrom('', 'air strike', ' shelling ', 'قصف'),
    lists: fc.tuple(
      fc.constantFrom('', 'Monitor A', 'A|B', ' A | | B '),
      fc.constantFrom('', 'SY07', 'SY07|SY02'),
    ),
    precision: fc.constantFrom('', 'exact', 'approximate'),
    totalType: fc.constantFrom('', 'running', 'daily'),
    victims: fc.constantFrom('', 'civilians', 'combatants', 'all', 'unknown'),
    // Both coordinates or neither; the precision only with a point.
    point: fc.option(
      fc.tuple(
        fc.constantFrom('34.802462', '-90', '0', '90.0', ' 35.9 '),
        fc.constantFrom('36.707602', '-180', '180.000', '7', '-0.5'),
        fc.constantFrom('', '1', '7'),
      ),
    ),
  })
  .map((r): Record<IncidentColumn, string> => {
    const end = r.start + r.span;
    const killedMin = r.children || r.women ? (r.killed ?? 5) : r.killed;
    const killedMax =
      killedMin === null || r.killedExtra === null ? null : killedMin + r.killedExtra;
    const ceiling = killedMax ?? killedMin ?? 0;
    const subset = (s: [number, number | null] | null): [string, string] => {
      if (s === null) return ['', ''];
      const min = Math.floor(s[0] * ceiling);
      return [String(min), s[1] === null ? '' : String(min + s[1])];
    };
    const [childrenMin, childrenMax] = subset(r.children);
    const [womenMin, womenMax] = subset(r.women);
    const best =
      r.best === null || killedMin === null
        ? ''
        : String(killedMin + Math.floor(r.best * ((killedMax ?? killedMin + 9) - killedMin)));
    const [admin1, admin2, place, perpetrator, note] = r.text as [
      string,
      string,
      string,
      string,
      string,
    ];
    return {
      id: r.id,
      report_ids: r.reports.join('|'),
      kind: r.cumulative ? 'cumulative' : 'incident',
      date_start: !r.cumulative || r.withStart ? iso(r.start) : '',
      date_end: iso(end),
      period_start: r.cumulative && r.withPeriod ? iso(r.start) : '',
      country: r.country,
      admin1,
      admin2,
      place,
      place_id: r.placeId,
      killed_min: killedMin === null ? '' : String(killedMin),
      killed_max: killedMax === null ? '' : String(killedMax),
      children_min: childrenMin,
      children_max: childrenMax,
      women_min: womenMin,
      women_max: womenMax,
      injured_min: r.injured === null ? '' : String(r.injured[0]),
      injured_max:
        r.injured === null || r.injured[1] === null ? '' : String(r.injured[0] + r.injured[1]),
      event_type: r.eventType,
      perpetrator,
      note,
      attributed_to: r.lists[0],
      covers_ids: r.lists[1],
      date_precision: r.precision,
      total_type: r.cumulative ? r.totalType : '',
      victims: r.victims,
      killed_best: best,
      supersedes: '',
      latitude: r.point?.[0] ?? '',
      longitude: r.point?.[1] ?? '',
      coord_precision: r.point?.[2] ?? '',
    };
  });

/** Values a cell could hold that the schema may or may not accept. */
const awkwardCell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '0',
    '00',
    '007',
    '+1',
    '-1',
    '1e3',
    '1.0',
    ' 5',
    '5 ',
    '\t5',
    '5\r',
    '123456789',
    '1234567890',
    '0x1A',
    'NaN',
    '35.93',
    '-90.5',
    '180.0001',
    '-0',
    '.5',
    '35.',
    '8',
    'incident',
    'cumulative',
    ' incident',
    'Incident',
    'exact',
    ' exact',
    'approximate ',
    'running',
    'daily',
    ' daily',
    'civilians',
    'all',
    ' all ',
    'unknown',
    '2023-02-29',
    '2024-02-29',
    '1900-02-29',
    '2000-02-29',
    '2024-04-31',
    '2024-13-01',
    '0000-01-01',
    '0050-06-01',
    '1950-06-01',
    '0999-12-31',
    '999-01-01',
    '2024-1-01',
    '2024-01-01 ',
    '2024-01-01T00:00',
    '٢٠٢٤-٠١-٠١',
    'R1',
    'R1|R2',
    ' | ',
    '|',
    'SY',
    ' SY ',
    '\u00a0',
    '\u3000',
    '\ufeff',
    'a"b',
    '"',
    ',',
    '\n',
    '\r\n',
    'سوريا',
    '٣',
    '１',
  ),
  fc.nat(200).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.nat(13), fc.nat(32))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.string({ unit: fc.constantFrom('1', '0', ' ', '-', 'a', '|', '"', ',', '\n', '.') }),
);

export const mutatedRow = fc
  .tuple(
    validRow,
    fc.array(fc.tuple(fc.constantFrom(...INCIDENT_COLUMNS), awkwardCell), { maxLength: 3 }),
  )
  .map(([row, changes]) => {
    const out = { ...row };
    for (const [column, value] of changes) out[column] = value;
    return out;
  });

/** Columns: every required one, some optional ones, in file order or shuffled. */
export const columnsArb = fc
  .tuple(fc.subarray([...OPTIONAL_INCIDENT_COLUMNS]), fc.boolean())
  .chain(([optional, shuffle]) => {
    const chosen = INCIDENT_COLUMNS.filter((c) => REQUIRED.includes(c) || optional.includes(c));
    return shuffle
      ? fc.shuffledSubarray(chosen, { minLength: chosen.length, maxLength: chosen.length })
      : fc.constant(chosen);
  });

export const fileArb = fc
  .record({
    columns: columnsArb,
    rows: fc.array(fc.tuple(mutatedRow, fc.array(fc.boolean(), { minLength: 28, maxLength: 28 })), {
      maxLength: 8,
    }),
    newline: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    blankAfter: fc.array(fc.nat(9), { maxLength: 2 }),
    trailing: fc.boolean(),
    // Quotes on random cells, or only where a cell needs them.
    quoteAny: fc.boolean(),
  })
  .map(({ columns, rows, newline, bom, blankAfter, trailing, quoteAny }) => {
    const lines = [
      columns.join(','),
      ...rows.map(([row, quote]) =>
        columns
          .map((c, i) => {
            const v = row[c];
            return /[",\r\n]/.test(v) || (quoteAny && quote[i])
              ? `"${v.replaceAll('"', '""')}"`
              : v;
          })
          .join(','),
      ),
    ];
    for (const at of blankAfter) lines.splice(1 + Math.min(at, lines.length - 1), 0, '');
    const header = columns.join(',');
    return {
      text: (bom ? '\uFEFF' : '') + lines.join(newline) + (trailing ? newline : ''),
      header,
      newline,
    };
  });
