import { isoDaySchema } from '../../model/isoDay';
import { shownValue } from '../../model/shownValue';
import type { CellResult } from './sourceCells';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * ACLED's event_date: the API and newer exports write `2024-12-01`, older exports and the
 * Excel-derived CSVs write `01 December 2024`. Anything else is an error, not a guess: `01/12/2024`
 * is 1 December in Europe and 12 January in the US.
 */
export const parseAcledDate = (cell: string): CellResult<string> => {
  const text = cell.trim();
  const fail: CellResult<string> = {
    ok: false,
    message: `${shownValue(cell)} is not an ACLED date (expected YYYY-MM-DD or "01 December 2024", a real calendar day)`,
  };
  let iso: string | null = null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    iso = text;
  } else {
    const words = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text);
    const month = words ? MONTHS.indexOf((words[2] ?? '').toLowerCase()) : -1;
    if (words && month !== -1) {
      iso = `${words[3]}-${String(month + 1).padStart(2, '0')}-${(words[1] ?? '').padStart(2, '0')}`;
    }
  }
  return iso !== null && isoDaySchema.safeParse(iso).success ? { ok: true, value: iso } : fail;
};
