import type { Candidate } from './candidate';
import { isWithin, type PlaceIndex } from './placeIndex';
import type { Quantity } from './readQuantity';

const sameFigure = (a: Quantity | null, b: Quantity | null): boolean => {
  if (a === null || b === null) return a === b;
  if (a.vague !== null || b.vague !== null) return a.vague === b.vague;
  // "25 killed" in a title and "at least 25" in the body are one figure; the open bound wins.
  return a.min === b.min && (a.max === b.max || a.max === null || b.max === null);
};

const compatibleSubset = (a: Quantity | null, b: Quantity | null): boolean =>
  a === null || b === null || (a.min === b.min && a.max === b.max);

/** A figure that is only a vague word can be folded into a numeric one of at least its size. */
const vagueFits = (vague: Quantity | null, exact: Quantity | null): boolean =>
  vague?.vague != null &&
  exact !== null &&
  exact.vague === null &&
  (exact.min ?? 0) >= vague.magnitude;

const compatiblePlace = (index: PlaceIndex, a: Candidate, b: Candidate): boolean => {
  if (!a.place || !b.place || a.place.level === 0 || b.place.level === 0) return true;
  return isWithin(index, a.place, b.place) || isWithin(index, b.place, a.place);
};

const compatibleDates = (a: Candidate, b: Candidate): boolean => {
  if (!a.dateStated || !b.dateStated) return true;
  return a.dateStart === b.dateStart && a.periodStart === b.periodStart;
};

export const canMerge = (index: PlaceIndex, a: Candidate, b: Candidate): boolean =>
  a.kind === b.kind &&
  (sameFigure(a.killed, b.killed) ||
    vagueFits(a.killed, b.killed) ||
    vagueFits(b.killed, a.killed)) &&
  compatibleSubset(a.children, b.children) &&
  compatibleSubset(a.women, b.women) &&
  compatiblePlace(index, a, b) &&
  compatibleDates(a, b);

const openest = (a: Quantity | null, b: Quantity | null): Quantity | null => {
  if (a === null) return b;
  if (b === null) return a;
  if (a.vague !== null) return b;
  if (b.vague !== null) return a;
  return a.max === null ? a : b;
};

/**
 * Folds `b` into `a`: the more specific place, the stated date, the open-ended figure, every
 * source and every piece of evidence. Body text wins over headlines for wording.
 */
export const mergeInto = (index: PlaceIndex, a: Candidate, b: Candidate): void => {
  a.killed = openest(a.killed, b.killed);
  a.children = a.children ?? b.children;
  a.women = a.women ?? b.women;
  a.injured = a.injured === null || a.injured.vague !== null ? (b.injured ?? a.injured) : a.injured;
  if (!a.dateStated && b.dateStated) {
    a.dateStart = b.dateStart;
    a.dateEnd = b.dateEnd;
    a.periodStart = b.periodStart;
    a.precision = b.precision;
    a.dateStated = true;
  }
  if (b.place && (!a.place || (a.place.id !== b.place.id && isWithin(index, b.place, a.place)))) {
    a.place = b.place;
    a.coversIds = b.coversIds;
    a.placeStated = a.placeStated || b.placeStated;
  }
  a.placeText = a.placeText ?? b.placeText;
  for (const s of b.sources) if (!a.sources.includes(s)) a.sources.push(s);
  const bodyWins = a.headline && !b.headline;
  if (!a.eventType || (bodyWins && b.eventType)) a.eventType = b.eventType ?? a.eventType;
  if (b.perpetrator && (!a.perpetrator || b.perpetratorRank < a.perpetratorRank)) {
    a.perpetrator = b.perpetrator;
    a.perpetratorRank = b.perpetratorRank;
  }
  if (a.victims === 'unknown') a.victims = b.victims;
  a.evidence.push(...b.evidence);
  a.sentences.push(...b.sentences);
  a.headline = a.headline && b.headline;
};

/** How many earlier records with the same figure a record is compared with, at most. */
const MAX_TRIES = 64;

const figureKey = (c: Candidate): string => {
  const q = c.killed;
  if (q === null) return `${c.kind}|none`;
  return q.vague !== null ? `${c.kind}|v|${q.vague}` : `${c.kind}|n|${q.min}`;
};

/**
 * Merges candidates that state the same figure, each into the earliest one it can join (as
 * `canMerge` decides). Candidates are looked up by their figure, not compared with every earlier
 * record, so that thousands of figures stay linear: a record is compared with at most
 * MAX_TRIES earlier ones of the same figure, and with as many vague ones ("dozens").
 */
export const mergeAll = (index: PlaceIndex, candidates: Candidate[]): Candidate[] => {
  const merged: Candidate[] = [];
  const order = new Map<Candidate, number>();
  const keyOf = new Map<Candidate, string>();
  const lists = new Map<string, Candidate[]>();
  const add = (list: string, c: Candidate) => {
    const l = lists.get(list) ?? [];
    l.push(c);
    lists.set(list, l);
  };
  const place = (c: Candidate) => {
    const key = figureKey(c);
    keyOf.set(c, key);
    add(key, c);
    if (c.killed?.vague != null) add(`${c.kind}|vague`, c);
    else if (c.killed !== null) add(`${c.kind}|numeric`, c);
  };
  const firstFit = (list: string, c: Candidate, wanted: (m: Candidate) => boolean) => {
    let best: Candidate | null = null;
    let tries = 0;
    for (const m of lists.get(list) ?? []) {
      if (tries++ >= MAX_TRIES) break;
      if (!wanted(m) || !canMerge(index, m, c)) continue;
      if (best === null || (order.get(m) ?? 0) < (order.get(best) ?? 0)) best = m;
    }
    return best;
  };
  for (const c of candidates) {
    const key = figureKey(c);
    const current = (m: Candidate) => keyOf.get(m) === key;
    const found = [
      firstFit(key, c, current),
      c.killed?.vague == null
        ? firstFit(`${c.kind}|vague`, c, (m) => m.killed?.vague != null)
        : null,
      c.killed?.vague != null
        ? firstFit(`${c.kind}|numeric`, c, (m) => m.killed !== null && m.killed.vague === null)
        : null,
    ].filter((m): m is Candidate => m !== null);
    const into = found.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))[0];
    if (into) {
      mergeInto(index, into, c);
      // Folding a vague word into a number changes the record's figure: file it anew.
      if (figureKey(into) !== keyOf.get(into)) place(into);
    } else {
      order.set(c, merged.length);
      merged.push(c);
      place(c);
    }
  }
  return merged;
};
