import { fromDayNumber, startOfNextMonthDay, toDayNumber } from '../../model/dayNumber';

const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 3, 6, 12];

/**
 * Day-number ticks for a time axis: at most `maxTicks`, on whole days, weeks or month starts,
 * so labels never crowd into each other whatever the width.
 */
export const dayTicks = (fromDay: number, toDay: number, maxTicks: number): number[] => {
  const span = toDay - fromDay;
  if (span < 0 || maxTicks < 1) return [];
  if (span === 0) return [fromDay];
  for (const step of DAY_STEPS) {
    // Weekly ticks fall on Mondays, like the week bins; counted as placed, so a narrow chart
    // of five weeks still gets its three fortnightly labels instead of one month start.
    const first = step === 7 || step === 14 ? fromDay + ((7 - ((fromDay + 3) % 7)) % 7) : fromDay;
    if (Math.floor((toDay - first) / step) + 1 <= maxTicks) {
      const ticks: number[] = [];
      for (let d = first; d <= toDay; d += step) ticks.push(d);
      return ticks;
    }
  }
  for (const months of MONTH_STEPS) {
    const ticks: number[] = [];
    let d = toDayNumber(`${fromDayNumber(fromDay).slice(0, 7)}-01`);
    if (d < fromDay) d = startOfNextMonthDay(d);
    while (d <= toDay) {
      const month = Number(fromDayNumber(d).slice(5, 7)) - 1;
      if (month % months === 0) ticks.push(d);
      d = startOfNextMonthDay(d);
    }
    if (ticks.length <= maxTicks) return ticks;
  }
  const ticks: number[] = [];
  for (let year = Number(fromDayNumber(fromDay).slice(0, 4)) + 1; ; year++) {
    const d = toDayNumber(`${year}-01-01`);
    if (d > toDay) break;
    ticks.push(d);
  }
  return ticks;
};

/** Ticks from 0 at a readable step (1, 2, 2.5, 5 × 10ⁿ) reaching at least `value`. */
export const valueTicks = (value: number, maxTicks = 6): number[] => {
  const target = Math.max(value, 1);
  const raw = target / Math.max(1, maxTicks - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((s) => s * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const wholeStep = Math.max(1, step);
  const ticks: number[] = [];
  for (let t = 0; ; t += wholeStep) {
    ticks.push(t);
    if (t >= target) break;
  }
  return ticks;
};

/** A rounded-up axis maximum (1, 2, 2.5, 5 × 10ⁿ) so gridlines fall on readable numbers. */
export const niceMax = (value: number): number => {
  if (value <= 0) return 10;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
};
