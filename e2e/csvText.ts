import { expect } from '@playwright/test';
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
