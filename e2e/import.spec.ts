import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { importAcled } from '../src/ingest/import/importAcled';
import { parseTable } from '../src/ingest/parseTable';
import { PLACE_COLUMNS, placeRowSchema } from '../src/model/place';
import { dropFile } from './dropFile';
import { watchCsp } from './watchCsp';

const en = (n: number) => n.toLocaleString('en-GB');

// SYNTHETIC fixture in ACLED's export layout (test/fixtures/import/README.md).
const ACLED_FILE = 'test/fixtures/import/acled-synthetic.csv';
const acledText = readFileSync(ACLED_FILE, 'utf8');
const gazetteer = parseTable(readFileSync('data/places.csv', 'utf8'), {
  file: 'places.csv',
  columns: PLACE_COLUMNS,
  optionalColumns: ['name_ar'],
  rowSchema: placeRowSchema,
}).records.map((r) => r.record);

test('drop an ACLED CSV: progress, then the imported totals, labelled with the file name', async ({
  page,
}) => {
  const csp = await watchCsp(page);
  await page.goto('/');
  await expect(page.getByTestId('killed-min')).toBeVisible();
  // Hold the gazetteer back a moment so the progress can be seen.
  await page.route('**/data/places.csv', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await dropFile(page, 'acled-export.csv', acledText);
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();

  // Expected figures from the importer run here, on the same text and gazetteer.
  const expected = importAcled(acledText, gazetteer, { file: 'acled-export.csv' });
  expect(expected.rowsRead).toBe(expected.imported + expected.rejected);
  await expect(page.getByTestId('import-counts')).toHaveText(
    `${en(expected.rowsRead)} rows read, ${en(expected.imported)} imported, ${en(expected.rejected)} rejected`,
  );
  await expect(page.getByTestId('dataset-banner')).toContainText(
    'acled-export.csv (imported file)',
  );
  await expect(page.getByTestId('dataset-banner')).toContainText('not a bundled dataset');
  const incidents = expected.incidents.filter((i) => i.kind === 'incident');
  const killedMin = incidents.reduce((sum, i) => sum + (i.killedMin ?? 0), 0);
  await expect(page.getByTestId('records')).toHaveText(en(incidents.length));
  // Coded events are never grouped: the documented total is the coders' own sum.
  await expect(page.getByTestId('killed-min')).toHaveText(en(killedMin));
  await expect(page.getByTestId('coded-events-note')).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  expect(csp).toEqual([]);
});

test('a file with bad rows lists them for download; a malformed file gets one clear error', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('killed-min')).toBeVisible();
  const lines = acledText.trimEnd().split('\n');
  const header = (lines[0] ?? '').split(',');
  const fatalities = header.indexOf('fatalities');
  // Row 3 (line 3) gets a fatality figure that is not a count.
  const broken = lines.map((line, i) => {
    if (i !== 2) return line;
    const cells = line.split(',');
    cells[fatalities] = 'many';
    return cells.join(',');
  });
  const text = `${broken.join('\n')}\n`;
  const expected = importAcled(text, gazetteer, { file: 'broken.csv' });
  expect(expected.rejected).toBeGreaterThan(0);
  await dropFile(page, 'broken.csv', text);
  await expect(page.getByTestId('import-counts')).toHaveText(
    `${en(expected.rowsRead)} rows read, ${en(expected.imported)} imported, ${en(expected.rejected)} rejected`,
  );
  await expect(page.getByTestId('rejected-rows')).toContainText('row 3, fatalities');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the rejected rows (CSV)' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8')
    .trimEnd()
    .split('\n');
  expect(csv[0]).toBe('row,column,reason');
  expect(csv[1]).toMatch(/^3,fatalities,/);

  await dropFile(page, 'notes.csv', 'title,body\nhello,world\n');
  await expect(page.getByRole('alert')).toContainText(
    'notes.csv could not be imported: does not look like a UCDP GED event CSV',
  );
});

test('an import can be cancelled; the dashboard stays on its dataset', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('killed-min')).toBeVisible();
  await page.route('**/data/places.csv', async (route) => {
    await new Promise((r) => setTimeout(r, 5000));
    await route.continue().catch(() => undefined);
  });
  await dropFile(page, 'acled-export.csv', acledText);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  await expect(page.getByTestId('import-summary')).toHaveCount(0);
  await expect(page.getByTestId('dataset-banner')).toHaveCount(0);
  await expect(page.getByTestId('killed-min')).toBeVisible();
});
