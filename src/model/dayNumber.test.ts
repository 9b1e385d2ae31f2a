import { describe, expect, it } from 'vitest';
import {
  addDays,
  fromDayNumber,
  isIsoDay,
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

describe('day numbers over years 0–9999', () => {
  it('equal the Date formula from year 100 on and round-trip from year 0', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const n = toDayNumber(iso);
          expect(fromDayNumber(n)).toBe(iso);
          expect(n).toBe(Math.floor(date.getTime() / 86_400_000));
        },
      ),
    );
  });

  it('keeps year 1 as year 1 (Date.UTC would read it as 1901)', () => {
    expect(fromDayNumber(toDayNumber('0001-03-01'))).toBe('0001-03-01');
    expect(toDayNumber('0001-01-01')).toBe(-719_162);
    expect(isIsoDay('0001-02-29')).toBe(false);
    expect(isIsoDay('2000-02-29')).toBe(true);
  });
});
