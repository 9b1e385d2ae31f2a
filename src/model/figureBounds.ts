/**
 * The bounds a record's figure contributes to a sum: the one rule every sum reads. The lower
 * bound is what the source guarantees ("at least 25" → 25); the upper bound is the highest
 * figure it reports, which for an open-ended "at least" is the same number: no source gives
 * more, and we never guess. An unknown figure adds 0 to both.
 */
export const lowerOf = (min: number | null): number => min ?? 0;
export const upperOf = (min: number | null, max: number | null): number => max ?? min ?? 0;

/** The highest figure a record gives, or null when it gives none (checks compare with it). */
export const highestOf = (min: number | null, max: number | null): number | null => max ?? min;

/**
 * The same bounds on the columns' encoding, where −1 (UNKNOWN_COUNT) stands for an empty cell:
 * lowerOfCell(min) = lowerOf(min), upperOfCell(min, max) = upperOf(min, max).
 */
export const lowerOfCell = (min: number): number => Math.max(min, 0);
export const upperOfCell = (min: number, max: number): number =>
  max >= 0 ? max : Math.max(min, 0);
