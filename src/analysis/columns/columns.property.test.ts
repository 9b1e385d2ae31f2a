import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  context,
  filters,
  gazetteer,
  manySourceRecords,
  records,
  reportsById,
  seriesOptions,
  toSixDecimals,
} from '../../../test/helpers/columnsArbitraries';
import { incident } from '../../../test/helpers/testRecords';
import { addDays, fromDayNumber } from '../../model/dayNumber';
import type { Incident } from '../../model/incident';
import { cumulativeSeries, RANGES_WITHOUT_IDS } from '../cumulativeSeries';
import { eventTypeOptions, regionOptions, sourceOptions } from '../filterOptions';
import { filterRecords, NO_FILTERS } from '../filters';
import { headlineFigures } from '../headlineFigures';
import { cumulativeSeriesColumns } from './cumulativeSeriesColumns';
import { filterColumns } from './filterColumns';
import { headlineFromColumns } from './headlineFromColumns';
import { allIds, toColumns } from './incidentColumns';
import { daySpanOfColumns, optionsFromColumns } from './optionsFromColumns';

/*
 * Equivalence: for random records and random filters, the columnar functions give exactly what
 * the object-based ones give. Records are fictional (generated), not real events.
 */

/** Input positions of a row selection, in input order. */
const positions = (inputIndex: Uint32Array, rows: Uint32Array) =>
  Array.from(rows, (row) => inputIndex[row] ?? -1).sort((a, b) => a - b);

describe('columnar analysis ≡ object-based analysis', () => {
  it('filterColumns selects the records filterRecords returns', () => {
    fc.assert(
      fc.property(records, filters, (list, f) => {
        const columns = toColumns(list, gazetteer, reportsById);
        const selection = filterColumns(columns, f);
        const expected = filterRecords(list, f, context);
        const at = (subset: Incident[]) => subset.map((r) => list.indexOf(r));
        expect(positions(columns.inputIndex, selection.incidents)).toEqual(at(expected.incidents));
        expect(positions(columns.inputIndex, selection.straddling)).toEqual(
          at(expected.straddling),
        );
        expect(positions(columns.inputIndex, selection.cumulative)).toEqual(
          at(expected.cumulative),
        );
      }),
      { numRuns: 400, seed: 6 },
    );
  });

  it('cumulativeSeriesColumns equals cumulativeSeries over the filtered incidents', () => {
    fc.assert(
      fc.property(records, filters, seriesOptions, (list, f, options) => {
        const columns = toColumns(list, gazetteer, reportsById);
        const selection = filterColumns(columns, f);
        const expected = cumulativeSeries(filterRecords(list, f, context).incidents, options);
        expect(
          toSixDecimals(cumulativeSeriesColumns(columns, selection.incidents, options)),
        ).toEqual(toSixDecimals(expected));
        // Without ids: the same points and counts, only the id lists left empty.
        const lean = cumulativeSeriesColumns(columns, selection.incidents, {
          ...options,
          ids: false,
        });
        expect(toSixDecimals(lean)).toEqual(
          toSixDecimals({
            ...expected,
            points: expected.points.map((p) => ({ ...p, recordIds: [] })),
            ranges: expected.ranges.slice(0, RANGES_WITHOUT_IDS),
          }),
        );
        expect(lean.rangeCount).toBe(expected.ranges.length);
        expect(lean.points.map((p) => p.records)).toEqual(
          expected.points.map((p) => p.recordIds.length),
        );
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it.each([
    ['', records, 8],
    [' with records of up to 1,000 sources', manySourceRecords, 17],
  ] as const)(
    'headlineFromColumns equals headlineFigures (all but the report count)%s',
    (_, arb, seed) => {
      fc.assert(
        fc.property(arb, filters, (list, f) => {
          const columns = toColumns(list, gazetteer, reportsById);
          const selection = filterColumns(columns, f);
          const { reports: _reports, ...expected } = headlineFigures(
            filterRecords(list, f, context).incidents,
            reportsById,
            gazetteer,
          );
          expect(headlineFromColumns(columns, selection.incidents)).toEqual(expected);
        }),
        { numRuns: 300, seed },
      );
    },
  );

  it.each([3, 33, 40, 1500])(
    'headlineFromColumns sums each of %i sources as headlineFigures does',
    (sourceCount) => {
      // Any number of sources: per-row source sets (sourceSets.ts) replace the 32 source bits.
      const list = Array.from({ length: Math.max(120, sourceCount) }, (_, i) =>
        incident({
          id: `S${i}`,
          placeId: i % 2 === 0 ? 'SY07' : 'SY02',
          dateStart: addDays('2024-01-01', i % 30),
          dateEnd: addDays('2024-01-01', i % 30),
          killedMin: i % 7,
          killedMax: i % 3 === 0 ? null : (i % 7) + 2,
          childrenMin: i % 5 === 0 ? 1 : null,
          attributedTo: [
            `Source ${i % sourceCount}`,
            ...(i % 4 === 0 ? [`Source ${(i + 1) % sourceCount}`] : []),
          ],
        }),
      );
      const columns = toColumns(list, gazetteer, reportsById);
      const { reports: _reports, ...expected } = headlineFigures(list, reportsById, gazetteer);
      const figures = headlineFromColumns(columns, filterColumns(columns, NO_FILTERS).incidents);
      expect(Object.keys(figures.bySource)).toHaveLength(sourceCount);
      expect(figures).toEqual(expected);
    },
  );
});

describe('toColumns', () => {
  it('keeps unknown counts as UNKNOWN_COUNT (−1) and unknown days as NO_DAY, never 0', () => {
    const columns = toColumns(
      [incident({ id: 'a', killedMin: null, dateStart: null, dateEnd: '2024-12-01' })],
      gazetteer,
    );
    expect(columns.killedMin[0]).toBe(-1);
    expect(columns.dayStart[0]).toBe(-0x80000000);
    expect(columns.dayEnd[0]).toBe(20058);
  });

  it('stores rows by governorate, then last day, and maps them back to input order', () => {
    const list = [
      incident({
        id: 'idleb-late',
        placeId: 'C3878',
        dateStart: '2024-12-05',
        dateEnd: '2024-12-05',
      }),
      incident({ id: 'aleppo', placeId: 'SY0200' }),
      incident({
        id: 'idleb-early',
        placeId: 'SY0701',
        dateStart: '2024-11-30',
        dateEnd: '2024-11-30',
      }),
      incident({ id: 'country', placeId: 'SY' }),
    ];
    const columns = toColumns(list, gazetteer);
    const order = columns.regions.ids.flatMap((_, g) =>
      allIds(columns.ids).slice(columns.regionOffsets[g], columns.regionOffsets[g + 1]),
    );
    expect(columns.regions.ids.slice(0, 2)).toEqual(['SY07', 'SY02']);
    expect(order).toEqual(['idleb-early', 'idleb-late', 'aleppo']);
    expect(columns.ids.at(-1)).toBe('country');
    expect(Array.from(columns.inputIndex)).toEqual([2, 0, 1, 3]);
  });
});

describe('filterColumns on a one-governorate date range', () => {
  it('separates inside, straddling and outside records', () => {
    const list = [
      incident({ id: 'in', placeId: 'C3878', dateStart: '2024-12-02', dateEnd: '2024-12-03' }),
      incident({
        id: 'straddle',
        placeId: 'SY0701',
        dateStart: '2024-11-28',
        dateEnd: '2024-12-02',
      }),
      incident({ id: 'late', placeId: 'SY0701', dateStart: '2024-12-09', dateEnd: '2024-12-09' }),
      incident({ id: 'aleppo', placeId: 'SY0200', dateStart: '2024-12-02', dateEnd: '2024-12-02' }),
    ];
    const columns = toColumns(list, gazetteer);
    const selection = filterColumns(columns, {
      regions: ['SY07'],
      from: '2024-12-01',
      to: '2024-12-05',
      sources: [],
      eventTypes: [],
    });
    const named = (rows: Uint32Array) => Array.from(rows, (row) => columns.ids.at(row));
    expect(named(selection.incidents)).toEqual(['in']);
    expect(named(selection.straddling)).toEqual(['straddle']);
  });

  it('optionsFromColumns and daySpanOfColumns equal the options and span over the records', () => {
    fc.assert(
      fc.property(records, (list) => {
        const columns = toColumns(list, gazetteer, reportsById);
        expect(optionsFromColumns(columns, gazetteer)).toEqual({
          regions: regionOptions(list, gazetteer),
          sources: sourceOptions(list, reportsById),
          eventTypes: eventTypeOptions(list),
        });
        const starts = list.flatMap((r) => r.dateStart ?? r.dateEnd ?? []).sort();
        const ends = list.flatMap((r) => r.dateEnd ?? r.dateStart ?? []).sort();
        const span = daySpanOfColumns(columns);
        expect(span.first === null ? null : fromDayNumber(span.first)).toBe(starts[0] ?? null);
        expect(span.last === null ? null : fromDayNumber(span.last)).toBe(ends.at(-1) ?? null);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('lists the first RANGES_WITHOUT_IDS ranges in input order when asked without ids', () => {
    // Input order runs against the stored order (later records first in time).
    const list = Array.from({ length: 30 }, (_, i) =>
      incident({
        id: `R${i}`,
        placeId: 'SY07',
        dateStart: addDays('2024-01-01', 60 - 2 * i),
        dateEnd: addDays('2024-01-02', 60 - 2 * i),
        killedMin: i,
      }),
    );
    const columns = toColumns(list, gazetteer, reportsById);
    const rows = filterColumns(columns, NO_FILTERS).incidents;
    const series = cumulativeSeriesColumns(columns, rows, {
      from: null,
      to: null,
      unit: 'day',
      ids: false,
    });
    expect(series.rangeCount).toBe(30);
    expect(series.ranges.map((r) => r.id)).toEqual(
      Array.from({ length: RANGES_WITHOUT_IDS }, (_, i) => `R${i}`),
    );
  });
});
