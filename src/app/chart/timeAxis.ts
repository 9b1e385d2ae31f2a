import { fromDayNumber } from '../../analysis/dayNumber';
import { formatDay } from '../format';
import { dayTicks } from './axisTicks';

export const CHART_MARGIN = { left: 8, right: 24, bottom: 8 } as const;
export const Y_AXIS_WIDTH = 56;

/** Ticks and their labels for a day-number axis of a given pixel width. */
export const timeAxis = (fromDay: number, toDay: number, plotWidth: number) => {
  const ticks = dayTicks(fromDay, toDay, Math.max(2, Math.floor(plotWidth / 72)));
  const sameYear = fromDayNumber(fromDay).slice(0, 4) === fromDayNumber(toDay).slice(0, 4);
  const longSpan = toDay - fromDay > 400;
  const format = (day: number) =>
    formatDay(fromDayNumber(day), longSpan ? 'MMM yyyy' : sameYear ? 'd MMM' : 'd MMM yy');
  return { ticks, format };
};
