export interface MarkerPoint {
  x: number;
  y: number;
}

/**
 * Moves circles sideways until none overlaps another (positions in pixels), so that several
 * stated totals on the same day stay readable. Returns the horizontal shift of each, in pixels,
 * alternating right and left of the true day.
 */
export const dodgeMarkers = (
  points: readonly MarkerPoint[],
  radius: number,
  maxShift = 6,
  /** The plot's width: a circle is never pushed past either edge. */
  maxX = Number.POSITIVE_INFINITY,
): number[] => {
  const placed: MarkerPoint[] = [];
  const diameter = 2 * radius + 1;
  return points.map((point) => {
    let shift = 0;
    for (let attempt = 0; attempt <= maxShift * 2; attempt++) {
      const step = Math.ceil(attempt / 2) * (attempt % 2 === 1 ? 1 : -1);
      shift = step === 0 ? 0 : step * diameter;
      const x = point.x + shift;
      if (x < 0 || x > maxX) continue;
      if (!placed.some((p) => Math.hypot(p.x - x, p.y - point.y) < diameter)) break;
    }
    placed.push({ x: point.x + shift, y: point.y });
    return shift;
  });
};
