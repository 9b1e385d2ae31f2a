import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../model/dayNumber';
import { dayTicks, niceMax, valueTicks } from './axisTicks';

const ticks = (from: string, to: string, max: number) =>
  dayTicks(toDayNumber(from), toDayNumber(to), max).map(fromDayNumber);

describe('dayTicks', () => {
  it('labels every day when there is room', () => {
    expect(ticks('2024-11-27', '2024-12-02', 10)).toEqual([
      '2024-11-27',
      '2024-11-28',
      '2024-11-29',
      '2024-11-30',
      '2024-12-01',
      '2024-12-02',
    ]);
  });

  it('falls back to Mondays, then month starts, never more than asked', () => {
    expect(ticks('2024-11-27', '2024-12-31', 6)).toEqual([
      '2024-12-02',
      '2024-12-09',
      '2024-12-16',
      '2024-12-23',
      '2024-12-30',
    ]);
    const long = ticks('2016-01-01', '2019-11-30', 8);
    expect(long.length).toBeLessThanOrEqual(8);
    expect(long.every((d) => d.endsWith('-01'))).toBe(true);
  });

  it('handles one day and an empty span', () => {
    expect(ticks('2024-12-01', '2024-12-01', 5)).toEqual(['2024-12-01']);
    expect(dayTicks(10, 5, 5)).toEqual([]);
  });
});

describe('niceMax', () => {
  it.each([
    [0, 10],
    [7, 10],
    [56, 100],
    [151, 200],
    [2300, 2500],
  ])('%d → %d', (value, expected) => {
    expect(niceMax(value)).toBe(expected);
  });
});

describe('valueTicks', () => {
  it.each([
    [127, [0, 50, 100, 150]],
    [381, [0, 100, 200, 300, 400]],
    [0, [0, 1]],
    [3, [0, 1, 2, 3]],
  ])('%d → %j', (value, expected) => {
    expect(valueTicks(value)).toEqual(expected);
  });
});

describe('dayTicks on a narrow chart', () => {
  it('gives five weeks three fortnightly labels, not one month start (a phone)', () => {
    const from = toDayNumber('2024-11-26');
    const to = toDayNumber('2024-12-31');
    expect(dayTicks(from, to, 3).map(fromDayNumber)).toEqual([
      '2024-12-02',
      '2024-12-16',
      '2024-12-30',
    ]);
  });
});
