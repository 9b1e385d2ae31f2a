import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';

/**
 * Reads an exported CSV as a spreadsheet would: the BOM, then the header on line 1. No comment
 * lines are skipped: a file that had any would fail the header checks of the tests using this.
 */
export const parseCsvText = (text: string) => {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  return { columns: parsed.meta.fields ?? [], rows: parsed.data };
};

/** Clicks an item of the chart's Export menu and reads the file it downloads. */
export const downloadExport = async (page: Page, item: string) => {
  await page.getByText('Export', { exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
};

/** Downloads the view's data bundle; `file(name)` reads one of its files as text. */
export const downloadBundle = async (page: Page, stem: string) => {
  const { name, bytes } = await downloadExport(page, 'Download data (.zip)');
  const entries = unzipSync(new Uint8Array(bytes));
  const file = (path: string) => {
    const content = entries[`${stem}/${path}`];
    if (!content)
      throw new Error(`${path} missing from the bundle: ${Object.keys(entries).join(', ')}`);
    // Keep the BOM: the CSV checks expect it.
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(content);
  };
  return { name, paths: Object.keys(entries), file };
};
