import { describe, expect, it } from 'vitest';
import { parseAcledDate } from './parseAcledDate';

describe('parseAcledDate', () => {
  it.each([
    ['2024-12-01', '2024-12-01'],
    ['01 December 2024', '2024-12-01'],
    ['1 December 2024', '2024-12-01'],
    ['29 february 2024', '2024-02-29'],
    [' 2024-11-27 ', '2024-11-27'],
  ])('reads %j as %s', (cell, expected) => {
    expect(parseAcledDate(cell)).toEqual({ ok: true, value: expected });
  });

  it.each([
    '12/01/2024', // day/month order is ambiguous
    '01-Dec-2024',
    '29 February 2023', // not a real day
    '2024-13-01',
    '31 Decembre 2024',
    'December 2024',
    '',
  ])('rejects %j with a message naming both accepted forms', (cell) => {
    const result = parseAcledDate(cell);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('expected YYYY-MM-DD or "01 December 2024"');
  });
});
