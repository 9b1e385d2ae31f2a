import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { cliSummary } from './cliSummary';

/* Tolls as the sources state them (issue 13), on the two bundled datasets: data/ and UCDP's. */

const en = (n: number) => n.toLocaleString('en-GB');

const download = async (page: Page, item: string) => {
  await page.getByText('Export', { exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  return readFileSync(await file.path()).toString('utf8');
};

/** The rows of an exported CSV (a header line, then plain numeric cells). */
const csvRows = (text: string) => {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n/)
    .filter((l) => l && !/^"?#/.test(l));
  const header = (lines[0] ?? '').split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
};

test('the headline puts the sources’ own totals first, as npm run summary gives them', async ({
  page,
}) => {
  await page.goto('/');
  const cli = cliSummary([]) as unknown as {
    statedTotals: Array<{ source: string; killedMin: number; wording: string }>;
  };
  const first = cli.statedTotals[0];
  expect(first?.killedMin).toBe(1894);
  const lead = page.getByTestId('stated-source').first();
  await expect(lead).toContainText(en(1894));
  await expect(lead).toContainText('SOHR');
  await expect(lead).toContainText('since 8 Dec, as of 31 Dec');
  await page.getByRole('button', { name: /Show all \d+ sources/ }).click();
  await expect(page.getByTestId('stated-source')).toHaveCount(cli.statedTotals.length);
  // Then what the incident records document, and the gap.
  await expect(page.getByTestId('stated-gap')).toContainText('a gap of');
});

test('UCDP by month: the bars add up to the line, and the line is the best estimate', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?dataset=ucdp-syria&view=bars&unit=month');
  await expect(page.getByTestId('killed-best')).toBeVisible({ timeout: 60_000 });
  const cli = cliSummary(['--data', 'data/ucdp-syria']) as unknown as {
    killedMin: number;
    killedMax: number;
    killedBest: number;
  };
  await expect(page.getByTestId('killed-best')).toHaveText(en(cli.killedBest));
  const rows = csvRows(await download(page, 'Plotted series as CSV'));
  expect(rows.length).toBeGreaterThan(40);
  const sum = (key: string) => rows.reduce((s, r) => s + Number(r[key] ?? 0), 0);
  const last = rows.at(-1) ?? {};
  // Every record is in the bars, multi-month ones spread over their months.
  expect(Math.abs(sum('new_killed_lower') - cli.killedMin)).toBeLessThan(1e-6);
  expect(Number(last.cumulative_killed_lower)).toBe(cli.killedMin);
  expect(Math.abs(sum('new_killed_best') - cli.killedBest)).toBeLessThan(1e-6);
  expect(Number(last.cumulative_killed_best)).toBe(cli.killedBest);
  expect(Number(last.cumulative_killed_upper)).toBe(cli.killedMax);
});

test('compare of every governorate: one colour per region in the exported SVG', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?dataset=ucdp-syria&view=compare&unit=month');
  await expect(page.locator('.line-end-label')).toHaveCount(14, { timeout: 60_000 });
  const svg = await download(page, 'Chart as SVG');
  const strokes = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    // Each region's line is a path titled "<region> (lower bound)" (classes are not exported).
    return [...doc.querySelectorAll('path')]
      .filter((p) => p.querySelector('title')?.textContent?.endsWith('(lower bound)'))
      .map((p) => p.getAttribute('stroke'));
  }, svg);
  expect(strokes).toHaveLength(14);
  expect(new Set(strokes).size).toBe(14);
});
