import { describe, expect, it } from 'vitest';
import { classOf, MAP_CLASS_COLOURS, mapClasses } from './mapClasses';

describe('mapClasses', () => {
  it.each([
    { values: [], classes: [] },
    { values: [0, 0], classes: [] },
    { values: [0, 7], classes: [[7, 7]] },
    {
      values: [3, 3, 3, 9],
      classes: [
        [3, 3],
        [4, 9],
      ],
    },
    {
      values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      classes: [
        [1, 2],
        [3, 4],
        [5, 6],
        [7, 8],
        [9, 10],
      ],
    },
    {
      values: [0, 1, 1, 1, 1, 1, 1, 1, 1, 500],
      classes: [
        [1, 1],
        [2, 500],
      ],
    },
  ])('splits $values into exact whole-number ranges', ({ values, classes }) => {
    expect(mapClasses(values).map((c) => [c.lo, c.hi])).toEqual(classes);
  });

  it('puts every value in exactly one class, zero in none, and darkens with the value', () => {
    const values = [0, 4, 17, 17, 61, 153, 240, 240, 1200, 8122, 9, 2];
    const classes = mapClasses(values);
    for (const v of values) {
      const inside = classes.filter((c) => v >= c.lo && v <= c.hi);
      expect(inside).toHaveLength(v === 0 ? 0 : 1);
      expect(classOf(v, classes)).toBe(inside[0] ?? null);
    }
    expect(classes.at(-1)?.colour).toBe(MAP_CLASS_COLOURS.at(-1));
    expect(classes.map((c) => c.colour)).toEqual(
      MAP_CLASS_COLOURS.slice(MAP_CLASS_COLOURS.length - classes.length),
    );
  });

  it('keeps the palette readable in grey: each class darker than the one before', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const l = MAP_CLASS_COLOURS.map(luminance);
    for (let i = 1; i < l.length; i++) expect(l[i]).toBeLessThan((l[i - 1] ?? 0) - 0.05);
  });
});
