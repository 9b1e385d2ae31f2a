import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filters as anyFilters,
  gazetteer,
  records,
  reportsById,
} from '../../../test/helpers/columnsArbitraries';
import { filterColumns, filterColumnsOnce } from './filterColumns';
import { toColumns } from './incidentColumns';

describe('filterColumnsOnce', () => {
  it('answers as filterColumns, and the same filters twice in a row without a second pass', () => {
    fc.assert(
      fc.property(records, anyFilters, anyFilters, (list, a, b) => {
        const columns = toColumns(list, gazetteer, reportsById);
        const first = filterColumnsOnce(columns, a);
        expect(first).toEqual(filterColumns(columns, a));
        // A copy of the same filters: the same selection object.
        expect(filterColumnsOnce(columns, { ...a })).toBe(first);
        expect(filterColumnsOnce(columns, b)).toEqual(filterColumns(columns, b));
      }),
      { numRuns: 60 },
    );
  });
});
