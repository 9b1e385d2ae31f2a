/**
 * Sequential classes for the map: ColorBrewer OrRd (colour-blind safe, lightness falling
 * steadily, so the order reads in grey too). Areas with nothing documented are not a class:
 * they are hatched, so "none" is never mistaken for "few".
 */
export const MAP_CLASS_COLOURS = ['#fdd49e', '#fdbb84', '#fc8d59', '#d7301f', '#990000'] as const;
export const MAP_NONE_FILL = '#f4f4f4';
export const MAP_STROKE = '#6b6b6b';
export const MAP_SELECTED_STROKE = '#111111';

/** A class: whole numbers from `lo` to `hi`, both included. */
export interface MapClass {
  lo: number;
  hi: number;
  colour: string;
}

/**
 * Up to five classes over the values above zero, split at their quantiles so each holds about
 * as many areas; bounds are values that occur, never rounded, so a legend range is exact.
 */
export const mapClasses = (values: readonly number[]): MapClass[] => {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  const distinct = [...new Set(positive)];
  const count = Math.min(MAP_CLASS_COLOURS.length, distinct.length);
  if (count === 0) return [];
  // Each class ends at a value of the data; classes never share a value.
  const ends: number[] = [];
  for (let c = 1; c <= count; c++) {
    const at = Math.ceil((c / count) * positive.length) - 1;
    const end = positive[at] ?? 0;
    if (ends.length === 0 || end > (ends.at(-1) ?? 0)) ends.push(end);
  }
  // With fewer classes than colours the darkest are used: the scale's top stays its top.
  const offset = MAP_CLASS_COLOURS.length - ends.length;
  return ends.map((hi, c) => ({
    lo: c === 0 ? (positive[0] ?? 1) : (ends[c - 1] ?? 0) + 1,
    hi,
    colour: MAP_CLASS_COLOURS[offset + c] ?? MAP_CLASS_COLOURS[0],
  }));
};

/** The class a value falls in, or null for zero (nothing documented). */
export const classOf = (value: number, classes: readonly MapClass[]): MapClass | null => {
  if (value <= 0) return null;
  return classes.find((c) => value <= c.hi) ?? classes.at(-1) ?? null;
};
