import { expect, type Page, test } from '@playwright/test';

/* Dates typed with the keyboard (issue 16): a partly typed year never reaches the URL or view. */

/** Every URL the page pushes from now on (the view's history entries). */
const recordPushedUrls = (page: Page) =>
  page.evaluate(() => {
    const pushed: string[] = [];
    (window as unknown as { pushed: string[] }).pushed = pushed;
    const push = history.pushState.bind(history);
    history.pushState = (data, unused, url) => {
      pushed.push(String(url));
      push(data, unused, url);
    };
  });
const pushedUrls = (page: Page) =>
  page.evaluate(() => (window as unknown as { pushed: string[] }).pushed);

test('a date typed digit by digit reaches the view only once whole', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('killed-min')).toBeVisible();
  const from = page.getByLabel('From', { exact: true });
  await recordPushedUrls(page);
  // Focus starts at the month; Chromium's en-US field reports "0002-12-01", "0020-12-01" and
  // "0202-12-01" on the way to 2024 (typed in one go: a pause resets the year's typing).
  await from.focus();
  await from.pressSequentially('12012024');
  await expect(page).toHaveURL(/from=2024-12-01/);
  await expect(from).toHaveValue('2024-12-01');
  expect(await pushedUrls(page)).toEqual(['/?from=2024-12-01']);
  // A partial date left in the field says so, and the view keeps its last whole date.
  const to = page.getByLabel('To', { exact: true });
  await to.focus();
  await to.pressSequentially('1231');
  await to.blur();
  await expect(page).not.toHaveURL(/to=/);
  await expect(page.getByRole('alert').filter({ hasText: 'To:' })).toContainText(
    'the view is unchanged',
  );
  await expect(to).toHaveAttribute('aria-invalid', 'true');
});

test('a range outside the data is taken and said', async ({ page }) => {
  await page.goto('/?from=2030-01-01');
  await expect(page.getByTestId('dates-outside')).toContainText('the data runs from');
});

test('a From after To is said in the field and never reaches the view', async ({ page }) => {
  await page.goto('/?to=2024-12-02');
  const killed = page.getByTestId('killed-min');
  await expect(killed).toBeVisible();
  const before = await killed.textContent();
  const from = page.getByLabel('From', { exact: true });
  await from.focus();
  await from.pressSequentially('12202024');
  await expect(page.getByRole('alert').filter({ hasText: 'From:' })).toContainText(
    'From: is after To (2024-12-02); the view is unchanged.',
  );
  await expect(page).not.toHaveURL(/from=/);
  await expect(killed).toHaveText(before ?? '');
  // Corrected (here pasted) to a day before To: taken, and the message goes.
  await from.fill('2024-12-01');
  await expect(page).toHaveURL(/from=2024-12-01/);
  await expect(page.getByRole('alert').filter({ hasText: 'From:' })).toHaveCount(0);
  await expect(killed).not.toHaveText(before ?? '');
});
