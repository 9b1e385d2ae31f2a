/** A sentence (or a title, bullet or caption line) with its offsets in the source text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Lines are paragraphs: news text puts one paragraph, title or bullet on each line. */
  paragraph: number;
  /** A line without final punctuation (title, bullet, caption): it repeats the story's figures. */
  isHeadline: boolean;
}

// Words whose full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'sgt',
  'rev',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'vs',
  'etc',
  'al',
  'inc',
  'co',
  'corp',
  'ltd',
  'jr',
  'sr',
  'govt',
  'dept',
]);

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '•', '-', '–', '—']);

/** The word just before position `i` (exclusive), lower-cased. */
const wordBefore = (text: string, i: number): string => {
  let j = i;
  while (j > 0 && /[\p{L}]/u.test(text[j - 1] ?? '')) j--;
  return text.slice(j, i);
};

/**
 * Splits text into sentences in one left-to-right pass. A `.`, `!` or `?` ends a sentence when
 * whitespace and a capital letter, digit or opening quote follow, unless it closes an
 * abbreviation ("Dec.", "Dr.") or an initial ("U.N.").
 */
export const splitSentences = (text: string): Sentence[] => {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const push = (start: number, end: number, isHeadline: boolean) => {
    let s = start;
    let e = end;
    while (s < e && /\s|•|\u2022|\*/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, paragraph, isHeadline });
  };
  const splitLine = (from: number, to: number) => {
    let sentenceStart = from;
    let lastTerminal = -1;
    for (let i = from; i < to; i++) {
      const ch = text[i] ?? '';
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let j = i + 1;
      while (j < to && CLOSERS.has(text[j] ?? '')) j++;
      if (j >= to) {
        lastTerminal = j;
        continue;
      }
      if (!/\s/.test(text[j] ?? '')) continue;
      let k = j;
      while (k < to && /\s/.test(text[k] ?? '')) k++;
      const next = text[k] ?? '';
      if (!(isUpper(next) || isDigit(next) || OPENERS.has(next))) continue;
      if (ch === '.') {
        const word = wordBefore(text, i);
        if (ABBREVIATIONS.has(word.toLowerCase())) continue;
        if (word.length === 1 && isUpper(word)) continue;
      }
      push(sentenceStart, j, false);
      sentenceStart = k;
      lastTerminal = j;
    }
    const rest = text.slice(sentenceStart, to).trim();
    const endsWithStop = /[.!?]["'”’)\]]*$/.test(rest);
    push(sentenceStart, to, !endsWithStop && lastTerminal < sentenceStart);
  };
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(lineStart, i).trim() !== '') {
        splitLine(lineStart, i);
        paragraph++;
      }
      lineStart = i + 1;
    }
  }
  return sentences;
};
