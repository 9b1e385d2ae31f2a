import { expect, test } from '@playwright/test';
import { cliSummary } from './cliSummary';

const en = (n: number) => n.toLocaleString('en-GB');

// SY24-018 (SOHR: at least 5 killed near Aleppo university, 1 Dec) and SY24-022 (White
// Helmets, via Mestios: 12 killed at a university hospital entrance, 1 Dec) describe the same
// strikes with different figures.
test('two reports of the same strike are one incident with both figures; the total counts it once', async ({
  page,
}) => {
  await page.goto('/?region=SY02&from=2024-12-01&to=2024-12-01');
  await expect(page.getByTestId('records')).toHaveText('2');
  await expect(page.getByTestId('incidents')).toHaveText('1');
  const cli = cliSummary(['--admin1', 'Aleppo', '--from', '2024-12-01', '--to', '2024-12-01']);
  expect(cli.incidents).toBe(1);
  // Counted once, from the lowest figure to the highest, never the sum 5 + 12.
  await expect(page.getByTestId('killed-min')).toHaveText(en(cli.killedMin));
  expect(cli.killedMin).toBe(5);
  expect(cli.killedMax).toBe(12);
  await expect(page.getByTestId('killed-max')).toContainText('up to 12');
  await expect(page.getByTestId('records-killed-min')).toHaveText('17');

  await page.getByTestId('killed-min').click();
  const panel = page.getByTestId('provenance');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('provenance-incident')).toHaveCount(1);
  const members = panel.getByTestId('provenance-member');
  await expect(members).toHaveCount(2);
  await expect(members.filter({ hasText: 'Syrian Observatory for Human Rights' })).toContainText(
    '≥5',
  );
  await expect(members.filter({ hasText: 'White Helmets' })).toContainText('12');
  // Both reports, each with its link.
  await expect(panel.locator('a[href*="channelnewsasia.com"]')).toHaveCount(1);
  await expect(panel.locator('a[href*="mestios.com"]')).toHaveCount(1);
  await expect(panel.getByText('sources disagree')).toBeVisible();
  await panel.getByText('Why these records are one incident').click();
  await expect(panel).toContainText('same day 2024-12-01');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
});

test('every headline figure opens the incidents behind it', async ({ page }) => {
  await page.goto('/?region=SY07&from=2024-11-27&to=2024-12-02');
  for (const figure of ['killed-min', 'children-min', 'incidents']) {
    await page.getByTestId(figure).click();
    const panel = page.getByTestId('provenance');
    await expect(panel.getByTestId('provenance-incident')).toHaveCount(
      Number(await page.getByTestId('incidents').textContent()),
    );
    await panel.getByRole('button', { name: 'Close' }).click();
  }
});

test('a table cell opens the incident behind the record', async ({ page }) => {
  await page.goto('/?region=SY02&from=2024-12-01&to=2024-12-01');
  await page.locator('[data-record-id="SY24-022"] .cell-button').click();
  const panel = page.getByTestId('provenance');
  await expect(panel.getByTestId('provenance-member')).toHaveCount(2);
});

test('stated totals show the sum of incidents beside them, with the gap', async ({ page }) => {
  await page.goto('/?region=SY07&from=2024-11-27&to=2024-12-02');
  const cli = cliSummary(['--admin1', 'Idlib', '--from', '2024-11-27', '--to', '2024-12-02']);
  const checks = cli.cumulativeChecks as Array<{
    id: string;
    reportedKilledMin: number;
    incidentsKilledMin: number;
  }>;
  const wh = checks.find((c) => c.id === 'SY24-027');
  expect(wh?.reportedKilledMin).toBe(56);
  const item = page
    .getByTestId('stated-total')
    .filter({ hasText: 'White Helmets: 56 since 27 Nov' })
    .first();
  await expect(item.getByTestId('cumulative-check')).toContainText(
    `Documented in incidents: ${en(wh?.incidentsKilledMin ?? -1)} of 56; ${en(56 - (wh?.incidentsKilledMin ?? 0))} not yet attributed to an incident`,
  );
});
