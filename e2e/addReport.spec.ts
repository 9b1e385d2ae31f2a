import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseTable } from '../src/ingest/parseTable';
import { INCIDENT_COLUMNS, incidentRowSchema } from '../src/model/incident';
import { watchCsp } from './watchCsp';
import { seedWorkspace, workspaceRecord } from './workspaceSeed';

// The founding report is team material beside the clone; it is read, never copied in.
const seedDir = join('..', 'shared', 'seed');
const seedFile = readdirSync(seedDir).find((f) => f.endsWith('.txt'));
if (!seedFile) throw new Error(`no founding report in ${seedDir}`);
const seedText = readFileSync(join(seedDir, seedFile), 'utf8');

test('paste a report, review the proposed records with their evidence, accept them; nothing is lost on reload', async ({
  page,
}) => {
  const csp = await watchCsp(page);
  await page.goto('/?page=add');
  await page.getByLabel('Publisher', { exact: true }).fill('Founding report (test)');
  await page.getByLabel('Published', { exact: true }).fill('2024-12-02');
  await page.getByLabel('URL', { exact: true }).fill('https://example.org/founding-report');
  await page.getByLabel('Report text').fill(seedText);
  await page.getByRole('button', { name: 'Propose records' }).click();

  const candidates = page.getByTestId('candidate');
  await expect(candidates).toHaveCount(2);
  await expect(page.getByTestId('report-text').locator('mark.evidence').first()).toBeVisible();
  const strike = candidates.filter({ hasText: 'Incident: ≥25 killed' });
  const total = candidates.filter({ hasText: 'Stated total: 56 killed' });
  await expect(strike).toHaveCount(1);
  await expect(total).toHaveCount(1);
  // Hovering a record marks the words it came from.
  await strike.hover();
  await expect(
    page.getByTestId('report-text').locator('mark.evidence-active').first(),
  ).toContainText(/25/);

  // The text gives no day for the strike: accepting asks for one instead of inventing it.
  await strike.getByRole('button', { name: 'Accept' }).click();
  const dateStart = strike.getByLabel('Date from');
  if ((await strike.getByTestId('candidate-problems').count()) > 0) {
    await expect(strike.getByTestId('candidate-problems')).toContainText('date_start');
    await dateStart.fill('2024-12-01');
    await strike.getByLabel('Date to').fill('2024-12-01');
    await strike.getByRole('button', { name: 'Accept' }).click();
  }
  await expect(strike).toHaveAttribute('data-status', 'accepted');
  await total.getByRole('button', { name: 'Accept' }).click();
  await expect(total).toHaveAttribute('data-status', 'accepted');
  await expect(page.getByTestId('workspace-count')).toHaveText('2');

  // Rows for data/incidents.csv read back with the project's own reader.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Rows for data/incidents.csv' }).click(),
  ]);
  const rows = parseTable(readFileSync(await file.path(), 'utf8'), {
    file: 'rows.csv',
    columns: INCIDENT_COLUMNS,
    rowSchema: incidentRowSchema,
  });
  expect(rows.issues).toEqual([]);
  expect(
    rows.records.map((r) => [r.record.kind, r.record.killedMin, r.record.childrenMin]),
  ).toEqual([
    ['incident', 25, 10],
    ['cumulative', 56, 20],
  ]);

  // Reload: the workspace and the draft are still there.
  await page.getByLabel('Publisher', { exact: true }).fill('Founding report (edited)');
  await page.reload();
  await expect(page.getByTestId('workspace-count')).toHaveText('2');
  await expect(page.getByLabel('Publisher', { exact: true })).toHaveValue(
    'Founding report (edited)',
  );
  await expect(page.getByLabel('Report text')).toHaveValue(seedText);

  // The dashboard leaves them out until asked, then shows them marked unpublished.
  await page.getByRole('button', { name: 'Dashboard' }).click();
  await expect(page.getByTestId('unpublished-banner')).toContainText(
    'holds 2 unpublished records, left out of every figure',
  );
  await expect(page.locator('.badge-unpublished')).toHaveCount(0);
  await page.getByRole('switch', { name: 'Include my unpublished records' }).check();
  await expect(page.getByTestId('unpublished-banner')).toContainText(
    'Includes 2 unpublished records',
  );
  await expect(page.locator('.badge-unpublished')).toHaveCount(1);
  expect(csp).toEqual([]);
});

test('a javascript: URL is refused when accepting', async ({ page }) => {
  await page.goto('/?page=add');
  await page.getByLabel('Publisher', { exact: true }).fill('Somebody');
  await page.getByLabel('Published', { exact: true }).fill('2024-12-02');
  await page.getByLabel('URL', { exact: true }).fill('javascript:alert(1)');
  await page
    .getByLabel('Report text')
    .fill(
      'At least 3 people were killed in an air strike on Idlib city on Sunday, the White Helmets said.',
    );
  await page.getByRole('button', { name: 'Propose records' }).click();
  const candidate = page.getByTestId('candidate').first();
  await candidate.getByRole('button', { name: 'Accept' }).click();
  await expect(candidate.getByTestId('candidate-problems')).toContainText('is not an http(s) URL');
  await expect(page.getByTestId('workspace-count')).toHaveText('0');
});

test('a corrupt workspace entry is set aside with a message; the other records load', async ({
  page,
}) => {
  await page.goto('/?page=add');
  await expect(page.getByTestId('workspace-count')).toHaveText('0');
  const record = (id: string, killedMin: number, killedMax: number) =>
    workspaceRecord(id, { killedMin, killedMax, placeId: 'SY07', day: '2024-12-01' });
  // The second breaks a rule validate enforces: more killed at least than at most.
  await seedWorkspace(page, [record('W-1', 3, 3), record('W-2', 9, 3)]);
  await page.reload();
  await expect(page.getByTestId('workspace-count')).toHaveText('1');
  await expect(page.getByTestId('workspace-set-aside')).toContainText(
    '1 saved entry was set aside and kept apart in IndexedDB "tolltrack" (the rest loaded); first: incidents[1]: killed_min: 9 is greater than killed_max 3',
  );
  const keys = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('tolltrack');
        open.onsuccess = () => {
          const request = open.result
            .transaction('workspace')
            .objectStore('workspace')
            .getAllKeys();
          request.onsuccess = () => resolve(request.result.map(String));
        };
      }),
  );
  expect(keys.filter((k) => k.startsWith('set-aside:'))).toHaveLength(1);
});

test('a long report is read off the page: progress is shown, the page stays responsive, Cancel stops it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?page=add');
  await page.getByLabel('Published', { exact: true }).fill('2024-12-02');
  const sentence =
    'At least 5 people were killed in shelling on Ariha on Sunday, the White Helmets said.\n';
  await page.getByLabel('Report text').fill(sentence.repeat(4_000));
  await page.getByRole('button', { name: 'Propose records' }).click();
  const progress = page.getByRole('progressbar', { name: 'Reading the report' });
  await expect(progress).toBeVisible();
  // The page's thread answers while the worker reads (the extractor used to block it).
  const asked = Date.now();
  await page.evaluate(() => document.title);
  expect(Date.now() - asked).toBeLessThan(1000);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toHaveCount(0);
  await expect(page.locator('.export-status')).toContainText('cancelled');
  await expect(page.getByTestId('candidate')).toHaveCount(0);

  // A short report still reads to the end.
  await page.getByLabel('Report text').fill(sentence);
  await page.getByRole('button', { name: 'Propose records' }).click();
  await expect(page.getByTestId('candidate')).toHaveCount(1);
});
