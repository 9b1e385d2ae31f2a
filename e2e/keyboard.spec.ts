import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const VIEW = '/?region=SY07&from=2024-11-27&to=2024-12-02';

/** What a screen reader would call the focused element (enough to tell a nameless stop). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return { tag: 'BODY', name: '' };
    const labelledBy = e.getAttribute('aria-labelledby');
    const labels = 'labels' in e ? [...((e as HTMLInputElement).labels ?? [])] : [];
    const name =
      e.getAttribute('aria-label') ||
      (labelledBy ? document.getElementById(labelledBy)?.textContent : '') ||
      labels.map((l) => l.textContent).join(' ') ||
      e.getAttribute('title') ||
      (e.tagName === 'SELECT' ? '' : e.textContent) ||
      '';
    return { tag: e.tagName, name: name.trim() };
  });

const inside = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);

test.beforeEach(async ({ page }) => {
  await page.goto(VIEW);
  await expect(page.getByTestId('killed-min')).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
});

test('a skip link is the first Tab stop and lands on the figures; every stop is named', async ({
  page,
}) => {
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toEqual({ tag: 'A', name: 'Skip to the figures' });
  await expect(page.getByRole('link', { name: 'Skip to the figures' })).toBeInViewport();
  await page.keyboard.press('Enter');
  expect(await inside(page, '#figures')).toBe(true);
  await expect(page.getByTestId('killed-min')).toBeInViewport();
  // From the figures, the headline's own controls come next, not the 59 filter stops.
  const stops: string[] = [];
  for (let i = 0; i < 12 && !(await inside(page, '.headline')); i++) {
    await page.keyboard.press('Tab');
    stops.push((await focusedName(page)).name);
  }
  expect(await inside(page, '.headline')).toBe(true);
  expect(stops.length).toBeLessThanOrEqual(3);
  // Every Tab stop of the page has a name.
  await page.locator('body').focus();
  const nameless: string[] = [];
  let stopCount = 0;
  for (; stopCount < 200; stopCount++) {
    await page.keyboard.press('Tab');
    const { tag, name } = await focusedName(page);
    if (tag === 'BODY') break; // past the last stop
    if (name === '') nameless.push(`${stopCount + 1}: ${tag}`);
  }
  expect(stopCount).toBeGreaterThan(40);
  expect(nameless).toEqual([]);
});

test('the chart is one named Tab stop with the arrow keys inside', async ({ page }) => {
  const surface = page.locator('[data-testid="chart"] svg.recharts-surface').first();
  await expect(surface).toHaveAttribute('aria-label', /^Chart: Documented deaths, cumulative\./);
  await surface.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.recharts-tooltip-wrapper').first()).toContainText(/\d/);
  await page.keyboard.press('Tab');
  expect(await inside(page, '.chart-area')).toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await inside(page, '.chart-area')).toBe(true);
  await page.keyboard.press('Shift+Tab');
  expect(await inside(page, '.chart-area')).toBe(false);
  expect((await focusedName(page)).name).toBe('Copy link');
});

test('Escape closes the Export menu and the side panel; focus returns to what opened them', async ({
  page,
}) => {
  const exportMenu = page.locator('.chart-card .export-menu details');
  const summary = exportMenu.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(exportMenu).toHaveAttribute('open', '');
  const axeOpen = await new AxeBuilder({ page }).include('.chart-card').analyze();
  expect(
    axeOpen.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
  ).toEqual([]);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(exportMenu).not.toHaveAttribute('open');
  await expect(summary).toBeFocused();

  // After an export the focus is on the menu, not the page's body.
  await page.keyboard.press('Enter');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Records as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/records\.csv$/);
  await expect(summary).toBeFocused();

  // The side panel: Escape closes it, focus goes back to the figure that opened it.
  const figure = page.getByTestId('killed-min');
  await figure.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('provenance');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  const axePanel = await new AxeBuilder({ page }).include('[data-testid="provenance"]').analyze();
  expect(
    axePanel.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
  ).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(figure).toBeFocused();
  // And its Close button does the same.
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await expect(figure).toBeFocused();
});
