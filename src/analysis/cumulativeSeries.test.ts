import { describe, expect, it } from 'vitest';
import { incident } from '../../test/helpers/testRecords';
import { cumulativeSeries } from './cumulativeSeries';

const daily = { from: null, to: null, unit: 'day' as const };

describe('cumulativeSeries', () => {
  it('is empty for no records and no range', () => {
    expect(cumulativeSeries([], daily)).toEqual({
      unit: 'day',
      points: [],
      ranges: [],
      rangeCount: 0,
    });
  });

  it('draws zeros over an explicit range with no records', () => {
    const series = cumulativeSeries([], { from: '2024-12-01', to: '2024-12-03', unit: 'day' });
    expect(series.points.map((p) => [p.end, p.lower, p.upper])).toEqual([
      ['2024-12-01', 0, 0],
      ['2024-12-02', 0, 0],
      ['2024-12-03', 0, 0],
    ]);
  });

  it('keeps an open-ended "at least" figure as both bounds, never more', () => {
    const series = cumulativeSeries(
      [incident({ id: 'a', killedMin: 25, childrenMin: 10, childrenMax: 10 })],
      daily,
    );
    expect(series.points).toEqual([
      expect.objectContaining({
        end: '2024-12-01',
        lower: 25,
        upper: 25,
        childrenLower: 10,
        newLower: 25,
        records: 1,
        recordIds: ['a'],
      }),
    ]);
  });

  it('accumulates lower bounds and highest reported figures separately', () => {
    const records = [
      incident({
        id: 'a',
        dateStart: '2024-12-01',
        dateEnd: '2024-12-01',
        killedMin: 5,
        killedMax: 6,
      }),
      incident({
        id: 'b',
        dateStart: '2024-12-03',
        dateEnd: '2024-12-03',
        killedMin: 20,
        killedMax: 30,
      }),
      incident({ id: 'c', dateStart: '2024-12-03', dateEnd: '2024-12-03', killedMin: null }),
    ];
    const series = cumulativeSeries(records, daily);
    expect(series.points.map((p) => [p.end, p.lower, p.upper, p.newLower])).toEqual([
      ['2024-12-01', 5, 6, 5],
      ['2024-12-02', 5, 6, 0],
      ['2024-12-03', 25, 36, 20],
    ]);
  });

  it('draws a record with a date range as a widening band, not on its first day', () => {
    const records = [
      incident({
        id: 'r',
        dateStart: '2024-12-30',
        dateEnd: '2025-01-02',
        killedMin: 8,
        killedMax: 8,
      }),
    ];
    const series = cumulativeSeries(records, daily);
    expect(series.points.map((p) => [p.end, p.lower, p.upper])).toEqual([
      ['2024-12-30', 0, 8],
      ['2024-12-31', 0, 8],
      ['2025-01-01', 0, 8],
      ['2025-01-02', 8, 8],
    ]);
    expect(series.ranges).toEqual([
      { id: 'r', start: '2024-12-30', end: '2025-01-02', killedMin: 8, killedMax: 8 },
    ]);
    const open = cumulativeSeries(
      [incident({ id: 'o', dateStart: '2024-12-30', dateEnd: '2024-12-31', killedMin: null })],
      daily,
    );
    expect(open.ranges[0]).toMatchObject({ killedMin: null, killedMax: null });
    // The bars count it on its last day: they add up to the line.
    expect(series.points.map((p) => p.newLower)).toEqual([0, 0, 0, 8]);
  });

  it('spreads a record with a date range evenly over its days, in the line and the bars', () => {
    const records = [
      incident({ id: 'r', dateStart: '2024-12-30', dateEnd: '2025-01-02', killedMin: 8 }),
      incident({ id: 's', dateStart: '2025-01-01', dateEnd: '2025-01-01', killedMin: 1 }),
    ];
    const series = cumulativeSeries(records, { ...daily, ranges: 'spread' });
    expect(series.points.map((p) => [p.end, p.lower, p.newLower])).toEqual([
      ['2024-12-30', 2, 2],
      ['2024-12-31', 4, 2],
      ['2025-01-01', 7, 3],
      ['2025-01-02', 9, 2],
    ]);
    const monthly = cumulativeSeries(records, { ...daily, unit: 'month', ranges: 'spread' });
    expect(monthly.points.map((p) => [p.end, p.lower, p.newLower])).toEqual([
      ['2024-12-31', 4, 4],
      ['2025-01-02', 9, 5],
    ]);
  });

  it.each(['spread', 'end'] as const)(
    'bars add up to the line whatever the unit (%s), year-long records included',
    (ranges) => {
      const records = [
        incident({ id: 'y', dateStart: '2016-01-01', dateEnd: '2016-12-31', killedMin: 11541 }),
        incident({
          id: 'm',
          dateStart: '2016-03-05',
          dateEnd: '2016-04-20',
          killedMin: 7,
          killedMax: 9,
        }),
        incident({ id: 'd', dateStart: '2016-06-01', dateEnd: '2016-06-01', killedMin: 3 }),
      ];
      for (const unit of ['day', 'week', 'month'] as const) {
        const series = cumulativeSeries(records, { from: null, to: null, unit, ranges });
        const bars = series.points.reduce((sum, p) => sum + p.newLower, 0);
        expect(Math.abs(bars - 11551)).toBeLessThan(1e-6);
        expect(series.points.at(-1)?.lower).toBe(11551);
        expect(series.points.at(-1)?.upper).toBe(11553);
      }
    },
  );

  it('bins by ISO week and by month across a year boundary', () => {
    const records = [
      incident({ id: 'a', dateStart: '2024-12-30', dateEnd: '2024-12-30', killedMin: 1 }),
      incident({ id: 'b', dateStart: '2025-01-01', dateEnd: '2025-01-01', killedMin: 2 }),
      incident({ id: 'c', dateStart: '2025-01-06', dateEnd: '2025-01-06', killedMin: 4 }),
    ];
    const weekly = cumulativeSeries(records, { from: null, to: null, unit: 'week' });
    expect(weekly.points.map((p) => [p.start, p.end, p.newLower, p.lower])).toEqual([
      ['2024-12-30', '2025-01-05', 3, 3],
      ['2025-01-06', '2025-01-06', 4, 7],
    ]);
    const monthly = cumulativeSeries(records, { from: null, to: null, unit: 'month' });
    expect(monthly.points.map((p) => [p.start, p.end, p.newLower, p.lower])).toEqual([
      ['2024-12-30', '2024-12-31', 1, 1],
      ['2025-01-01', '2025-01-06', 6, 7],
    ]);
  });

  it('ends on the filtered sum of lower bounds (property over random records)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const records = Array.from({ length: 300 }, (_, i) => {
      const start = Math.floor(random() * 60);
      const length = random() < 0.2 ? Math.floor(random() * 10) : 0;
      const day = (n: number) => new Date(Date.UTC(2024, 10, 1 + n)).toISOString().slice(0, 10);
      const min = random() < 0.1 ? null : Math.floor(random() * 40);
      const max = min === null || random() < 0.5 ? null : min + Math.floor(random() * 10);
      return incident({
        id: `r${i}`,
        dateStart: day(start),
        dateEnd: day(start + length),
        killedMin: min,
        killedMax: max,
      });
    });
    for (const unit of ['day', 'week', 'month'] as const) {
      const points = cumulativeSeries(records, { from: null, to: null, unit }).points;
      const last = points.at(-1);
      expect(last?.lower).toBe(records.reduce((s, r) => s + (r.killedMin ?? 0), 0));
      expect(last?.upper).toBe(records.reduce((s, r) => s + (r.killedMax ?? r.killedMin ?? 0), 0));
      for (let i = 1; i < points.length; i++) {
        expect(points[i]?.lower).toBeGreaterThanOrEqual(points[i - 1]?.lower ?? 0);
        expect(points[i]?.upper).toBeGreaterThanOrEqual(points[i]?.lower ?? 0);
      }
    }
  });
});
