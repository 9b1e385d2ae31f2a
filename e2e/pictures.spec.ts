import { expect, type Page, test } from '@playwright/test';
import { dropUcdpGed } from './dropFile';
import { downloadExport } from './exportFiles';

/*
 * Picture tests: the main screens compared with committed images, with a small tolerance for
 * anti-aliasing. After a deliberate change of a screen, look at the new pictures and update them
 * with `npm run test:pictures:update` (see README).
 */

const PICTURE = { maxDiffPixelRatio: 0.01, animations: 'disabled' } as const;

const ready = async (page: Page, url: string) => {
  await page.goto(url);
  // The UCDP dataset (16,000 events) takes a few seconds to group and draw.
  await expect(page.locator('.recharts-surface').first()).toBeVisible({ timeout: 60_000 });
  // The lists below the chart follow in a transition: wait until the page is settled.
  await expect(page.locator('.view-lists')).toHaveAttribute('aria-busy', 'false');
  await page.evaluate(() => document.fonts.ready);
};

test('default view: the headline and the cumulative chart', async ({ page }) => {
  await ready(page, '/');
  await expect(page.locator('.headline')).toHaveScreenshot('default-headline.png', PICTURE);
  await expect(page.locator('.chart-card')).toHaveScreenshot('default-chart.png', PICTURE);
});

test('the Stated totals chart, on a log scale', async ({ page }) => {
  await ready(page, '/?view=stated&scale=log');
  await expect(page.locator('.chart-card')).toHaveScreenshot('stated-totals-log.png', PICTURE);
});

test('compare: every governorate of the UCDP dataset by month', async ({ page }) => {
  test.setTimeout(90_000);
  await ready(page, '/?dataset=ucdp-syria&view=compare&unit=month');
  // The drawing only: the card's height moved by a pixel with the credit line's text layout.
  await expect(page.locator('.chart-area')).toHaveScreenshot('ucdp-compare.png', PICTURE);
});

test('a phone: the headline first', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await ready(page, '/');
  await expect(page).toHaveScreenshot('phone-first-screen.png', PICTURE);
});

test('the UCDP view: the best estimate with its low–high band', async ({ page }) => {
  test.setTimeout(90_000);
  await ready(page, '/?dataset=ucdp-syria');
  await expect(page.locator('.chart-area')).toHaveScreenshot('ucdp-cumulative.png', PICTURE);
});

test('an exported PNG: the default chart as an analyst publishes it', async ({ page }) => {
  // The export states the day it was made: a fixed clock keeps the picture the same every day.
  await page.clock.setFixedTime(new Date('2026-12-03T12:00:00Z'));
  await ready(page, '/');
  const { bytes } = await downloadExport(page, 'Chart as PNG (2×)');
  expect(bytes).toMatchSnapshot('exported-default-chart.png', { maxDiffPixelRatio: 0.01 });
});

/** The dashboard with the map open, its figures drawn. */
const mapReady = async (page: Page, url: string) => {
  await ready(page, url);
  await expect(page.locator('[data-testid=map] path.map-area').first()).toBeVisible();
  await expect(page.locator('[data-testid=map] figure')).toHaveAttribute('aria-busy', 'false');
};

test('the map: governorates, Idleb chosen, desktop and phone', async ({ page }) => {
  await mapReady(page, '/?map=governorates&region=SY07');
  await expect(page.locator('[data-testid=map]')).toHaveScreenshot('map-desktop.png', PICTURE);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('[data-testid=map] figure')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('[data-testid=map]')).toHaveScreenshot('map-phone.png', PICTURE);
});

test("the UCDP map: circles at the events' points, desktop and phone", async ({ page }) => {
  test.setTimeout(180_000);
  // Imported from ../shared with its points: the committed folder leaves them out.
  await dropUcdpGed(page);
  await page.getByRole('button', { name: 'Map of tolls by governorate and district' }).click();
  await expect(page.locator('[data-testid=map] path.map-area').first()).toBeVisible();
  await expect(page.locator('[data-testid=map] figure')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('[data-testid=map] circle.map-circle').first()).toBeVisible();
  await page.mouse.move(1, 1);
  await expect(page.locator('[data-testid=map]')).toHaveScreenshot('map-ucdp-desktop.png', PICTURE);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('[data-testid=map] figure')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('[data-testid=map]')).toHaveScreenshot('map-ucdp-phone.png', PICTURE);
});

test('the map zoomed in to Idleb: districts, one chosen, desktop and phone', async ({ page }) => {
  await mapReady(page, '/?map=governorates&region=SY0700');
  await page.locator('[data-testid=map] path[data-id=SY07]').focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(page.locator('[data-testid=map] path.map-area')).toHaveCount(61);
  await expect(page.locator('[data-testid=map] figure')).toHaveAttribute('aria-busy', 'false');
  // Not the focus ring nor the hover note: a plain picture of the state.
  await page.locator('#map-title').click();
  await page.mouse.move(1, 1);
  await expect(page.locator('[data-testid=map]')).toHaveScreenshot(
    'map-zoomed-desktop.png',
    PICTURE,
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('[data-testid=map]')).toHaveScreenshot('map-zoomed-phone.png', PICTURE);
});
