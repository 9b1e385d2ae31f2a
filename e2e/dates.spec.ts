import { expect, test } from '@playwright/test';

/* Dates typed with the keyboard (issue 16): a partly typed year never reaches the URL or view. */

test('a date typed digit by digit reaches the view only once whole', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('killed-min')).toBeVisible();
  const from = page.getByLabel('From', { exact: true });
  await from.focus();
  // Chromium's en-US date field: month, day, then year; "0002…" passes on the way to 2024.
  // Typed as a person types: focusing the field again would move back to its month.
  await page.keyboard.type('12012');
  await expect(page).not.toHaveURL(/from=/);
  await page.keyboard.type('024');
  await expect(page).toHaveURL(/from=2024-12-01/);
  await expect(from).toHaveValue('2024-12-01');
  // A partial date left in the field says so, and the view keeps its last whole date.
  const to = page.getByLabel('To', { exact: true });
  await to.focus();
  await page.keyboard.type('1231');
  await to.blur();
  await expect(page).not.toHaveURL(/to=/);
  await expect(page.getByRole('alert').filter({ hasText: 'To:' })).toContainText(
    'the view is unchanged',
  );
});

test('a range outside the data is taken and said', async ({ page }) => {
  await page.goto('/?from=2030-01-01');
  await expect(page.getByTestId('dates-outside')).toContainText('the data runs from');
});
