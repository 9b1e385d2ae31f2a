import { ONES, TENS } from './readQuantity';

/* The words dates are read from. */

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
// "a week ago", "three days ago": the quantity reader's number words, plus the article.
export const WORD_COUNTS: Record<string, number> = { a: 1, ...ONES, ...TENS };
export const ERA_WORDS = new Set([
  'war',
  'conflict',
  'uprising',
  'revolution',
  'crisis',
  'civil',
  'protests',
  'fighting',
]);
