import { valueTicks } from './axisTicks';

/** Powers of ten, with 2 and 5 between them while few enough: a log axis people can read. */
export const logTicks = (max: number): number[] => {
  const top = Math.max(10, max);
  const fine: number[] = [];
  for (let p = 1; fine.length === 0 || (fine.at(-1) ?? 0) < top; p *= 10)
    for (const m of [1, 2, 5]) if ((fine.at(-1) ?? 0) < top) fine.push(p * m);
  if (fine.length <= 8) return fine;
  const powers: number[] = [];
  for (let p = 1; powers.length === 0 || (powers.at(-1) ?? 0) < top; p *= 10) powers.push(p);
  return powers;
};

/**
 * A value axis that holds every value given: linear from 0, or logarithmic from 1 (a log axis
 * has no 0: values below 1 sit on its floor, and the chart says "log scale").
 */
export const valueAxis = (max: number, scale: 'linear' | 'log') => {
  if (scale === 'log') {
    const ticks = logTicks(max);
    return { scale: 'log' as const, ticks, domain: [1, ticks.at(-1) ?? 10] as [number, number] };
  }
  const ticks = valueTicks(max * 1.05);
  return { scale: 'linear' as const, ticks, domain: [0, ticks.at(-1) ?? 10] as [number, number] };
};

/** Where a value is drawn on the axis: on a log axis, values below 1 sit on the floor. */
export const onAxis = (value: number, scale: 'linear' | 'log'): number =>
  scale === 'log' ? Math.max(1, value) : value;
