import type { Token } from './tokenize';

/** A place the text names by what it is ("Qarni village", "the town of Mai Tsebri"). */
export interface TextPlace {
  start: number;
  end: number;
  name: string;
  /** The word that told it is a place ("village", "town", "township" …). */
  kind: string;
}

/** Kinds finer than any town a gazetteer of provinces and main cities holds. */
export const FINE_KINDS = new Set([
  'village',
  'neighbourhood',
  'neighborhood',
  'camp',
  'suburb',
  'street',
  'hamlet',
]);

const KINDS = new Set([
  'village',
  'town',
  'city',
  'camp',
  'neighbourhood',
  'neighborhood',
  'township',
  'area',
  'district',
  'suburb',
  'street',
  'hamlet',
]);
const NOT_NAMES = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'Of',
  'Its',
  'This',
  'That',
  'Their',
]);
const MAX_WORDS = 4;

const isName = (t: Token | undefined) =>
  t !== undefined && t.type === 'word' && /^\p{Lu}/u.test(t.text) && !NOT_NAMES.has(t.text);
const joiner = (t: Token | undefined) => t?.text === '-' || t?.lower === 'al' || t?.lower === 'el';

const nameOf = (tokens: Token[], start: number, end: number) =>
  tokens
    .slice(start, end)
    .map((t, k) => (k > 0 && t.spaceBefore ? ` ${t.text}` : t.text))
    .join('');

/**
 * Places a report names as a kind of place, whether or not any gazetteer knows them: capitalised
 * words before "village", "town", "camp" … or after "the village of", "the town of" …. The
 * extractor keeps such a name when its gazetteer has nothing more precise.
 */
export const findTextPlaces = (tokens: Token[]): TextPlace[] => {
  const out: TextPlace[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]?.lower ?? '';
    if (!KINDS.has(w)) continue;
    // "the town of Mai Tsebri"
    if (tokens[i + 1]?.lower === 'of') {
      let start = i + 2;
      if (tokens[start]?.lower === 'the') start++;
      let end = start;
      while (
        end - start < MAX_WORDS &&
        (isName(tokens[end]) || (joiner(tokens[end]) && isName(tokens[end + 1])))
      )
        end++;
      if (end > start) out.push({ start, end, name: nameOf(tokens, start, end), kind: w });
      continue;
    }
    // "Qarni village", "Nyaung Kone village", "Al-Mawasi camp"
    let start = i;
    while (
      i - start < MAX_WORDS &&
      (isName(tokens[start - 1]) || (joiner(tokens[start - 1]) && isName(tokens[start - 2])))
    )
      start--;
    // "al-Thalatheni Street": a street keeps the word, which is part of its name.
    const end = w === 'street' ? i + 1 : i;
    if (start < i && isName(tokens[start]))
      out.push({ start, end, name: nameOf(tokens, start, end), kind: w });
  }
  return out;
};
