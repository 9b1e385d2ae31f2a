/** Edit distance (insert, delete, substitute), two rows: names are short. */
const distance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
};

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/**
 * The known names nearest to what was typed, for "did you mean" in an error: a name that
 * contains the typed text (or is contained in it) first, then by edit distance, ignoring case
 * and accents. The typed text is cut to 80 characters first: a long value costs nothing.
 */
export const closestNames = (typed: string, known: readonly string[], count = 3): string[] => {
  const wanted = fold(typed.slice(0, 80));
  return [...new Set(known)]
    .map((name) => {
      const folded = fold(name);
      const contains = wanted !== '' && (folded.includes(wanted) || wanted.includes(folded));
      return { name, score: (contains ? 0 : 1000) + distance(wanted, folded.slice(0, 80)) };
    })
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((c) => c.name);
};
