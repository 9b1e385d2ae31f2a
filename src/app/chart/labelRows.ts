export interface PlacedLabel<T> {
  item: T;
  x: number;
  row: number;
}

/**
 * Greedy layout of text labels along the x axis: each label takes the first row where it does
 * not overlap its left neighbour. Returns null when more than `maxRows` would be needed, so the
 * caller can switch to short keys (A, B, C…) listed beside the chart instead.
 */
export const labelRows = <T>(
  items: readonly T[],
  xOf: (item: T) => number,
  widthOf: (item: T) => number,
  maxRows: number,
  gap = 8,
): PlacedLabel<T>[] | null => {
  const rowEnds: number[] = [];
  const placed: PlacedLabel<T>[] = [];
  const sorted = [...items].sort((a, b) => xOf(a) - xOf(b));
  for (const item of sorted) {
    const x = xOf(item);
    let row = rowEnds.findIndex((end) => end + gap <= x);
    if (row === -1) {
      if (rowEnds.length >= maxRows) return null;
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = x + widthOf(item);
    placed.push({ item, x, row });
  }
  return placed;
};

/** A rough text width for 11px sans-serif: enough to keep labels apart. */
export const estimateTextWidth = (text: string, fontSize = 11): number =>
  text.length * fontSize * 0.56;
