/**
 * The bounds a record's figure contributes to a sum. The lower bound is what the source
 * guarantees ("at least 25" → 25); the upper bound is the highest figure it reports, which for
 * an open-ended "at least" is the same number: no source gives more, and we never guess.
 */
export const lowerOf = (min: number | null): number => min ?? 0;
export const upperOf = (min: number | null, max: number | null): number => max ?? min ?? 0;
