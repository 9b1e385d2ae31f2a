import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const PHONE = { width: 390, height: 844 };

const layout = (page: Page) =>
  page.evaluate(() => {
    const top = (selector: string) =>
      (document.querySelector(selector)?.getBoundingClientRect().top ?? Number.NaN) + scrollY;
    const scroll = document.querySelector('.table-scroll');
    return {
      overflow: document.documentElement.scrollWidth - innerWidth,
      headline: top('.headline'),
      records: top('.records'),
      tableOverflow: scroll ? scroll.scrollWidth - scroll.clientWidth : Number.NaN,
      widestCell: Math.max(
        ...[...document.querySelectorAll('.records td, .records th')].map(
          (c) => c.getBoundingClientRect().right,
        ),
      ),
      xLabels: [...document.querySelectorAll('.chart-area .recharts-xAxis-tick-labels text')]
        .map((t) => t.textContent ?? '')
        .filter((t) => t !== ''),
    };
  });

for (const url of ['/', '/?region=SY07&from=2024-11-27&to=2024-12-02']) {
  test(`at 390×844 (${url}): no sideways scrolling, the headline first, the records within 3 screens, 3+ date labels`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(PHONE);
    await page.goto(url);
    await expect(page.getByTestId('killed-min')).toBeInViewport();
    await expect(page.getByTestId('record-row').first()).toBeVisible();
    await expect(page.locator('details.filters-toggle')).not.toHaveAttribute('open');
    const found = await layout(page);
    expect(found.overflow).toBeLessThanOrEqual(0);
    expect(found.headline).toBeLessThan(PHONE.height / 2);
    expect(found.records).toBeLessThanOrEqual(3 * PHONE.height);
    // Records as cards: nothing wider than the screen, the Killed figure never cut off.
    expect(found.tableOverflow).toBeLessThanOrEqual(0);
    expect(found.widestCell).toBeLessThanOrEqual(PHONE.width);
    expect(found.xLabels.length).toBeGreaterThanOrEqual(3);
    const path = testInfo.outputPath('phone.png');
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach('phone, whole page', { path, contentType: 'image/png' });
  });
}

test('at 390×844 a filter change shows its effect on screen, and every figure reads without hover', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  const killed = page.getByTestId('killed-min');
  await expect(killed).toBeInViewport();
  const before = await killed.textContent();
  await page.getByText('Filters', { exact: true }).click();
  const idleb = page.getByRole('checkbox', { name: /^Idleb\b/ }).first();
  await idleb.scrollIntoViewIfNeeded();
  await idleb.check();
  await expect(page).toHaveURL(/region=SY07/);
  // The figures bar stays on screen beside the filters, with the headline's new figure.
  const bar = page.getByTestId('phone-figures');
  await expect(bar).toBeInViewport();
  await expect(killed).not.toHaveText(before ?? '');
  await expect(page.getByTestId('phone-killed')).toHaveText((await killed.textContent()) ?? '');
  const axe = await new AxeBuilder({ page }).include('.sidebar').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
    [],
  );
  await bar.getByRole('button', { name: 'Show the figures' }).click();
  await expect(page.locator('details.filters-toggle')).not.toHaveAttribute('open');
  await expect(killed).toBeInViewport();

  // Stated totals: in the headline, and in full behind a tap, each with its figure.
  await page.goto('/');
  await expect(page.getByTestId('stated-source').first()).toBeInViewport();
  const fold = page.locator('summary', { hasText: /^Stated totals in full \(\d+\)$/ });
  await fold.click();
  const first = page.getByTestId('stated-total').first();
  await expect(first).toBeVisible();
  await expect(first).toContainText(/\d/);
  // The chart's notes (totals above its scale, dated events) open with a tap too.
  await page.locator('summary', { hasText: /^Notes on this chart/ }).click();
  await expect(page.getByTestId('off-scale')).toBeVisible();
});
