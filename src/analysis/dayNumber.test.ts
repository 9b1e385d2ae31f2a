import { describe, expect, it } from 'vitest';
import {
  addDays,
  fromDayNumber,
  startOfMonthDay,
  startOfNextMonthDay,
  startOfWeekDay,
  toDayNumber,
} from './dayNumber';

describe('day numbers', () => {
  it.each(['1970-01-01', '2024-02-29', '2024-12-02', '2024-12-31', '2025-01-01', '2000-03-01'])(
    'round-trips %s whatever the time zone',
    (day) => {
      expect(fromDayNumber(toDayNumber(day))).toBe(day);
    },
  );

  it('counts days across a year boundary and a leap day', () => {
    expect(toDayNumber('2025-01-01') - toDayNumber('2024-12-31')).toBe(1);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
  });

  it('starts weeks on Monday and months on the 1st', () => {
    // 2024-12-04 was a Wednesday; its ISO week began on Monday 2 December.
    expect(fromDayNumber(startOfWeekDay(toDayNumber('2024-12-04')))).toBe('2024-12-02');
    expect(fromDayNumber(startOfWeekDay(toDayNumber('2024-12-02')))).toBe('2024-12-02');
    expect(fromDayNumber(startOfWeekDay(toDayNumber('2025-01-01')))).toBe('2024-12-30');
    expect(fromDayNumber(startOfMonthDay(toDayNumber('2024-12-31')))).toBe('2024-12-01');
    expect(fromDayNumber(startOfNextMonthDay(toDayNumber('2024-12-31')))).toBe('2025-01-01');
  });
});
