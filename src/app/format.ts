import { format, parseISO } from 'date-fns';

// Whole figures print whole; spread shares (a record's figure divided over its days) keep one
// decimal, which says they are shares, not counts.
const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export const formatCount = (n: number): string => numberFormat.format(n);

/** date-fns parses `YYYY-MM-DD` as a local calendar day, so no time zone shifts the day. */
export const formatDay = (day: string, pattern = 'd MMM yyyy'): string =>
  format(parseISO(day), pattern);

export const formatDayRange = (from: string, to: string): string => {
  if (from === to) return formatDay(from);
  if (from.slice(0, 4) === to.slice(0, 4)) return `${formatDay(from, 'd MMM')} – ${formatDay(to)}`;
  return `${formatDay(from)} – ${formatDay(to)}`;
};

/** "≥25", "5–6", "12", "unknown": a figure with its uncertainty, never rounded. */
export const formatFigure = (min: number | null, max: number | null): string => {
  if (min === null) return max === null ? 'unknown' : `up to ${formatCount(max)}`;
  if (max === null) return `≥${formatCount(min)}`;
  return min === max ? formatCount(min) : `${formatCount(min)}–${formatCount(max)}`;
};
