import { expect, test } from '@playwright/test';

/*
 * The source and event-type lists keep their checkboxes between renders (issue 17: 1,500
 * sources): a click must still act on the latest filters, never on the ones the list was built
 * with,, and the boxes must follow a change made elsewhere.
 */
test('source and type checkboxes act on the latest filters and follow them', async ({ page }) => {
  await page.goto('/');
  const sources = page.locator('input[type=checkbox][name=source]');
  const types = page.locator('input[type=checkbox][name=type]');
  await expect(sources.first()).toBeVisible();
  await sources.nth(0).check();
  await expect(page).toHaveURL(/source=/);
  // A region chosen after the list was built: the next source click must keep it and the source.
  await page
    .getByRole('checkbox', { name: /^Idleb\b/ })
    .first()
    .check();
  await expect(page).toHaveURL(/region=SY07/);
  await sources.nth(1).check();
  await expect(page).toHaveURL(/region=SY07/);
  await expect(sources.nth(0)).toBeChecked();
  await expect(sources.nth(1)).toBeChecked();
  expect(new URL(page.url()).searchParams.getAll('source')).toHaveLength(2);
  await types.nth(0).check();
  await expect(sources.nth(1)).toBeChecked();
  await expect(page).toHaveURL(/region=SY07/);
  // Unchecked from the list: only that source goes.
  await sources.nth(0).uncheck();
  await expect(sources.nth(1)).toBeChecked();
  await expect(types.nth(0)).toBeChecked();
  expect(new URL(page.url()).searchParams.getAll('source')).toHaveLength(1);
});
