import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TEST_GAZETTEER } from '../../test/fixtures/import/testGazetteer';
import { UCDP_GED_FILE } from '../../test/helpers/sharedData';
import { importUcdpGed } from '../ingest/import/importUcdpGed';
import { parseDataset } from '../ingest/parseDataset';
import { parseTable } from '../ingest/parseTable';
import { PLACE_COLUMNS, placeRowSchema } from '../model/place';
import { parseImportArgs, runImport } from './import';
import { datasetFolderTexts, writeDatasetFolder } from './writeDatasetFolder';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const ACLED_FIXTURE = here('../../test/fixtures/import/acled-synthetic.csv');
// The real file beside the clone: missing, the test fails loudly (test/helpers/sharedData.ts).
const GED = UCDP_GED_FILE;
const PLACES = here('../../data/places.csv');

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { log: (l: string) => out.push(l), error: (l: string) => err.push(l) }, out, err };
};

const readFolder = (dir: string) => {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    reports: read('reports.csv'),
    incidents: read('incidents.csv'),
    places: read('places.csv'),
    annotations: read('annotations.csv'),
    info: read('dataset.json'),
  };
};

const testGazetteerFile = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'tolltrack-gaz-'));
  const path = join(dir, 'places.csv');
  const texts = datasetFolderTexts({
    reports: [],
    incidents: [],
    places: TEST_GAZETTEER,
    issues: [],
  });
  writeFileSync(path, texts['places.csv'] ?? '');
  return path;
};

describe('parseImportArgs', () => {
  it('reads the documented form, options in any order', async () => {
    expect(
      parseImportArgs(['x.csv', '--out', 'd', '--format', 'acled', '--gazetteer', 'g.csv']),
    ).toEqual({
      ok: true,
      args: {
        format: 'acled',
        input: 'x.csv',
        out: 'd',
        gazetteer: 'g.csv',
        allPlaces: false,
        points: true,
        force: false,
      },
    });
  });

  it.each([
    [[], '--format is required'],
    [['--format', 'xlsx', 'a.csv', '--out', 'd'], '--format "xlsx" is not supported'],
    [['--format', 'ucdp', '--out', 'd'], 'expected one input FILE, got none'],
    [
      ['--format', 'ucdp', 'a.csv', 'b.csv', '--out', 'd'],
      'unexpected b.csv (takes at most 1 FILE)',
    ],
    [['--format', 'ucdp', 'a.csv'], '--out DIR is required'],
    [['--format', 'ucdp', 'a.csv', '--out'], '--out needs a value'],
    [['--format', 'ucdp', 'a.csv', '--out', 'd', '--dry-run'], 'unknown option --dry-run'],
  ])('%j → %s', (argv, message) => {
    const parsed = parseImportArgs(argv);
    expect(parsed.ok).toBe(false);
    expect('message' in parsed && parsed.message).toContain(message);
  });
});

describe('runImport', () => {
  it('exits 2 with the usage on bad arguments and on a missing input file', async () => {
    const bad = capture();
    expect(await runImport(['--format', 'ucdp'], bad.io)).toBe(2);
    expect(bad.err.join('\n')).toContain('usage: npm run --silent import -- ');
    const missing = capture();
    expect(
      await runImport(['--format', 'ucdp', '/nonexistent.csv', '--out', '/tmp/x'], missing.io),
    ).toBe(2);
    expect(missing.err[0]).toBe('import: input file /nonexistent.csv does not exist');
    const folder = capture();
    expect(await runImport(['--format', 'ucdp', tmpdir(), '--out', '/tmp/x'], folder.io)).toBe(2);
    expect(folder.err[0]).toBe(`import: input file ${tmpdir()} is a folder (expected a file)`);
  });

  const acledInto = async (out: string, ...more: string[]) => {
    const run = capture();
    const args = ['--format', 'acled', ACLED_FIXTURE, '--out', out, ...more];
    const code = await runImport([...args, '--gazetteer', testGazetteerFile()], run.io);
    return { code, ...run };
  };
  const snapshot = (dir: string) =>
    Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

  it('refuses a folder that holds files, writes nothing and exits 2', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tolltrack-busy-'));
    writeFileSync(join(out, 'incidents.csv'), 'analyst work');
    writeFileSync(join(out, 'README.md'), 'notes');
    const before = snapshot(out);
    const { code, err, out: log } = await acledInto(out);
    expect(code).toBe(2);
    expect(err[0]).toBe(
      `import: --out ${out} already holds 2 files (README.md, incidents.csv); nothing was written (give --force to replace the files an import writes, keeping the others, or choose an empty or new folder)`,
    );
    expect(log).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  });

  it("with --force replaces the import files in one rename and keeps the folder's other files", async () => {
    const parent = mkdtempSync(join(tmpdir(), 'tolltrack-force-'));
    const out = join(parent, 'ds');
    expect((await acledInto(out)).code).toBe(0);
    writeFileSync(join(out, 'README.md'), 'notes');
    writeFileSync(join(out, 'incidents.csv'), 'stale');
    const again = await acledInto(out, '--force');
    expect(again.code).toBe(0);
    expect(again.out.at(-1)).toMatch(/^replaced /);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('notes');
    expect(readFileSync(join(out, 'incidents.csv'), 'utf8')).toMatch(/^id,report_ids,/);
    // No staging or old folder is left beside it.
    expect(readdirSync(parent)).toEqual(['ds']);
  });

  it('leaves the old folder whole when writing the new one fails midway', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'tolltrack-fail-'));
    const out = join(parent, 'ds');
    expect((await acledInto(out)).code).toBe(0);
    const before = snapshot(out);
    // The second file cannot be written (a NUL in its name): the first is already in staging.
    const texts = { 'reports.csv': 'new', 'bad\u0000.csv': 'x' };
    expect(() => writeDatasetFolder(out, texts, { force: true })).toThrow();
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['ds']);
  });

  it('refuses an --out that is a file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tolltrack-file-')), 'x.csv');
    writeFileSync(file, 'keep');
    const { code, err } = await acledInto(file, '--force');
    expect(code).toBe(2);
    expect(err[0]).toContain('exists and is not a folder');
    expect(readFileSync(file, 'utf8')).toBe('keep');
  });

  it('writes an ACLED import as a data folder that parses with no errors', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tolltrack-acled-'));
    const { io, out: log } = capture();
    expect(
      await runImport(
        ['--format', 'acled', ACLED_FIXTURE, '--out', out, '--gazetteer', testGazetteerFile()],
        io,
      ),
    ).toBe(0);
    expect(log[0]).toBe('10 rows read, 6 imported, 4 rejected');
    expect(log).toContain('       1  admin2  Atarib');

    const parsed = parseDataset(readFolder(out));
    expect(parsed.issues).toEqual([]);
    expect(parsed.dataset.incidents).toHaveLength(6);
    // What the folder is, for credits and so that its coded events are never grouped again.
    const latest = parsed.dataset.incidents
      .map((i) => i.dateEnd ?? '')
      .sort()
      .at(-1);
    expect(parsed.dataset.info).toMatchObject({
      publisher: 'Armed Conflict Location & Event Data (ACLED)',
      records: 'coded-events',
      asOf: latest,
    });
    // Only the places used, with their ancestors, so that every parent_id resolves.
    expect(parsed.dataset.places.map((p) => p.id)).toEqual([
      'SY',
      'SY02',
      'SY0200',
      'SY05',
      'SY0501',
      'SY06',
      'SY07',
      'SY0700',
      'C3871',
      'C3953',
    ]);
    expect(readFileSync(join(out, 'annotations.csv'), 'utf8')).toMatch(
      /^date_start,date_end,label,url\n?$/,
    );

    const issues = Papa.parse<Record<string, string>>(
      readFileSync(join(out, 'import-issues.csv'), 'utf8'),
      {
        header: true,
        skipEmptyLines: 'greedy',
      },
    );
    expect(issues.meta.fields).toEqual(['file', 'row', 'column', 'message', 'severity']);
    expect(issues.data.map((r) => [r.file, r.row, r.column, r.severity])).toEqual([
      ['acled-synthetic.csv', '5', 'admin2', 'warning'],
      ['acled-synthetic.csv', '6', 'event_date', 'error'],
      ['acled-synthetic.csv', '7', 'fatalities', 'error'],
      ['acled-synthetic.csv', '10', 'event_id_cnty', 'error'],
      ['acled-synthetic.csv', '12', 'country', 'error'],
    ]);
  });

  it('writes nothing and exits 1 for a file that is not the format asked for', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tolltrack-wrong-')), 'out');
    const { io, err } = capture();
    expect(
      await runImport(
        ['--format', 'ucdp', ACLED_FIXTURE, '--out', out, '--gazetteer', testGazetteerFile()],
        io,
      ),
    ).toBe(1);
    expect(err[0]).toMatch(
      /^import: acled-synthetic.csv:1:.*does not look like a UCDP GED event CSV/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('turns the real GED Syria file into a folder that parseDataset accepts without errors', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tolltrack-ucdp-'));
    const { io, out: log } = capture();
    expect(
      // As data/ucdp-syria is made (its README): without the events' points.
      await runImport(
        ['--format', 'ucdp', GED, '--out', out, '--gazetteer', PLACES, '--no-points'],
        io,
      ),
    ).toBe(0);
    expect(log[0]).toBe('16566 rows read, 16566 imported, 0 rejected');
    const parsed = parseDataset(readFolder(out));
    expect(parsed.issues).toEqual([]);
    expect(parsed.dataset.incidents).toHaveLength(16566);
    expect(parsed.dataset.info).toMatchObject({ licence: 'CC BY 4.0', records: 'coded-events' });
    expect(parsed.dataset.incidents.reduce((sum, i) => sum + (i.killedBest ?? 0), 0)).toBe(112337);
    // The compact files read back as exactly the records the importer made.
    const gazetteer = parseTable(readFileSync(PLACES, 'utf8'), {
      file: 'places.csv',
      columns: PLACE_COLUMNS,
      optionalColumns: ['name_ar'],
      rowSchema: placeRowSchema,
    }).records.map((r) => r.record);
    const imported = importUcdpGed(readFileSync(GED, 'utf8'), gazetteer, {
      file: 'ucdp-ged-syria.csv',
      points: false,
    });
    expect(parsed.dataset.incidents).toEqual(imported.incidents);
    expect(parsed.dataset.reports).toEqual(imported.reports);
    // Every file we commit must stay under 2 MB (data/ucdp-syria/README.md, "Compact layout").
    for (const name of ['incidents.csv', 'reports.csv', 'places.csv', 'import-issues.csv'])
      expect(statSync(join(out, name)).size).toBeLessThan(2_000_000);
  }, 30_000);
});
