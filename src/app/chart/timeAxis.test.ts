import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../model/dayNumber';
import { timeAxis } from './timeAxis';

describe('timeAxis', () => {
  it.each([
    // The bundled dataset's 36 days on a 390 px phone (about 250 px of plot): three labels.
    ['2024-11-26', '2024-12-31', 246, 3],
    // On a desktop: weekly, on the five Mondays.
    ['2024-11-26', '2024-12-31', 830, 5],
    // Four years of UCDP data on a phone: one label a year.
    ['2016-01-01', '2019-12-31', 246, 3],
  ])('%s – %s over %i px: %i labels', (from, to, width, count) => {
    expect(timeAxis(toDayNumber(from), toDayNumber(to), width).ticks).toHaveLength(count);
  });
});
