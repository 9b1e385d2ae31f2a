/** How often `char` occurs in text[from, to): line feeds, quotes … (indexOf, not a loop per character). */
export const countChars = (
  text: string,
  char: string,
  from = 0,
  to: number = text.length,
): number => {
  let n = 0;
  for (let i = text.indexOf(char, from); i !== -1 && i < to; i = text.indexOf(char, i + 1)) n++;
  return n;
};
