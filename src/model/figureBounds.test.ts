import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highestOf, lowerOf, lowerOfCell, upperOf, upperOfCell } from './figureBounds';

const figure = fc.option(fc.nat(100_000), { nil: null });
const cell = (v: number | null): number => (v === null ? -1 : v);

describe('figure bounds', () => {
  it('keep "at least" as the lower bound and never guess above the highest figure', () => {
    expect(lowerOf(25)).toBe(25);
    expect(upperOf(25, null)).toBe(25);
    expect(upperOf(20, 30)).toBe(30);
    expect(lowerOf(null)).toBe(0);
    expect(highestOf(null, null)).toBeNull();
    expect(highestOf(4, null)).toBe(4);
  });

  it('read the same on the columns’ −1 encoding', () => {
    fc.assert(
      fc.property(figure, figure, (min, max) => {
        expect(lowerOfCell(cell(min))).toBe(lowerOf(min));
        expect(upperOfCell(cell(min), cell(max))).toBe(upperOf(min, max));
      }),
    );
  });
});
