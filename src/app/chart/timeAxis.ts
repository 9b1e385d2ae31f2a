import { fromDayNumber } from '../../model/dayNumber';
import { formatDay } from '../format';
import { dayTicks } from './axisTicks';

export const CHART_MARGIN = { left: 8, right: 24, bottom: 8 } as const;
export const Y_AXIS_WIDTH = 56;

/** Ticks and their labels for a day-number axis of a given pixel width. */
export const timeAxis = (fromDay: number, toDay: number, plotWidth: number) => {
  const sameYear = fromDayNumber(fromDay).slice(0, 4) === fromDayNumber(toDay).slice(0, 4);
  const longSpan = toDay - fromDay > 400;
  // "2 Dec" needs about 36 px at the axis' 12 px: 52 px apart leaves a phone's 250 px plot
  // three labels; "Dec 2024" and "2 Dec 24" need more room.
  const spacing = sameYear && !longSpan ? 52 : 72;
  const ticks = dayTicks(fromDay, toDay, Math.max(2, Math.floor(plotWidth / spacing)));
  const format = (day: number) =>
    formatDay(fromDayNumber(day), longSpan ? 'MMM yyyy' : sameYear ? 'd MMM' : 'd MMM yy');
  return { ticks, format };
};
