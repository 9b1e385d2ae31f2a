import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

/*
 * Issue 14's probes, run as a careless or hostile user would: the real CLIs on copies of the
 * bundled data folder with one thing broken. Each asserts the exit code and the exact message.
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const DATA = here('../../data');

const run = (script: string, args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', here(script), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
};
const validate = (dir: string) => run('./validate.ts', [dir]);

/** A copy of data/ whose incidents.csv has cells changed (row: 0-based data row). */
const brokenCopy = (edits: [row: number, column: string, value: string][]): string => {
  const dir = mkdtempSync(join(tmpdir(), 'tolltrack-probe-'));
  for (const file of ['reports.csv', 'places.csv', 'annotations.csv', 'cluster-decisions.csv'])
    copyFileSync(join(DATA, file), join(dir, file));
  const parsed = Papa.parse<Record<string, string>>(
    readFileSync(join(DATA, 'incidents.csv'), 'utf8'),
    { header: true, skipEmptyLines: 'greedy' },
  );
  for (const [row, column, value] of edits) {
    const record = parsed.data[row];
    if (record) record[column] = value;
  }
  writeFileSync(
    join(dir, 'incidents.csv'),
    Papa.unparse({ fields: parsed.meta.fields ?? [], data: parsed.data }, { newline: '\n' }),
  );
  return dir;
};

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

describe('probes on the command line', { timeout: 60_000 }, () => {
  it('3. days in year 1 and year 9999 are errors with their row', () => {
    const dir = brokenCopy([
      [19, 'date_start', '0001-01-01'],
      [20, 'date_end', '9999-12-31'],
    ]);
    const { code, out } = validate(dir);
    expect(code).toBe(1);
    expect(lines(out).filter((l) => l.includes(':date_'))).toEqual([
      expect.stringMatching(
        /incidents\.csv:21:date_start: 0001-01-01 is before 1900-01-01 \(expected a day from 1900-01-01 to \d{4}-\d\d-\d\d/,
      ),
      expect.stringMatching(/incidents\.csv:22:date_end: 9999-12-31 is after \d{4}-\d\d-\d\d/),
    ]);
  });

  it('4. closed lists and gazetteer names are enforced, naming what is allowed', () => {
    const dir = brokenCopy([
      [19, 'event_type', 'picnic'],
      [20, 'victims', 'aliens'],
      [22, 'admin1', 'Aleppo'],
    ]);
    const { code, out } = validate(dir);
    expect(code).toBe(1);
    const errors = lines(out).filter((l) => /:(event_type|victims|admin1):/.test(l));
    expect(errors).toEqual([
      expect.stringContaining(
        'incidents.csv:21:event_type: "picnic" is not an event type (expected one of: air strike, shelling, rocket attack',
      ),
      expect.stringContaining(
        'incidents.csv:22:victims: "aliens" is not allowed (expected one of: civilians, combatants, all, unknown)',
      ),
      expect.stringMatching(
        /incidents\.csv:24:admin1: is Aleppo but place_id C3871 lies in Idleb \(expected Idleb\)/,
      ),
    ]);
  });

  it('5. a byte that is not UTF-8 on line 4 costs that row only; a folder where a file belongs is named', () => {
    const dir = brokenCopy([[2, 'note', 'NOTE-HERE']]);
    const bytes = readFileSync(join(dir, 'incidents.csv'));
    const at = bytes.indexOf('NOTE-HERE');
    bytes[at + 4] = 0xff;
    writeFileSync(join(dir, 'incidents.csv'), bytes);
    const { code, out, err } = validate(dir);
    expect(code).toBe(1);
    expect(lines(out).filter((l) => !l.includes('warning') && l.includes('UTF-8'))).toEqual([
      expect.stringMatching(/incidents\.csv:4:note: has a byte that is not UTF-8 at character 5 /),
    ]);
    expect(err).toMatch(/: 60 records, /);
    const folder = validate(join(dir, 'places.csv'));
    expect(folder.code).toBe(2);
    expect(folder.err.split('\n')[0]).toBe(
      `validate: ${join(dir, 'places.csv')} is a file, not a folder (expected a data folder holding incidents.csv, reports.csv and places.csv)`,
    );
    // A folder where a file belongs: that file's one issue, the other files still read.
    renameSync(join(dir, 'reports.csv'), join(dir, 'reports.csv.bak'));
    mkdirSync(join(dir, 'reports.csv'));
    const inFolder = validate(dir);
    expect(inFolder.code).toBe(1);
    expect(lines(inFolder.out)[0]).toBe(
      `${dir}/reports.csv:0:-: is a folder, not a file (expected reports.csv to be a CSV file)`,
    );
  });

  it('6. a 2 MB invalid cell gives a message line of a few hundred characters', () => {
    const dir = brokenCopy([[19, 'killed_min', `=${'9x'.repeat(1_000_000)}`]]);
    const { code, out } = validate(dir);
    expect(code).toBe(1);
    const line = lines(out).find((l) => l.includes(':killed_min:')) ?? '';
    expect(line).toContain('… (2000001 characters) is not a count');
    for (const l of lines(out)) expect(l.length).toBeLessThan(1_000);
  });

  it.each([
    [
      ['--source', 'No Such Source'],
      'summary: --source "No Such Source" is not a source of any record in data (closest known: ',
    ],
    [
      ['--type', 'picnic'],
      'summary: --type "picnic" is not the event type of any record in data (closest known: ',
    ],
    [
      ['--admin1', 'Idlibb'],
      'summary: --admin1 "Idlibb" is not a place in data/places.csv (closest known: "Idleb"',
    ],
  ])('8. summary %j exits 2 naming the value and the closest known ones', (args, message) => {
    const { code, out, err } = run('./summary.ts', ['--data', 'data', ...args]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')[0]).toContain(message);
  });

  it('10. extract reads HTML as text, as Add report does: no scripts, styles or tags', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tolltrack-html-')), 'report.html');
    writeFileSync(
      file,
      [
        '<!doctype html><html><head><title>99 killed</title><style>.x{content:"40 were killed"}</style>',
        '<script>var s = "<p>At least 77 people were killed in Aleppo on Monday</p>";</script></head>',
        '<body><article><h1>Strikes on Idlib</h1><!-- 300 killed -->',
        '<p>At least <b>25</b> people were killed, including 10 children, in air strikes on Idlib city on Sunday, the White Helmets said.</p>',
        '</article></body></html>',
      ].join('\n'),
    );
    const { code, out } = run('./extract.ts', ['--published', '2024-12-02', file]);
    expect(code).toBe(0);
    const { records } = JSON.parse(out) as {
      records: { killedMin: number; evidence: { text: string }[] }[];
    };
    expect(records.map((r) => r.killedMin)).toEqual([25]);
    expect(records[0]?.evidence.map((e) => e.text)).toEqual([
      'At least 25 people were killed, including 10 children, in air strikes on Idlib city on Sunday, the White Helmets said.',
    ]);
  });
});
