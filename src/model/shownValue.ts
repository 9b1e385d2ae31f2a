/** How many characters of a value a message quotes: enough to find it, never a 2 MB line. */
export const SHOWN_VALUE_CHARS = 80;

/**
 * A value as messages quote it: JSON-quoted (so spaces, quotes and line breaks are visible), cut
 * to SHOWN_VALUE_CHARS characters with its full length said, so a huge or hostile cell cannot
 * flood a terminal, a log or the page. The one helper every error message uses for a value.
 */
export const shownValue = (value: unknown, max: number = SHOWN_VALUE_CHARS): string => {
  const text = String(value ?? '');
  // Count code points, not UTF-16 units, so a cut never splits a character in two.
  const chars = Array.from(text.length > max * 2 ? text.slice(0, max * 2) : text);
  if (chars.length <= max && text.length <= max * 2) return JSON.stringify(text);
  return `${JSON.stringify(chars.slice(0, max).join(''))}… (${text.length} characters)`;
};

/** A name (column, id, option value) put into a message without quotes, cut the same way. */
export const shownName = (value: unknown, max: number = SHOWN_VALUE_CHARS): string => {
  const text = String(value ?? '');
  if (text.length <= max) return text;
  return `${Array.from(text.slice(0, max * 2))
    .slice(0, max)
    .join('')}… (${text.length} characters)`;
};
