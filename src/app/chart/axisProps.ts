import type { ScaleType } from 'recharts/types/util/types';
import { formatCount } from '../format';
import { theme } from '../theme';
import { PlainTick } from './PlainTick';
import { Y_AXIS_WIDTH } from './timeAxis';

/**
 * The props every day-number X axis and count Y axis of the charts share: plain ticks chosen to
 * fit beforehand (timeAxis, valueAxis), so Recharts has nothing to measure or drop
 * (`interval={0}`), and data past the domain is clipped rather than widening it.
 */
export const dayAxisProps = (
  domain: [number, number],
  time: { ticks: number[]; format: (day: number) => string },
  clip = true,
) => ({
  dataKey: 'x',
  type: 'number' as const,
  domain,
  ticks: time.ticks,
  tickFormatter: time.format,
  stroke: theme.axis,
  tick: PlainTick,
  interval: 0 as const,
  allowDataOverflow: clip,
});

export const countAxisProps = (
  value: { ticks: number[]; domain: [number, number]; scale?: ScaleType },
  clip = true,
) => ({
  width: Y_AXIS_WIDTH,
  ...(value.scale === undefined ? {} : { scale: value.scale }),
  domain: value.domain,
  ticks: value.ticks,
  tickFormatter: formatCount,
  stroke: theme.axis,
  tick: PlainTick,
  interval: 0 as const,
  allowDataOverflow: clip,
});
