import type { CumulativeSeries, SeriesOptions } from '../cumulativeSeries';
import type { Filters } from '../filters';
import { cumulativeSeriesColumns } from './cumulativeSeriesColumns';
import { filterColumnsOnce } from './filterColumns';
import { addRowsToHeadlineSums, emptyHeadlineSums, type HeadlineSums } from './headlineFromColumns';
import type { IncidentColumns } from './incidentColumns';
import {
  addIndexToHeadlineSums,
  firstInsideByInput,
  indexSingleDays,
  markIndexGroups,
  type RegionDayIndex,
  selectFromIndex,
} from './regionDayIndex';

/**
 * What a large view needs of the incidents a filter selects, answered from the region × day
 * index when it can (whole governorates, any dates, no source or event-type choice) and else
 * from the rows filterColumns lists. Both give the same figures (regionDayIndex.test.ts).
 */
export interface ViewSelection {
  /** Incidents inside the filter. */
  count: number;
  /** The headline's sums (computed when first asked). */
  sums: () => HeadlineSums;
  /** Ascending rows, as filterColumns gives them. */
  straddling: Uint32Array;
  cumulative: () => Uint32Array;
  /** The first `limit` incidents inside, in input order. */
  firstByInput: (limit: number) => Uint32Array;
  /** cumulativeSeriesColumns of the incidents inside, without ids. */
  series: (options: Omit<SeriesOptions, 'ids'>) => CumulativeSeries;
  /** Marks the report set (`groupOfRow`) of every incident inside. */
  markGroups: (groupOfRow: Uint32Array, seen: Uint8Array) => void;
  /** 'index' or 'rows': how it was answered (for timings and tests). */
  via: 'index' | 'rows';
}

export const selectIncidents = (
  columns: IncidentColumns,
  index: RegionDayIndex | null,
  filters: Filters,
): ViewSelection => {
  const indexed = index ? selectFromIndex(index, filters) : null;
  if (index && indexed) {
    const rows = indexed.otherInside;
    return {
      count: indexed.incidents,
      sums: once(() =>
        addIndexToHeadlineSums(
          index,
          indexed,
          addRowsToHeadlineSums(columns, rows, emptyHeadlineSums(columns)),
        ),
      ),
      straddling: indexed.straddling,
      cumulative: once(indexed.cumulative),
      firstByInput: (limit) => firstInsideByInput(index, indexed, limit),
      series: (options) =>
        cumulativeSeriesColumns(
          columns,
          rows,
          { ...options, ids: false },
          indexSingleDays(index, indexed),
        ),
      markGroups: (groupOfRow, seen) => {
        for (let k = 0; k < rows.length; k++) seen[groupOfRow[rows[k] ?? 0] ?? 0] = 1;
        markIndexGroups(index, indexed, seen);
      },
      via: 'index',
    };
  }
  const selection = filterColumnsOnce(columns, filters);
  const rows = selection.incidents;
  return {
    count: rows.length,
    sums: once(() => addRowsToHeadlineSums(columns, rows, emptyHeadlineSums(columns))),
    straddling: selection.straddling,
    cumulative: () => selection.cumulative,
    firstByInput: (limit) => firstByInput(columns, rows, limit),
    series: (options) => cumulativeSeriesColumns(columns, rows, { ...options, ids: false }),
    markGroups: (groupOfRow, seen) => {
      for (let k = 0; k < rows.length; k++) seen[groupOfRow[rows[k] ?? 0] ?? 0] = 1;
    },
    via: 'rows',
  };
};

const once = <T>(compute: () => T): (() => T) => {
  let value: { v: T } | null = null;
  return () => {
    value ??= { v: compute() };
    return value.v;
  };
};

/** The `limit` rows earliest in input order, in that order, without sorting all of them. */
const firstByInput = (columns: IncidentColumns, rows: Uint32Array, limit: number): Uint32Array => {
  const { inputIndex } = columns;
  if (rows.length <= limit)
    return Uint32Array.from(rows).sort((a, b) => (inputIndex[a] ?? 0) - (inputIndex[b] ?? 0));
  const keep = new Uint8Array(columns.length);
  for (let k = 0; k < rows.length; k++) keep[inputIndex[rows[k] ?? 0] ?? 0] = 1;
  // inverse permutation, walked in input order until the limit is reached
  const rowOfInput = new Uint32Array(columns.length);
  for (let row = 0; row < columns.length; row++) rowOfInput[inputIndex[row] ?? 0] = row;
  const out = new Uint32Array(limit);
  let n = 0;
  for (let input = 0; input < columns.length && n < limit; input++) {
    if (keep[input] === 1) out[n++] = rowOfInput[input] ?? 0;
  }
  return out;
};
