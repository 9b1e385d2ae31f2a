import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { cliSummary } from './cliSummary';
import { independentFigures } from './independentFigures';
import { watchCsp } from './watchCsp';

const en = (n: number) => n.toLocaleString('en-GB');

const headline = async (page: Page) => ({
  recordsKilledMin: await page.getByTestId('records-killed-min').textContent(),
  killedMin: await page.getByTestId('killed-min').textContent(),
  children: await page.getByTestId('children-min').textContent(),
  records: await page.getByTestId('records').textContent(),
  reports: await page.getByTestId('reports').textContent(),
});

test('loads the bundled data and shows headline figures computed from data/', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/');
  const all = independentFigures({});
  // The plain sum of every record, computed from data/ without the app's code…
  await expect(page.getByTestId('records-killed-min')).toHaveText(en(all.killedMin));
  await expect(page.getByTestId('records-children-min')).toHaveText(en(all.childrenMin));
  await expect(page.getByTestId('records')).toHaveText(en(all.records));
  await expect(page.getByTestId('reports')).toHaveText(en(all.reports));
  // …and the headline (each incident once) equal to the command line's.
  const cli = cliSummary([]);
  await expect(page.getByTestId('killed-min')).toHaveText(en(cli.killedMin));
  await expect(page.getByTestId('children-min')).toHaveText(en(cli.childrenMin));
  await expect(page.getByTestId('incidents')).toHaveText(en(cli.incidents));
  await expect(page.getByTestId('table-count')).toHaveText(String(all.records));
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  // Links to sources open safely.
  const link = page.locator('.records a[href^="http"]').first();
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  expect(violations).toEqual([]);
});

test('selecting Idlib and a date range changes the headline to the independent figures; the URL round-trips', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('killed-min')).toBeVisible();
  const before = await headline(page);

  await page
    .getByRole('checkbox', { name: /^Idleb\b/ })
    .first()
    .check();
  await expect(page).toHaveURL(/region=SY07/);
  await page.getByLabel('From', { exact: true }).fill('2024-11-27');
  await page.getByLabel('To', { exact: true }).fill('2024-12-02');
  await expect(page).toHaveURL(/from=2024-11-27/);
  await expect(page).toHaveURL(/to=2024-12-02/);

  const idlib = independentFigures({ admin1Id: 'SY07', from: '2024-11-27', to: '2024-12-02' });
  expect(idlib.records).toBeGreaterThan(0);
  await expect(page.getByTestId('records-killed-min')).toHaveText(en(idlib.killedMin));
  await expect(page.getByTestId('records-children-min')).toHaveText(en(idlib.childrenMin));
  await expect(page.getByTestId('records')).toHaveText(en(idlib.records));
  await expect(page.getByTestId('reports')).toHaveText(en(idlib.reports));
  const cli = cliSummary(['--admin1', 'Idlib', '--from', '2024-11-27', '--to', '2024-12-02']);
  await expect(page.getByTestId('killed-min')).toHaveText(en(cli.killedMin));
  await expect(page.getByTestId('incidents')).toHaveText(en(cli.incidents));
  // The analyst's question: who says how many since 27 November.
  await expect(
    page.getByTestId('stated-total').filter({ hasText: 'White Helmets: 56 since 27 Nov' }).first(),
  ).toBeVisible();
  const filtered = await headline(page);

  // A copied link reproduces the view.
  const url = page.url();
  const second = await page.context().newPage();
  await second.goto(url);
  await expect(second.getByTestId('records-killed-min')).toHaveText(en(idlib.killedMin));
  expect(await headline(second)).toEqual(filtered);
  await expect(second.getByRole('checkbox', { name: /^Idleb\b/ }).first()).toBeChecked();
  await second.close();

  // Back steps through the filters, Forward returns.
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await expect(page.getByTestId('killed-min')).toHaveText(before.killedMin ?? '');
  await page.goForward();
  await page.goForward();
  await page.goForward();
  await expect(page.getByTestId('records-killed-min')).toHaveText(en(idlib.killedMin));
});

test('clicking the chart narrows the table to that period', async ({ page }) => {
  await page.goto('/?view=bars&unit=day&from=2024-11-27&to=2024-12-10');
  await expect(page.getByTestId('chart')).toBeVisible();
  const total = Number(await page.getByTestId('table-count').textContent());
  const bar = page.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect').first();
  await expect(bar).toBeVisible();
  await bar.click();
  await expect(page).toHaveURL(/period=/);
  const period = /period=(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})/.exec(
    decodeURIComponent(page.url()),
  );
  expect(period).not.toBeNull();
  const narrowed = Number(await page.getByTestId('table-count').textContent());
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(total);
  await expect(page.getByText(/Showing .* only/)).toBeVisible();
  // The click also lists the incidents of that period, with their sources.
  const panel = page.getByTestId('provenance');
  await expect(panel.getByTestId('provenance-incident').first()).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Show all dates' }).click();
  await expect(page.getByTestId('table-count')).toHaveText(String(total));
});

test('an invalid dataset shows the error state with file, line and column', async ({ page }) => {
  await page.route('**/data/incidents.csv', async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    await route.fulfill({
      response,
      body: text.replace(/\n(SY24-001,[^,]*,)cumulative,/, '\n$1sometimes,'),
    });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data/incidents.csv could not be loaded');
  await expect(alert).toContainText(/data\/incidents\.csv:\d+:kind: "sometimes" is not a kind/);
  await expect(page.getByTestId('killed-min')).toHaveCount(0);
});

test('a missing file is named in the error state', async ({ page }) => {
  await page.route('**/data/reports.csv', (route) =>
    route.fulfill({ status: 404, body: 'not found' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(
    'data/reports.csv could not be loaded: the server answered 404',
  );
});

test('no records for a filter shows the empty state', async ({ page }) => {
  await page.goto('/?region=SY13');
  await expect(page.getByText('No records match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page.getByTestId('killed-min')).toBeVisible();
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`axe finds no serious or critical violations, and a screenshot at ${viewport.width}×${viewport.height}`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto('/?region=SY07');
    await expect(page.getByTestId('killed-min')).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    // Nothing may stick out of the page sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const path = testInfo.outputPath(`dashboard-${viewport.width}x${viewport.height}.png`);
    await page.screenshot({ path, fullPage: false });
    await testInfo.attach(`dashboard ${viewport.width}×${viewport.height}`, {
      path,
      contentType: 'image/png',
    });
  });
}

test('the second bundled dataset (UCDP Syria 2016–2019) opens from the dataset menu, with the figures of npm run summary and its attribution', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.getByLabel('Dataset').selectOption('ucdp-syria');
  await expect(page).toHaveURL(/dataset=ucdp-syria/);
  const cli = cliSummary(['--data', 'data/ucdp-syria']);
  await expect(page.getByTestId('killed-min')).toHaveText(en(cli.killedMin), { timeout: 30_000 });
  await expect(page.getByTestId('incidents')).toHaveText(en(cli.incidents));
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expect(page.getByText('Uppsala Conflict Data Program (UCDP)').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
