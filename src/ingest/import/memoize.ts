/**
 * `read` remembered per key, for the cells a large export repeats on most rows (dates, source
 * lists, place names): bounded, so that a file of all-distinct cells cannot grow it without
 * end — past `limit` keys it starts afresh. `read` must be pure.
 */
export const memoize = <T>(read: (key: string) => T, limit = 65_536): ((key: string) => T) => {
  const seen = new Map<string, T>();
  return (key) => {
    const known = seen.get(key);
    if (known !== undefined) return known;
    if (seen.size >= limit) seen.clear();
    const value = read(key);
    seen.set(key, value);
    return value;
  };
};
