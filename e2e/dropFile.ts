import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { UCDP_GED_FILE } from '../test/helpers/sharedData';

/** Drops a file on the page as a user would: a drop event carrying it. */
export const dropFile = async (page: Page, name: string, content: string) => {
  const dataTransfer = await page.evaluateHandle(
    ({ name, content }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: 'text/csv' }));
      return transfer;
    },
    { name, content },
  );
  await page.dispatchEvent('main', 'drop', { dataTransfer });
};

/**
 * The real UCDP GED Syria file (../shared) dropped on the page, with the events' points the
 * committed data/ucdp-syria leaves out (it stays under 2 MiB): the dashboard then shows it.
 */
export const dropUcdpGed = async (page: Page) => {
  await page.goto('/');
  await expect(page.getByTestId('killed-min')).toBeVisible();
  await dropFile(page, 'ucdp-ged-syria.csv', readFileSync(UCDP_GED_FILE, 'utf8'));
  await expect(page.getByTestId('dataset-banner')).toContainText(
    'ucdp-ged-syria.csv (imported file)',
    { timeout: 90_000 },
  );
};
