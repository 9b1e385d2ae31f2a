import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filters as anyFilters,
  day,
  gazetteer,
  manySourceRecords,
  records,
  reportsById,
  seriesOptions,
  toSixDecimals,
} from '../../../test/helpers/columnsArbitraries';
import { incident } from '../../../test/helpers/testRecords';
import type { Incident } from '../../model/incident';
import type { Filters } from '../filters';
import { headlineFromSums } from './headlineFromColumns';
import { type IncidentColumns, toColumns } from './incidentColumns';
import { buildRegionDayIndex } from './regionDayIndex';
import { selectIncidents, type ViewSelection } from './selectIncidents';

/*
 * The region × day index answers what the rows answer: for random (fictional) records and
 * filters, every figure a large view takes from a selection is the same both ways.
 */

const GOVERNORATES = ['SY07', 'SY02', 'SY05', 'SY99'];

/** Filters the index can answer: whole governorates (or none), any dates. */
const indexable: fc.Arbitrary<Filters> = fc.record({
  regions: fc.oneof(
    fc.constant<string[]>([]),
    fc.subarray(GOVERNORATES, { minLength: 1, maxLength: 3 }),
  ),
  from: fc.option(day, { nil: null }),
  to: fc.option(day, { nil: null }),
  sources: fc.constant<string[]>([]),
  eventTypes: fc.constant<string[]>([]),
});

/** Report sets as groups: the record's first report id. */
const groupsOf = (columns: IncidentColumns, list: readonly Incident[]) => {
  const names: string[] = [];
  const ofRow = new Uint32Array(columns.length);
  for (let row = 0; row < columns.length; row++) {
    const key = list[columns.inputIndex[row] ?? 0]?.reportIds[0] ?? '';
    let g = names.indexOf(key);
    if (g === -1) g = names.push(key) - 1;
    ofRow[row] = g;
  }
  return { ofRow, count: names.length };
};

const figuresOf = (
  columns: IncidentColumns,
  s: ViewSelection,
  groups: { ofRow: Uint32Array; count: number },
  options: Parameters<ViewSelection['series']>[0],
) => {
  const seen = new Uint8Array(groups.count);
  s.markGroups(groups.ofRow, seen);
  return {
    count: s.count,
    headline: headlineFromSums(columns, s.sums()),
    regionRecords: Array.from(s.sums().regionRecords),
    straddling: Array.from(s.straddling),
    cumulative: Array.from(s.cumulative()),
    first3: Array.from(s.firstByInput(3)),
    firstAll: Array.from(s.firstByInput(1000)),
    series: toSixDecimals(s.series(options)),
    seen: Array.from(seen),
  };
};

describe('selectIncidents: the region × day index ≡ the rows', () => {
  it.each([
    ['filters it can answer', indexable, 11],
    ['any filters (it falls back to the rows where it cannot)', anyFilters, 12],
  ])('%s', (_, filterArb, seed) => {
    let viaIndex = 0;
    fc.assert(
      fc.property(records, filterArb, seriesOptions, (list, f, options) => {
        const columns = toColumns(list, gazetteer, reportsById);
        const groups = groupsOf(columns, list);
        const index = buildRegionDayIndex(columns, groups);
        expect(index).not.toBeNull();
        const indexed = selectIncidents(columns, index, f);
        const scanned = selectIncidents(columns, null, f);
        expect(scanned.via).toBe('rows');
        if (indexed.via === 'index') viaIndex++;
        const eligible =
          f.sources.length === 0 &&
          f.eventTypes.length === 0 &&
          f.regions.every((r) => GOVERNORATES.includes(r));
        // The index answers whole governorates and dates; never a source or event-type choice.
        // (A choice that selects whole slots some other way, e.g. an unknown place selecting
        // none, may go either way: the figures below are compared in every case.)
        if (eligible) expect(indexed.via).toBe('index');
        if (f.sources.length > 0 || f.eventTypes.length > 0) expect(indexed.via).toBe('rows');
        expect(figuresOf(columns, indexed, groups, options)).toEqual(
          figuresOf(columns, scanned, groups, options),
        );
      }),
      { numRuns: 500, seed },
    );
    expect(viaIndex).toBeGreaterThan(seed === 11 ? 450 : 20);
  });

  it('keeps single-day records in its sums and lists the others', () => {
    const list = [
      incident({ id: 'a', dateStart: '2024-11-20', dateEnd: '2024-11-20', placeId: 'SY07' }),
      incident({ id: 'b', dateStart: '2024-11-20', dateEnd: '2024-11-22', placeId: 'SY07' }),
      incident({ id: 'c', dateStart: null, dateEnd: null, placeId: 'SY02' }),
      incident({ id: 'd', dateStart: '2024-11-25', dateEnd: '2024-11-25', placeId: 'SY02' }),
    ];
    const columns = toColumns(list, gazetteer, reportsById);
    const index = buildRegionDayIndex(columns, { ofRow: new Uint32Array(4), count: 1 });
    if (!index) throw new Error('no index');
    expect(index.firstDay).toBe(Date.UTC(2024, 10, 20) / 86_400_000);
    expect(index.days).toBe(6);
    expect(Array.from(index.otherRows, (row) => list[columns.inputIndex[row] ?? 0]?.id)).toEqual(
      expect.arrayContaining(['b', 'c']),
    );
    expect(index.otherRows).toHaveLength(2);
  });

  it('is built for any number of sources and answers them as the rows do', () => {
    fc.assert(
      fc.property(manySourceRecords, indexable, seriesOptions, (list, f, options) => {
        const columns = toColumns(list, gazetteer, reportsById);
        const groups = groupsOf(columns, list);
        const index = buildRegionDayIndex(columns, groups);
        expect(index).not.toBeNull();
        const indexed = selectIncidents(columns, index, f);
        expect(indexed.via).toBe('index');
        expect(figuresOf(columns, indexed, groups, options)).toEqual(
          figuresOf(columns, selectIncidents(columns, null, f), groups, options),
        );
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});
