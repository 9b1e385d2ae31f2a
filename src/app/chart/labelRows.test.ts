import { describe, expect, it } from 'vitest';
import { labelRows } from './labelRows';

describe('labelRows', () => {
  it('puts labels that would overlap on separate rows', () => {
    const placed = labelRows(
      [0, 50, 200],
      (x) => x,
      () => 100,
      3,
    );
    expect(placed?.map((p) => p.row)).toEqual([0, 1, 0]);
  });

  it('gives up when more rows than allowed are needed', () => {
    expect(
      labelRows(
        [0, 1, 2, 3],
        (x) => x,
        () => 100,
        3,
      ),
    ).toBeNull();
  });
});
