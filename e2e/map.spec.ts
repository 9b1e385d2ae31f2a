import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { cliSummary } from './cliSummary';
import { dropUcdpGed } from './dropFile';
import { watchCsp } from './watchCsp';

const en = (n: number) => n.toLocaleString('en-GB');

// Each test runs the command line (seconds each on a busy 2-core machine) besides the page.
test.describe.configure({ timeout: 90_000 });
const area = (page: Page, id: string) => page.locator(`[data-testid=map] path[data-id=${id}]`);

/** Opens the dashboard with the map, and waits until its figures are drawn. */
const openMap = async (page: Page, search = '?map=governorates') => {
  await page.goto(`/${search}`);
  await expect(area(page, 'SY07')).toBeVisible();
  await expect(page.locator('[data-testid=map] figure')).toHaveAttribute('aria-busy', 'false');
};

test('clicking Idleb on the map sets the region filter, outlines it, and the headline is summary --admin1 SY07', async ({
  page,
}) => {
  const violations = await watchCsp(page);
  await openMap(page);
  const idleb = cliSummary(['--admin1', 'SY07']);
  expect(idleb.killedMin).toBeGreaterThan(0);
  // The map's own figure for Idleb, before any filter: the same as the command line's.
  await expect(area(page, 'SY07')).toHaveAttribute(
    'aria-label',
    new RegExp(`^Idleb: at least ${en(idleb.killedMin)} killed`),
  );
  // Idleb city's circle sits at the centre of the governorate: a click on it is the area's
  // beneath (force: Playwright would otherwise wait for the circle to move away).
  await area(page, 'SY07').click({ force: true });
  await expect(page).toHaveURL(/[?&]region=SY07(&|$)/);
  await expect(page).toHaveURL(/[?&]map=governorates/);
  await expect(page.getByTestId('killed-min')).toHaveText(en(idleb.killedMin));
  await expect(page.getByTestId('incidents')).toHaveText(en(idleb.incidents));
  await expect(area(page, 'SY07')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('checkbox', { name: /^Idleb\b/ }).first()).toBeChecked();

  // Shift-click adds Aleppo; the headline is the summary of both.
  await area(page, 'SY02').click({ modifiers: ['Shift'], force: true });
  await expect(page).toHaveURL(/[?&]region=SY07%2CSY02/);
  const both = cliSummary(['--admin1', 'SY07', '--admin1', 'SY02']);
  await expect(page.getByTestId('killed-min')).toHaveText(en(both.killedMin));
  // A reload keeps the filter and the map.
  await page.reload();
  await expect(area(page, 'SY02')).toHaveAttribute('aria-pressed', 'true');
  expect(violations).toEqual([]);
});

test('every area is reachable by keyboard with its name and figure; Enter filters', async ({
  page,
}) => {
  await openMap(page);
  await area(page, 'SY01').focus();
  await expect(page.locator('.map-focus')).toContainText('Damascus:');
  await page.keyboard.press('Tab');
  await expect(area(page, 'SY02')).toBeFocused();
  await expect(page.locator('.map-focus')).toContainText('Aleppo:');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]region=SY02(&|$)/);
  // The table alternative: every governorate with the same figures as the map.
  await page.getByText('Table of these figures').click();
  await expect(page.locator('.map-table tbody tr')).toHaveCount(14);
  const aleppo = cliSummary(['--admin1', 'SY02']);
  await expect(page.locator('.map-table tbody tr', { hasText: 'SY02' })).toContainText(
    en(aleppo.killedMin),
  );
  const axe = await new AxeBuilder({ page }).include('[data-testid=map]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the date filter applies to the map; country-level and multi-governorate records are listed beside it', async ({
  page,
}) => {
  await openMap(page, '?map=governorates&from=2024-11-29&to=2024-12-03');
  const idleb = cliSummary(['--admin1', 'SY07', '--from', '2024-11-29', '--to', '2024-12-03']);
  await expect(area(page, 'SY07')).toHaveAttribute(
    'aria-label',
    new RegExp(`^Idleb: at least ${en(idleb.killedMin)} killed`),
  );
  await expect(page.getByTestId('map-unplaced')).toContainText('across Aleppo and Idleb');
  // Districts on a switch: 61 areas, held in the URL.
  await page.getByRole('button', { name: 'Districts' }).click();
  await expect(page).toHaveURL(/map=districts/);
  await expect(page.locator('[data-testid=map] path.map-area')).toHaveCount(61);
});

test('the map exports as SVG with title, legend, filters, sources and the boundaries attribution', async ({
  page,
}) => {
  await openMap(page, '?map=governorates&region=SY07');
  await page.locator('[data-testid=map] .export-menu summary').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Map as SVG' }).click();
  const file = await download;
  // The whole country (a region chosen is outlined, not applied), over the data's dates.
  expect(file.suggestedFilename()).toBe('tolltrack-map-governorates-all-2024-11-27_2024-12-10.svg');
  const svg = await (await file.createReadStream()).toArray();
  const text = Buffer.concat(svg).toString('utf8');
  expect(text).toContain('Deaths by governorate, lower bound in Syria, 27 Nov – 10 Dec 2024');
  expect(text).toContain('Region: all; dates: all');
  expect(text).toContain('Stated total, not added: 153 killed, stated by');
  expect(text).toContain('none documented');
  expect(text).toContain('Sources: ');
  expect(text).toContain('UN OCHA (UNCS, OCHA ROSC) via HDX, CC BY 3.0 IGO');
  expect(text).not.toContain('url(#'.concat('undefined'));
  expect((text.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(14);
});

test('without boundaries the map says so and the rest of the dashboard works', async ({ page }) => {
  await page.route('**/boundaries/*', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/?map=governorates');
  await expect(page.getByTestId('map-unavailable')).toContainText('Boundaries are unavailable');
  await expect(page.getByTestId('killed-min')).toHaveText(en(cliSummary([]).killedMin));
});

test('zooming in shows districts; clicking one sets the region filter to it, and the headline is summary --admin1 of it', async ({
  page,
}) => {
  await openMap(page);
  const areas = page.locator('[data-testid=map] path.map-area');
  await expect(areas).toHaveCount(14);
  // The keyboard: + on a focused governorate zooms in around it; twice passes ×2.5.
  await area(page, 'SY07').focus();
  await page.keyboard.press('+');
  await expect(areas).toHaveCount(14);
  await page.keyboard.press('+');
  await expect(areas).toHaveCount(61);
  await expect(page.locator('.map-zoom-note')).toHaveText('Zoomed in: districts');
  // The switch is unchanged (the URL keeps governorates): the zoom alone shows districts.
  await expect(page).toHaveURL(/[?&]map=governorates/);
  await expect(page.locator('[data-testid=map] figure')).toHaveAttribute('aria-busy', 'false');
  const district = cliSummary(['--admin1', 'SY0700']);
  expect(district.killedMin).toBeGreaterThan(0);
  await expect(area(page, 'SY0700')).toHaveAttribute(
    'aria-label',
    new RegExp(`^Idleb: at least ${en(district.killedMin)} killed`),
  );
  await area(page, 'SY0700').click({ force: true });
  await expect(page).toHaveURL(/[?&]region=SY0700(&|$)/);
  await expect(page.getByTestId('killed-min')).toHaveText(en(district.killedMin));
  await expect(page.getByTestId('incidents')).toHaveText(en(district.incidents));
  await expect(area(page, 'SY0700')).toHaveAttribute('aria-pressed', 'true');
  // Zoomed out (the button), governorates again; the wheel zooms in too.
  await page.getByRole('button', { name: 'Whole country' }).click();
  await expect(areas).toHaveCount(14);
  const box = await page.locator('[data-testid=map] svg.map-svg').boundingBox();
  if (!box) throw new Error('no map drawn');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  await expect(areas).toHaveCount(61);
});

test('UCDP events are drawn as circles at their points: they add up to the events with a precise point; the shading is unchanged', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await dropUcdpGed(page);
  await page.getByRole('button', { name: 'Map of tolls by governorate and district' }).click();
  await page.getByLabel('Shade by').selectOption('records');
  await expect(area(page, 'SY07')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-testid=map] figure')).toHaveAttribute('aria-busy', 'false');
  const circles = page.locator('[data-testid=map] circle.map-circle');
  await expect(circles.first()).toBeVisible();
  const values = await circles.evaluateAll((all) =>
    all.map((c) => Number(c.getAttribute('data-value'))),
  );
  // 14,794 events with UCDP's where_prec 1 or 2 in a governorate (mapFigures.test.ts counts them
  // from the CSV); the other 1,772 events with a point are drawn as no circle, and say so.
  expect(values.reduce((sum, v) => sum + v, 0)).toBe(14794);
  await expect(page.getByTestId('map-circle-legend')).toContainText(
    'Places and points with records',
  );
  await expect(page.getByTestId('map-points-left-out')).toContainText(
    '1,772 records with coordinates drawn as no circle',
  );
  // The shading still counts every event in its governorate, as summary --admin1 does.
  const idleb = cliSummary(['--data', 'data/ucdp-syria', '--admin1', 'SY07']);
  await expect(area(page, 'SY07')).toHaveAttribute(
    'aria-label',
    new RegExp(
      `^Idleb: at least ${en(idleb.killedMin)} killed.*${en(Number(idleb.records))} records`,
    ),
  );
});
