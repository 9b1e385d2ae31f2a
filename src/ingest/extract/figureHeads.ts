import {
  BLOCKING_BEFORE,
  CHILDREN,
  CLAUSE_BREAKS,
  DIED_AFTER,
  DIED_BEFORE,
  HURT_AFTER,
  HURT_BEFORE,
  KILL_VERBS,
  MODIFIERS,
  NOT_A_PERSON,
  NOT_PEOPLE,
  PEOPLE,
  SINGULAR,
  SINGULAR_REACH,
  SPEECH_VERBS,
  WOMEN,
} from './casualtyWords';
import type { CasualtyRole } from './findCasualtyMentions';
import type { Quantity } from './readQuantity';
import type { Token } from './tokenize';

/*
 * One figure and what it counts: the person nouns that count one ("a policeman"), the noun after a
 * number, whether a number counts people at all, and the casualty word nearest to it.
 */
/** A count of one person, read from the word at `start` ("a", "an", or the noun itself). */
export const one = (start: number): Quantity => ({
  min: 1,
  max: 1,
  wording: 'exact',
  approximate: false,
  vague: null,
  magnitude: 1,
  start,
  end: start + 1,
  yearLike: false,
});

/** "a policeman", "an army colonel": the token after the person noun, or -1. */
const singularEnd = (tokens: Token[], i: number): number => {
  let words = 0;
  for (let k = i + 1; words <= SINGULAR_REACH && k < tokens.length; k++) {
    const t = tokens[k];
    // "a non-commissioned officer": a hyphen joins words of one phrase
    if (t?.text === '-' && !t.spaceBefore) continue;
    if (t?.type !== 'word' || NOT_A_PERSON.has(t.lower)) return -1;
    if (SINGULAR.has(t.lower)) return k + 1;
    words++;
  }
  return -1;
};

interface Head {
  noun: string | null;
  end: number;
}

/** The noun a figure counts, or undefined when it counts something that is not people. */
export const headOf = (tokens: Token[], q: Quantity): Head | undefined => {
  const after = tokens[q.end];
  // "25th", "10km", "12-year-old", "07:40": glued words and units are not counts of people.
  if (after && !after.spaceBefore && after.type === 'word') return undefined;
  // "07:40", "on 20/06": clock times and day/month dates are not counts.
  if ((after?.text === ':' || after?.text === '/') && tokens[q.end + 1]?.type === 'number')
    return undefined;
  if (
    after?.text === '-' &&
    ['year', 'month', 'day', 'hour', 'week', 'storey', 'km'].includes(
      tokens[q.end + 1]?.lower ?? '',
    )
  )
    return undefined;
  if (after?.text === '%') return undefined;
  let k = q.end;
  for (let n = 0; n < 4 && k < tokens.length; n++, k++) {
    const w = tokens[k]?.lower ?? '';
    if (NOT_PEOPLE.has(w)) return undefined;
    if (CHILDREN.has(w) || WOMEN.has(w) || PEOPLE.has(w)) {
      // "ten women and children": neither figure can be split out, so none is taken.
      if (
        WOMEN.has(w) &&
        tokens[k + 1]?.lower === 'and' &&
        CHILDREN.has(tokens[k + 2]?.lower ?? '')
      )
        return undefined;
      return { noun: w, end: k + 1 };
    }
    if (!MODIFIERS.has(w)) break;
  }
  return { noun: null, end: q.end };
};

/** Token positions where a scan for a figure's casualty word stops (another figure starts). */
type Stops = { has(k: number): boolean };

/** Scans for a casualty word after the figure, skipping "including ten children" clauses. */
export const roleAfter = (
  tokens: Token[],
  from: number,
  stops: Stops,
  reach = 10,
): CasualtyRole | null => {
  let aside = 0;
  for (let k = from; k < tokens.length && k < from + reach + aside; k++) {
    if (stops.has(k)) return null;
    const w = tokens[k]?.lower ?? '';
    // "36 soldiers from the Bunyan Masrous (Solid Structure) operations room were killed": words
    // in brackets are an aside and do not use up the reach.
    if (w === '(') {
      const close = closingBracket(tokens, k);
      if (close > k) {
        aside += close - k + 1;
        k = close;
        continue;
      }
    }
    if (CLAUSE_BREAKS.has(w)) return null;
    // "Three militants executed the operation", "two gunmen killed a soldier": a verb with an
    // object after the figure makes the figure the doer, not the dead.
    if ((DIED_AFTER.has(w) || HURT_AFTER.has(w)) && hasObject(tokens, k)) return null;
    if (DIED_AFTER.has(w)) return 'killed';
    if (HURT_AFTER.has(w)) return 'injured';
    // "lost their lives"
    if (w === 'lost' && ['lives', 'life'].includes(tokens[k + 2]?.lower ?? '')) return 'killed';
    if (w === 'shot' && tokens[k + 1]?.lower === 'dead') return 'killed';
    if (w === 'succumbed') return 'killed';
  }
  return null;
};

const OBJECT_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'two', 'three']);
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

/** "killed the …", "killed 5": an active verb with its object, unless passive ("were killed"). */
const hasObject = (tokens: Token[], verb: number): boolean => {
  const next = tokens[verb + 1];
  if (!next || PASSIVE.has(tokens[verb - 1]?.lower ?? '')) return false;
  return OBJECT_STARTS.has(next.lower) || next.type === 'number';
};

/** Words after which "and" starts a new clause ("was killed and two others injured"). */
const ENDING_PARTICIPLES = new Set(['killed', 'dead', 'injured', 'wounded', 'hurt']);
/** How far a bracket may run before it is taken as text, not an aside. */
const MAX_ASIDE = 12;

const closingBracket = (tokens: Token[], open: number): number => {
  for (let k = open + 1; k < tokens.length && k <= open + MAX_ASIDE; k++) {
    const t = tokens[k]?.text;
    if (t === ')') return k;
    if (t === '(' || t === '.') return -1;
  }
  return -1;
};

export const roleBefore = (
  tokens: Token[],
  from: number,
  reach: number,
  stops: Stops,
): CasualtyRole | null => {
  for (let k = from - 1; k >= 0 && k >= from - reach; k--) {
    if (stops.has(k)) return null;
    const w = tokens[k]?.lower ?? '';
    if (CLAUSE_BREAKS.has(w)) return null;
    // "a police officer was killed and two conscripts … injured": the participle before "and"
    // ends the clause of another figure.
    if (w === 'and' && ENDING_PARTICIPLES.has(tokens[k - 1]?.lower ?? '')) return null;
    if (HURT_BEFORE.has(w)) return 'injured';
    if (DIED_BEFORE.has(w)) return 'killed';
  }
  return null;
};

/** A count and the noun it counts. */
export interface Figure {
  q: Quantity;
  head: Head;
}

/**
 * "a child was killed", "a policeman": an article before a singular person noun is a count of
 * one; so is such a noun with no article after a killing verb ("kill NISS officer", "killed the
 * commander") or opening a sentence ("Farmer killed in Selea").
 */
export const personFigure = (tokens: Token[], i: number): Figure | null => {
  const t = tokens[i];
  const article = t?.lower === 'a' || t?.lower === 'an';
  const bare =
    (KILL_VERBS.has(t?.lower ?? '') || t?.lower === 'assassinate') &&
    !['a', 'an'].includes(tokens[i + 1]?.lower ?? '') &&
    tokens[i + 1]?.type === 'word';
  const opening = i === 0 && SINGULAR.has(t?.lower ?? '') && KILL_VERBS.has(tokens[1]?.lower ?? '');
  const end = opening ? 1 : article || bare ? singularEnd(tokens, i) : -1;
  // "a local official confirmed …": the one who speaks is not a victim.
  if (end <= 0 || SPEECH_VERBS.has(tokens[end]?.lower ?? '')) return null;
  const noun = tokens[end - 1]?.lower ?? '';
  // after a bare verb, the verb is the role word read before the figure: the figure starts after
  const from = !bare ? i : tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  return { q: one(from), head: { noun, end } };
};

/** Whether a number with this head counts people, not a route, an age, a year or a name. */
export const countsPeople = (tokens: Token[], q: Quantity, head: Head): boolean => {
  const before = tokens[q.start - 1]?.lower ?? '';
  // "on 20/06": the month after the slash is not a count either.
  const blocked =
    BLOCKING_BEFORE.has(before) || (before === '/' && tokens[q.start - 2]?.type === 'number');
  const loneOne =
    tokens[q.end - 1]?.lower === 'one' &&
    (tokens[q.end]?.lower === 'of' ||
      ['no', 'every', 'any', 'each', 'the', 'this', 'that'].includes(before));
  // "the Deir Ezzor 24 network", "Brigade 25": a number inside a name counts nothing.
  const prevToken = tokens[q.start - 1];
  const inName =
    head.noun === null &&
    q.start > 1 &&
    prevToken?.type === 'word' &&
    /^\p{Lu}/u.test(prevToken.text) &&
    !/^\p{Lu}/u.test(tokens[q.end]?.text ?? 'x') &&
    tokens[q.end]?.type === 'word';
  return !blocked && !loneOne && !inName && !(q.yearLike && head.noun === null);
};
