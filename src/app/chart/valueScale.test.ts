import { describe, expect, it } from 'vitest';
import { logTicks, valueAxis } from './valueScale';

describe('value axis', () => {
  it.each([
    [63, [1, 2, 5, 10, 20, 50, 100]],
    [1894, [1, 10, 100, 1000, 10000]],
    [5, [1, 2, 5, 10]],
  ])('log ticks reach %d', (max, ticks) => {
    expect(logTicks(max)).toEqual(ticks);
  });

  it('holds every value: the top tick is never below the largest', () => {
    for (const max of [0, 1, 9, 63, 300, 1894, 112337])
      for (const scale of ['linear', 'log'] as const)
        expect(valueAxis(max, scale).domain[1]).toBeGreaterThanOrEqual(max);
  });
});
