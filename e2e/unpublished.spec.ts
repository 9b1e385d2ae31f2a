import { expect, type Page, test } from '@playwright/test';
import { unpublishedLine } from '../src/app/export/composeExportSvg';
import { downloadBundle, downloadExport, parseCsvText } from './exportFiles';
import { seedWorkspace, workspaceRecord } from './workspaceSeed';

const VIEW = '/?region=SY07&from=2024-11-27&to=2024-12-02';

const download = async (page: Page, item: string) =>
  (await downloadExport(page, item)).bytes.toString('utf8');

test('unpublished records: left out until switched on, the switch in the URL, marked in every export, and a link elsewhere says what it lacks', async ({
  page,
  browser,
}) => {
  await page.goto('/?page=add');
  await expect(page.getByTestId('workspace-count')).toHaveText('0');
  await seedWorkspace(page, [
    // A day with no other Idleb record: it is an incident of its own, adding exactly 12.
    workspaceRecord('W-1', { killedMin: 12, killedMax: 12, placeId: 'SY07', day: '2024-11-30' }),
  ]);
  await page.goto(VIEW);
  const killed = page.getByTestId('killed-min');
  await expect(killed).toBeVisible();
  const published = Number((await killed.textContent())?.replace(/,/g, ''));
  // Off by default: the figures, table and link hold only published records.
  await expect(page.getByTestId('unpublished-banner')).toContainText(
    'holds 1 unpublished record, left out of every figure and export',
  );
  await expect(page.locator('[data-record-id="W-1"]')).toHaveCount(0);
  expect(page.url()).not.toContain('mine=');

  const toggle = page.getByRole('switch', { name: 'Include my unpublished records' });
  await toggle.check();
  await expect(page).toHaveURL(/[?&]mine=1\.[0-9a-f]{8}/);
  await expect(killed).toHaveText(String(published + 12));
  await expect(page.locator('[data-record-id="W-1"] .badge-unpublished')).toHaveCount(1);

  // Records CSV: a status column; JSON: a status per record and their count in meta.
  const csv = parseCsvText(await download(page, 'Records as CSV'));
  const statusOf = new Map(csv.rows.map((r) => [r.id, r.status]));
  expect(statusOf.get('W-1')).toBe('unpublished');
  expect([...statusOf.values()].filter((s) => s === 'unpublished')).toHaveLength(1);
  expect(
    [...statusOf.values()].filter((s) => s !== 'unpublished').every((s) => s === 'published'),
  ).toBe(true);
  const json = JSON.parse(await download(page, 'Records as JSON'));
  expect(json.meta.unpublishedRecords).toBe(1);
  expect(json.records.find((r: { id: string }) => r.id === 'W-1').status).toBe('unpublished');
  const stated = parseCsvText(await download(page, 'Stated totals as CSV'));
  expect(stated.rows.every((r) => r.status === 'published')).toBe(true);

  // The bundle: its records and incidents count it, its README says so.
  const bundle = await downloadBundle(page, 'tolltrack-deaths-idleb-2024-11-27_2024-12-02');
  const bundled = parseCsvText(bundle.file('records.csv'));
  expect(bundled.rows.find((r) => r.id === 'W-1')?.status).toBe('unpublished');
  const incidents = parseCsvText(bundle.file('incidents.csv'));
  expect(incidents.rows.filter((r) => r.unpublished_records === '1')).toHaveLength(1);
  expect(bundle.file('README.md')).toContain(unpublishedLine(1));
  expect(bundle.file('LICENSES.md')).toContain(unpublishedLine(1));

  // Images: a footer line with their count (the PNG is drawn from the same SVG).
  const svg = await download(page, 'Chart as SVG');
  expect(svg).toMatch(
    /<text[^>]*class="unpublished-line"[^>]*>Includes 1 unpublished record from the Add report workspace/,
  );

  // The same link in a browser without the record: it says the view included one it lacks.
  const link = page.url();
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(link);
  await expect(other.getByTestId('killed-min')).toHaveText(String(published));
  await expect(other.getByTestId('unpublished-missing')).toContainText(
    'The view this link reproduces included 1 unpublished record from the Add report workspace of the browser it was made in. This browser does not have it',
  );
  await elsewhere.close();

  // Switched off: the URL forgets it and the figures are the published ones again.
  await toggle.uncheck();
  await expect(killed).toHaveText(String(published));
  expect(page.url()).not.toContain('mine=');
  const svgOff = await download(page, 'Chart as SVG');
  expect(svgOff).not.toContain('unpublished-line');
});
