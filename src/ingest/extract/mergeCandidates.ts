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
