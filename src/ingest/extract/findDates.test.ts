import { describe, expect, it } from 'vitest';
import { findDates } from './findDates';
import { tokenize } from './tokenize';

// 2024-12-02 was a Monday.
const PUBLISHED = '2024-12-02';
const first = (text: string, published = PUBLISHED) => {
  const d = findDates(tokenize(text), published)[0];
  return d && { role: d.role, start: d.dateStart, end: d.dateEnd, precision: d.precision };
};

describe('findDates', () => {
  it.each([
    ['on December 2, 2024', 'point', '2024-12-02', '2024-12-02', 'exact'],
    ['on 2 Dec', 'point', '2024-12-02', '2024-12-02', 'exact'],
    ['on 27 November', 'point', '2024-11-27', '2024-11-27', 'exact'],
    ['on Sunday', 'point', '2024-12-01', '2024-12-01', 'exact'],
    ['on Monday', 'point', '2024-12-02', '2024-12-02', 'exact'],
    ['yesterday', 'point', '2024-12-01', '2024-12-01', 'exact'],
    ['three days ago', 'point', '2024-11-29', '2024-11-29', 'exact'],
    ['Since hostilities escalated on 26 November', 'since', '2024-11-26', '2024-12-02', 'exact'],
    [
      'since the outbreak of the war between the two armies on 27 November',
      'since',
      '2024-11-27',
      '2024-12-02',
      'exact',
    ],
    ['Since dawn today', 'period', '2024-12-02', '2024-12-02', 'exact'],
    ['last week', 'point', '2024-11-25', '2024-12-01', 'approximate'],
    ['since Wednesday', 'since', '2024-11-27', '2024-12-02', 'exact'],
    ['since November 27', 'since', '2024-11-27', '2024-12-02', 'exact'],
    ['in the past three days', 'period', '2024-11-30', '2024-12-02', 'exact'],
    ['in the past 24 hours', 'period', '2024-12-01', '2024-12-02', 'approximate'],
    ['from 1 November to 8 November', 'period', '2024-11-01', '2024-11-08', 'exact'],
    ['since 2011', 'era', '2011-01-01', '2024-12-02', 'approximate'],
  ])('%s', (text, role, start, end, precision) => {
    expect(first(text)).toEqual({ role, start, end, precision });
  });

  it('never resolves a yearless date after publication', () => {
    expect(first('on December 30', '2025-01-03')?.start).toBe('2024-12-30');
  });

  it('drops an explicit date after publication', () => {
    expect(findDates(tokenize('on 20 December 2024'), '2024-12-15')).toEqual([]);
  });

  it('reads "since the war began" as background', () => {
    expect(first('since the war began in 2011')?.role).toBe('era');
  });
});
