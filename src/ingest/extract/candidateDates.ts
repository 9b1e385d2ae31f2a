import { toDayNumber } from '../../model/dayNumber';
import type { IsoDay } from '../../model/isoDay';
import type { Candidate } from './candidate';
import type { DateMention } from './findDates';
import type { SentenceReading } from './readSentence';
import { type Context, elaboration, inheritedDate } from './reportContext';

/*
 * When a candidate happened: its sentence's dates, else the date its paragraph set earlier or the
 * next sentence gives; and whether it is one event or a day's total over many attacks.
 */

export const setDates = (
  ctx: Context,
  reading: SentenceReading,
  c: Candidate,
  dates: DateMention[],
) => {
  const since = dates.find((d) => d.role === 'since');
  const period = dates.find((d) => d.role === 'period');
  const point = dates.find((d) => d.role === 'point');
  const span = since ?? period;
  if (span) {
    c.kind = 'cumulative';
    c.totalType = span.daily ? 'daily' : 'running';
    // The codebook (data/README.md §9.5): a daily total's period starts on its (first) day too.
    c.periodStart = span.dateStart;
    c.dateStart = span.dateStart;
    c.dateEnd = point && !span.daily ? (point.dateEnd ?? span.dateEnd) : span.dateEnd;
    c.precision = span.precision;
    c.dateStated = true;
    return;
  }
  // "so far this week", "in total this month": a running total over the stated span.
  if (
    reading.totalWords &&
    point?.dateStart &&
    point.dateEnd &&
    point.precision === 'approximate' &&
    point.dateStart !== point.dateEnd &&
    toDayNumber(point.dateEnd) - toDayNumber(point.dateStart) >= 1 &&
    !isOvernight(point, ctx.published)
  ) {
    runningOver(c, point.dateStart, point.dateEnd);
    return;
  }
  if (reading.totalWords && !point) {
    c.kind = 'cumulative';
    c.totalType = 'running';
    c.dateEnd = ctx.published;
    return;
  }
  // A figure for a whole month ("in December") is a period total, not one event.
  if (
    point?.dateStart &&
    point.dateEnd &&
    point.precision === 'approximate' &&
    toDayNumber(point.dateEnd) - toDayNumber(point.dateStart) > 7
  ) {
    runningOver(c, point.dateStart, point.dateEnd);
    return;
  }
  const stated = point ?? inheritedDate(ctx, reading) ?? elaboratedDate(ctx, reading);
  if (stated) {
    c.dateStart = stated.dateStart;
    c.dateEnd = stated.dateEnd;
    c.precision = stated.precision;
    c.dateStated = point !== undefined;
    return;
  }
  // Only the day the source spoke: the event happened on or before it.
  const spoke = reading.dates.find((d) => d.role === 'statement');
  if (spoke?.dateEnd) c.dateEnd = spoke.dateEnd;
};

const PLURAL_ATTACKS = new Set(['strikes', 'attacks', 'airstrikes', 'raids', 'bombardments']);

const ACROSS = new Set(['across', 'separate', 'several', 'various', 'multiple']);

/** How many words may stand between "strikes" and "killed" ("strikes in Gaza on Sunday killed"). */

const SUBJECT_SPAN = 8;

const KILL_VERBS = new Set(['killed', 'kill', 'killing']);

/** "Israeli strikes in Gaza on Sunday killed 30": attacks in the plural are the subject. */
const attacksKilled = (words: string[]): boolean =>
  words.some(
    (w, k) =>
      PLURAL_ATTACKS.has(w) &&
      words.slice(k + 1, k + 1 + SUBJECT_SPAN).some((v) => KILL_VERBS.has(v)) &&
      !words.slice(k + 1, k + 1 + SUBJECT_SPAN).some((v) => v === '.' || v === ','),
  );

/** "strikes across the territory", "in separate attacks": a figure summed over attacks. */
export const acrossAttacks = (reading: SentenceReading): boolean => {
  const words = reading.tokens.map((t) => t.lower);
  return (
    (words.some((w) => PLURAL_ATTACKS.has(w)) &&
      words.some(
        (w, k) =>
          ACROSS.has(w) &&
          (PLURAL_ATTACKS.has(words[k + 1] ?? '') || PLURAL_ATTACKS.has(words[k + 2] ?? '')),
      )) ||
    (words.includes('across') && words.some((w) => PLURAL_ATTACKS.has(w))) ||
    attacksKilled(words)
  );
};

const isOvernight = (d: DateMention, published: IsoDay) =>
  d.dateEnd === published && toDayNumber(published) - toDayNumber(d.dateStart ?? published) === 1;

const elaboratedDate = (ctx: Context, reading: SentenceReading): DateMention | undefined => {
  const next = elaboration(ctx, reading);
  if (!next || next.dates.some((d) => d.role === 'since' || d.role === 'period')) return undefined;
  return next.dates.find((d) => d.role === 'point');
};

/**
 * "Israeli strikes across the territory killed 30 on Sunday": one day's total over several
 * attacks in a whole country or territory (strikes across one province stay one event).
 */
export const markDayTotal = (c: Candidate, reading: SentenceReading) => {
  const wide = !c.place || c.place.level === 0 || /^[A-Z]{2}:/.test(c.place.id);
  if (
    c.kind === 'incident' &&
    c.dateStated &&
    c.dateStart === c.dateEnd &&
    wide &&
    acrossAttacks(reading)
  ) {
    c.kind = 'cumulative';
    c.totalType = 'daily';
    c.periodStart = c.dateStart;
  }
};

/** The candidate is a running total over the days a date spans. */
const runningOver = (c: Candidate, from: IsoDay, to: IsoDay) => {
  c.kind = 'cumulative';
  c.totalType = 'running';
  c.periodStart = from;
  c.dateStart = from;
  c.dateEnd = to;
  c.precision = 'exact';
  c.dateStated = true;
};
