import type { Token } from './tokenize';

/**
 * How a figure is worded, and how it is coded (the codebook in /data/README follows the same
 * rules; facts-sheet practice is "at least N", "more than N", "over N" → min N, max open):
 * - `exact`    "25"                        → min 25, max 25
 * - `atLeast`  "at least / more than / over 25" → min 25, max null. "More than 25" is coded
 *              as 25, a safe lower bound (26 would be arithmetic the source did not do).
 * - `approx`   "about / around / some / nearly / almost 25" → min 25, max null, flagged
 *              `approximate`. This is the codebook's rule for approximate wording. "Nearly 25"
 *              literally means fewer than 25, so the flag matters: a reviewer may lower it.
 * - `upTo`     "up to / as many as / at most 25" → min 0, max 25. The dataset forbids an upper
 *              bound without a lower one, and 0 is the only lower bound the words guarantee.
 * - `below`    "fewer than / less than / under 25" → min 0, max 24.
 * - `range`    "between 20 and 30", "20-30", "20 to 30" → min 20, max 30.
 * - `vague`    "dozens / scores / hundreds / thousands" → min null, max null, with the word
 *              kept in `vague`. We do not turn "dozens" into 24: that would put a number in the
 *              data that no source gave. The reviewer sees the word and the evidence instead.
 */
export type QuantityWording = 'exact' | 'atLeast' | 'approx' | 'upTo' | 'below' | 'range' | 'vague';

export interface Quantity {
  min: number | null;
  max: number | null;
  wording: QuantityWording;
  approximate: boolean;
  /** The vague word as written ("dozens"), or null for a number. */
  vague: string | null;
  /** Order of size, for telling a war-long total ("hundreds of thousands") from an event. */
  magnitude: number;
  /** Token range [start, end) including qualifiers. */
  start: number;
  end: number;
  /** A bare four-digit number between 1900 and 2100: probably a year, not a count. */
  yearLike: boolean;
}

/** Number words up to nineteen; findDates reads "three days ago" with the same table. */
export const ONES: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** Vague plurals and the least each guarantees (kept only as a magnitude, never as a figure). */
const VAGUE: Record<string, number> = {
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  millions: 2_000_000,
  tens: 20,
};

type Qualifier = { words: string[]; wording: QuantityWording };
// Longest first, so that "no fewer than" wins over "fewer than".
const QUALIFIERS: Qualifier[] = (
  [
    [['in', 'excess', 'of'], 'atLeast'],
    [['no', 'fewer', 'than'], 'atLeast'],
    [['no', 'less', 'than'], 'atLeast'],
    [['not', 'less', 'than'], 'atLeast'],
    [['a', 'minimum', 'of'], 'atLeast'],
    [['no', 'more', 'than'], 'upTo'],
    [['as', 'many', 'as'], 'upTo'],
    [['at', 'least'], 'atLeast'],
    [['more', 'than'], 'atLeast'],
    [['upwards', 'of'], 'atLeast'],
    [['at', 'most'], 'upTo'],
    [['up', 'to'], 'upTo'],
    [['fewer', 'than'], 'below'],
    [['less', 'than'], 'below'],
    [['just', 'under'], 'below'],
    [['close', 'to'], 'approx'],
    [['an', 'estimated'], 'approx'],
    [['over'], 'atLeast'],
    [['above'], 'atLeast'],
    [['exceeding'], 'atLeast'],
    [['under'], 'below'],
    [['about'], 'approx'],
    [['around'], 'approx'],
    [['approximately'], 'approx'],
    [['roughly'], 'approx'],
    [['some'], 'approx'],
    [['nearly'], 'approx'],
    [['almost'], 'approx'],
    [['estimated'], 'approx'],
  ] as const
).map(([words, wording]) => ({ words: [...words], wording }));

const matchWords = (tokens: Token[], i: number, words: readonly string[]): boolean =>
  words.every((w, k) => tokens[i + k]?.lower === w);

interface NumberRead {
  value: number | null;
  vague: string | null;
  magnitude: number;
  end: number;
  yearLike: boolean;
}

/** A number written in digits, words ("twenty-five"), "a dozen", or a vague plural. */
const readNumber = (tokens: Token[], i: number): NumberRead | null => {
  const t = tokens[i];
  if (!t) return null;
  if (t.type === 'number') {
    // "F-16", "Covid-19": a number glued to a word by a hyphen is a name, not a count.
    const prev = tokens[i - 1];
    if (prev?.text === '-' && !t.spaceBefore && tokens[i - 2]?.type === 'word') return null;
    let value = t.value;
    let end = i + 1;
    const scale = tokens[end]?.lower;
    if (scale === 'million' || scale === 'thousand') {
      value *= SCALES[scale] ?? 1;
      end++;
    } else if (!Number.isInteger(value)) return null;
    const yearLike = /^\d{4}$/.test(t.text) && value >= 1900 && value <= 2100;
    return { value: Math.round(value), vague: null, magnitude: value, end, yearLike };
  }
  if (t.type !== 'word') return null;
  // Vague quantities: "dozens", "hundreds of thousands", "several dozen", "tens of".
  const vagueLead = t.lower === 'several' || t.lower === 'many' || t.lower === 'few';
  const vagueAt = vagueLead ? i + 1 : i;
  const vt = tokens[vagueAt]?.lower ?? '';
  const single = vagueLead && (vt === 'dozen' || vt === 'hundred' || vt === 'thousand');
  if (VAGUE[vt] !== undefined || single) {
    if (vt === 'tens' && tokens[vagueAt + 1]?.lower !== 'of') return null;
    let end = vagueAt + 1;
    let magnitude = VAGUE[vt] ?? (vt === 'dozen' ? 24 : vt === 'hundred' ? 200 : 2000);
    // "hundreds of thousands": the second word scales the first.
    const more = tokens[end + 1]?.lower ?? '';
    if (tokens[end]?.lower === 'of' && (more === 'thousands' || more === 'millions')) {
      magnitude *= VAGUE[more] ?? 1;
      end += 2;
    }
    const text = tokens
      .slice(i, end)
      .map((x) => x.lower)
      .join(' ');
    return { value: null, vague: text, magnitude, end, yearLike: false };
  }
  // "a dozen", "half a dozen", "two dozen"
  if (t.lower === 'half' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'dozen')
    return { value: 6, vague: null, magnitude: 6, end: i + 3, yearLike: false };
  if ((t.lower === 'a' || t.lower === 'one') && tokens[i + 1]?.lower === 'dozen')
    return { value: 12, vague: null, magnitude: 12, end: i + 2, yearLike: false };
  let total = 0;
  let current = 0;
  let seen = false;
  let j = i;
  if ((t.lower === 'a' || t.lower === 'an') && SCALES[tokens[i + 1]?.lower ?? ''] !== undefined) {
    current = 1;
    seen = true;
    j = i + 1;
  }
  for (; j < tokens.length; j++) {
    const w = tokens[j]?.lower ?? '';
    const ones = ONES[w];
    const tens = TENS[w];
    const scale = SCALES[w];
    if (ones !== undefined) current += ones;
    else if (tens !== undefined) {
      current += tens;
      // "twenty-five", "twenty five"
      const hyphen = tokens[j + 1]?.text === '-' ? 1 : 0;
      const unit = ONES[tokens[j + 1 + hyphen]?.lower ?? ''];
      if (unit !== undefined && unit < 10) {
        current += unit;
        j += 1 + hyphen;
      }
    } else if (scale !== undefined && seen) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (w === 'dozen' && seen && current > 0 && current < 20) {
      current *= 12;
    } else if (w === 'and' && seen && SCALES[tokens[j - 1]?.lower ?? ''] !== undefined) {
      const nextWord = tokens[j + 1]?.lower ?? '';
      if (ONES[nextWord] === undefined && TENS[nextWord] === undefined) break;
    } else break;
    seen = true;
  }
  if (!seen) return null;
  const value = total + current;
  return { value, vague: null, magnitude: value, end: j, yearLike: false };
};

/**
 * Reads a quantity starting at token `i` (qualifier included), or returns null. Linear in the
 * length of the phrase: qualifiers are a fixed list of short word sequences.
 */
export const readQuantity = (tokens: Token[], i: number): Quantity | null => {
  let wording: QuantityWording = 'exact';
  let at = i;
  const first = tokens[i]?.lower;
  if (first === 'between' || first === 'from') {
    const a = readNumber(tokens, i + 1);
    const joiner = tokens[a?.end ?? -1]?.lower;
    if (a && a.value !== null && joiner === (first === 'between' ? 'and' : 'to')) {
      const b = readNumber(tokens, (a.end ?? 0) + 1);
      if (b && b.value !== null && b.value >= a.value) {
        return {
          min: a.value,
          max: b.value,
          wording: 'range',
          approximate: false,
          vague: null,
          magnitude: b.value,
          start: i,
          end: b.end,
          yearLike: a.yearLike && b.yearLike,
        };
      }
    }
    return null;
  }
  for (const q of QUALIFIERS) {
    if (matchWords(tokens, i, q.words)) {
      wording = q.wording;
      at = i + q.words.length;
      break;
    }
  }
  const n = readNumber(tokens, at);
  if (!n) return null;
  if (n.vague !== null) {
    return {
      min: null,
      max: null,
      wording: 'vague',
      approximate: true,
      vague: n.vague,
      magnitude: n.magnitude,
      start: at,
      end: n.end,
      yearLike: false,
    };
  }
  const value = n.value ?? 0;
  let end = n.end;
  // "20-30", "20–30", "five to six", "20 or 30" are ranges; "25+" is open-ended.
  const joiner = tokens[end];
  if (wording === 'exact' && joiner && ['-', '–', '—', 'to', 'or'].includes(joiner.lower)) {
    const b = readNumber(tokens, end + 1);
    if (b && b.value !== null && b.value > value && !(n.yearLike && b.yearLike)) {
      return {
        min: value,
        max: b.value,
        wording: 'range',
        approximate: false,
        vague: null,
        magnitude: b.value,
        start: i,
        end: b.end,
        yearLike: false,
      };
    }
  }
  if (wording === 'exact' && (joiner?.text === '+' || joiner?.lower === 'plus')) {
    wording = 'atLeast';
    end++;
  }
  const coded = {
    exact: [value, value],
    atLeast: [value, null],
    approx: [value, null],
    upTo: [0, value],
    below: [0, Math.max(0, value - 1)],
    range: [value, value],
    vague: [null, null],
  }[wording];
  return {
    min: coded[0] ?? null,
    max: coded[1] ?? null,
    wording,
    approximate: wording === 'approx',
    vague: null,
    magnitude: value,
    start: i,
    end,
    yearLike: n.yearLike && wording === 'exact',
  };
};
