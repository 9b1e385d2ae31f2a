/** One word, number or punctuation mark, with its character offsets in the source text. */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened, a trailing possessive 's removed. */
  lower: string;
  start: number;
  end: number;
  type: 'word' | 'number' | 'punct';
  /** For numbers: the value (Arabic-Indic digits and thousands commas understood). */
  value: number;
  /** Whether whitespace separates this token from the previous one. */
  spaceBefore: boolean;
}

// One sticky pass: words (letters with inner apostrophes), numbers (1,200 / 3.5), or any other
// single non-space character. No nested quantifiers, so the scan is linear.
const TOKEN =
  /([\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*)|([0-9\u0660-\u0669\u06F0-\u06F9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)|(\S)/uy;
const SPACE = /\s+/y;

const latinDigits = (s: string): string =>
  s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });

export const tokenize = (text: string, from = 0, to = text.length): Token[] => {
  const tokens: Token[] = [];
  let i = from;
  let spaceBefore = true;
  while (i < to) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) {
      i = SPACE.lastIndex;
      spaceBefore = true;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) {
      i++;
      continue;
    }
    let end = Math.min(TOKEN.lastIndex, to);
    let raw = text.slice(i, end);
    if (m[1] !== undefined) {
      let lower = raw.toLowerCase();
      if (lower.includes('’') || lower.includes('ʼ')) lower = lower.replace(/[’ʼ]/g, "'");
      if (lower.endsWith("'s") && lower.length > 3) lower = lower.slice(0, -2);
      tokens.push({
        text: raw,
        lower,
        start: i,
        end,
        type: 'word',
        value: Number.NaN,
        spaceBefore,
      });
    } else if (m[2] !== undefined) {
      // "2," at the end of "December 2, 2024" is not a thousands separator: the regex only
      // takes a comma followed by exactly three digits.
      const digits = latinDigits(raw).replace(/,/g, '');
      tokens.push({
        text: raw,
        lower: raw,
        start: i,
        end,
        type: 'number',
        value: Number(digits),
        spaceBefore,
      });
    } else {
      end = i + raw.length;
      raw = text.slice(i, end);
      tokens.push({
        text: raw,
        lower: raw,
        start: i,
        end,
        type: 'punct',
        value: Number.NaN,
        spaceBefore,
      });
    }
    i = end;
    spaceBefore = false;
  }
  return tokens;
};
