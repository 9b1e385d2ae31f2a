import { startOfMonthDay, startOfNextMonthDay, startOfWeekDay } from '../model/dayNumber';

export type BinUnit = 'day' | 'week' | 'month';

/** A closed range of day numbers, [start, end]. */
export interface DayBin {
  start: number;
  end: number;
}

/** The bins covering [fromDay, toDay]; the first and last may be cut by the range. */
export const timeBins = (fromDay: number, toDay: number, unit: BinUnit): DayBin[] => {
  const bins: DayBin[] = [];
  let start = fromDay;
  while (start <= toDay) {
    const next =
      unit === 'day'
        ? start + 1
        : unit === 'week'
          ? startOfWeekDay(start) + 7
          : startOfNextMonthDay(start);
    bins.push({ start, end: Math.min(next - 1, toDay) });
    start = next;
  }
  return bins;
};

/** The finest unit that keeps the chart within `maxBins` points (a screen shows so many). */
export const chooseBinUnit = (fromDay: number, toDay: number, maxBins = 200): BinUnit => {
  const days = toDay - fromDay + 1;
  if (days <= maxBins) return 'day';
  if (days / 7 <= maxBins) return 'week';
  return 'month';
};

export const binStartOf = (day: number, unit: BinUnit): number =>
  unit === 'day' ? day : unit === 'week' ? startOfWeekDay(day) : startOfMonthDay(day);
