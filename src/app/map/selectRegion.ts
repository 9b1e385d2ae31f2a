/** A region click sets the filter to it (again: clears it); with Shift it adds or removes it. */
export const selectRegion = (regions: readonly string[], id: string, add: boolean): string[] => {
  if (add) return regions.includes(id) ? regions.filter((r) => r !== id) : [...regions, id];
  return regions.length === 1 && regions[0] === id ? [] : [id];
};
