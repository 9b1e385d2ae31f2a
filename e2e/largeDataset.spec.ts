import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import Papa from 'papaparse';
import {
  SYNTHETIC_REPORTS_CSV,
  syntheticIncidentsCsv,
  syntheticReports,
} from '../bench/syntheticIncidents';
import { parseTable } from '../src/ingest/parseTable';
import { COLUMNS_SNAPSHOT_FILE, FIRST_VIEW_FILE } from '../src/model/dataset';
import { PLACE_COLUMNS, placeRowSchema } from '../src/model/place';
import { folderSnapshot } from '../vite/folderSnapshot';

/*
 * A folder too large to cluster, in the built app: SYNTHETIC records (bench/syntheticIncidents,
 * labelled so on screen), with the columns snapshot `vite build` writes for such a folder. The
 * dashboard's figures are compared with sums read from the CSV with papaparse, sharing no code
 * with the app.
 */
const RECORDS = 70_000; // ≈ 9 million overlapping pairs: above LARGE_DATASET_PAIRS.
const en = (n: number) => n.toLocaleString('en-GB');
const placesText = readFileSync('data/places.csv', 'utf8');

const writeFolder = (name: string, incidents: string, snapshotOf?: string): string => {
  // Served by `vite preview` from dist/, under the path the app accepts SYNTHETIC data from.
  const dir = path.join('dist', 'bench-synthetic', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'reports.csv'), SYNTHETIC_REPORTS_CSV(syntheticReports()));
  writeFileSync(path.join(dir, 'places.csv'), placesText);
  for (const file of ['annotations.csv', 'cluster-decisions.csv'])
    writeFileSync(
      path.join(dir, file),
      `${readFileSync(path.join('data', file), 'utf8').split('\n')[0]}\n`,
    );
  // The snapshot is made from `snapshotOf` (the CSV as built); the folder may then hold another.
  writeFileSync(path.join(dir, 'incidents.csv'), snapshotOf ?? incidents);
  const snapshot = folderSnapshot(dir);
  if (!snapshot) throw new Error(`${dir} is small enough to cluster: no snapshot`);
  writeFileSync(path.join(dir, COLUMNS_SNAPSHOT_FILE), snapshot.bytes);
  writeFileSync(path.join(dir, FIRST_VIEW_FILE), snapshot.firstView);
  writeFileSync(path.join(dir, 'incidents.csv'), incidents);
  return `synthetic:bench-synthetic/${name}/`;
};

/** Plain sums of incident records straight from the CSV text (optionally one governorate). */
const sums = (csv: string, governorate?: string) => {
  const places = Papa.parse<Record<string, string>>(placesText, { header: true }).data;
  const parent = new Map(places.map((p) => [p.id ?? '', p.parent_id ?? '']));
  const inside = (id: string) => {
    for (let p: string | undefined = id, depth = 0; p && depth < 10; p = parent.get(p), depth++)
      if (p === governorate) return true;
    return false;
  };
  const rows = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: true,
  }).data.filter((r) => r.kind === 'incident' && (!governorate || inside(r.place_id ?? '')));
  return {
    records: rows.length,
    killedMin: rows.reduce((s, r) => s + (r.killed_min ? Number(r.killed_min) : 0), 0),
  };
};

const places = parseTable(placesText, {
  file: 'places.csv',
  columns: PLACE_COLUMNS,
  optionalColumns: ['name_ar'],
  rowSchema: placeRowSchema,
}).records.map((r) => r.record);
const csv = syntheticIncidentsCsv(RECORDS, places, 11);

const expectFigures = async (page: Page, expected: { records: number; killedMin: number }) => {
  await expect(page.getByTestId('killed-min')).toHaveText(en(expected.killedMin));
  await expect(page.getByTestId('records')).toHaveText(en(expected.records));
};

test('a large folder opens from its snapshot: figures first, then its records; filters match the CSV', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dataset = writeFolder('e2e-large', csv);
  // The CSV is held back: the first phase (figures from the snapshot alone) stays on screen.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.context().route('**/bench-synthetic/e2e-large/incidents.csv', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/?dataset=${encodeURIComponent(dataset)}`);
  await expect(page.getByTestId('dataset-banner')).toContainText('SYNTHETIC');
  await expect(page.getByTestId('unreconciled-note')).toBeVisible();
  await expectFigures(page, sums(csv));
  await expect(page.getByTestId('snapshot-note')).toBeVisible();
  await expect(page.getByText('Loading the records behind these figures')).toBeVisible();
  await page.getByText('Export', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Records as CSV' })).toBeDisabled();
  // The CSV confirms the snapshot; the records arrive and the checking note goes.
  release();
  await expect(page.getByTestId('snapshot-note')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Records as CSV' })).toBeEnabled();
  await expect(page.getByTestId('snapshot-stale')).toHaveCount(0);
  await expect(page.getByTestId('table-limit-note')).toContainText('lists the first 1,000 of');
  await expect(page.locator('.records tbody tr').first()).toBeVisible();
  // The view carries the table's first page; its full list follows, and pages through.
  await expect(page.getByTestId('table-count')).toHaveText('1000');
  await page.locator('section.records').getByRole('button', { name: 'Show 100 more' }).click();
  await expect(page.locator('.records tbody tr')).toHaveCount(200);
  // A records export (the menu is still open) holds the table's full list.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Records as CSV' }).click(),
  ]);
  const exported = readFileSync(await download.path(), 'utf8');
  expect(
    exported
      .trim()
      .split('\n')
      .filter((l) => /^SYN/.test(l)),
  ).toHaveLength(1000);
  await expect(page.getByTestId('stated-total').first()).toBeVisible();

  await page.goto(`/?dataset=${encodeURIComponent(dataset)}&region=SY07`);
  await expectFigures(page, sums(csv, 'SY07'));
});

test('a snapshot that no longer matches its CSV is replaced by the CSV, and the page says so', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // One incident's lower bound raised by 1,000 after the snapshot was made (an open-ended
  // figure, so the row stays valid).
  const lines = csv.split('\n');
  const header = (lines[0] ?? '').split(',');
  const at = (name: string) => header.indexOf(name);
  const index = lines.findIndex((line, i) => {
    const cells = line.split(',');
    return (
      i > 0 &&
      cells[at('kind')] === 'incident' &&
      cells[at('killed_min')] !== '' &&
      cells[at('killed_max')] === '' &&
      cells.length === header.length
    );
  });
  const cells = (lines[index] ?? '').split(',');
  cells[at('killed_min')] = String(Number(cells[at('killed_min')]) + 1000);
  lines[index] = cells.join(',');
  const edited = lines.join('\n');
  const dataset = writeFolder('e2e-stale', edited, csv);
  await page.goto(`/?dataset=${encodeURIComponent(dataset)}`);
  await expect(page.getByTestId('snapshot-stale')).toBeVisible({ timeout: 60_000 });
  await expectFigures(page, sums(edited));
  expect(sums(edited).killedMin).toBe(sums(csv).killedMin + 1000);
});
