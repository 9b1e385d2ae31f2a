/*
 * The peers the bench measures ours against, each answering the same query (one governorate, a
 * year, daily cumulative lower/upper): Arquero, DuckDB (SQL) and our own unindexed scan.
 */
import * as aq from 'arquero';
import { op } from 'arquero';
import { type IncidentColumns, KIND_INCIDENT } from '../src/analysis/columns/incidentColumns';

/** A row as arquero's expression functions see it (it parses them from their source). */
interface Row {
  kind: number;
  region: number;
  dayStart: number;
  dayEnd: number;
  killedMin: number;
  killedMax: number;
  lo: number;
  up: number;
  lv: number;
  uv: number;
}
interface Params {
  g: number;
  from: number;
  to: number;
  incident: number;
}

export interface Final {
  days: number;
  lower: number;
  upper: number;
}

// ---------------------------------------------------------------- peers

export const arqueroTable = (c: IncidentColumns) =>
  aq.table({
    kind: c.kind,
    region: c.region,
    dayStart: c.dayStart,
    dayEnd: c.dayEnd,
    killedMin: c.killedMin,
    killedMax: c.killedMax,
  });

/** Filter region + date range, sum by day (lower on the last day, upper on the first), cumsum. */
export const arqueroQuery = (
  table: ReturnType<typeof arqueroTable>,
  g: number,
  from: number,
  to: number,
): Final => {
  const selected = table
    .params({ g, from, to, incident: KIND_INCIDENT })
    .filter(
      (d: Row, $: Params) =>
        d.kind === $.incident && d.region === $.g && d.dayStart >= $.from && d.dayEnd <= $.to,
    )
    .derive({
      // Unknown counts are −1 in the columns the table is made from.
      lo: (d: Row) => op.greatest(d.killedMin, 0),
      up: (d: Row) => (d.killedMax < 0 ? op.greatest(d.killedMin, 0) : d.killedMax),
    });
  const lower = selected
    .groupby('dayEnd')
    .rollup({ lv: (d: Row) => op.sum(d.lo) })
    .rename({ dayEnd: 'day' });
  const upper = selected
    .groupby('dayStart')
    .rollup({ uv: (d: Row) => op.sum(d.up) })
    .rename({ dayStart: 'day' });
  const series = lower
    .join_full(upper, 'day')
    .orderby('day')
    .derive({
      lower: aq.rolling((d: Row) => op.sum(d.lv)),
      upper: aq.rolling((d: Row) => op.sum(d.uv)),
    });
  const last = series.numRows() - 1;
  return {
    days: series.numRows(),
    lower: Number(series.get('lower', last) ?? 0),
    upper: Number(series.get('upper', last) ?? 0),
  };
};

export const DUCKDB_QUERY = `
WITH sel AS (
  SELECT date_start, date_end,
         coalesce(killed_min, 0) AS lo,
         coalesce(killed_max, killed_min, 0) AS up
  FROM incidents
  WHERE kind = 'incident' AND region = $1 AND date_start >= $2::DATE AND date_end <= $3::DATE
),
lo AS (SELECT date_end AS day, sum(lo) AS v FROM sel GROUP BY date_end),
up AS (SELECT date_start AS day, sum(up) AS v FROM sel GROUP BY date_start),
daily AS (
  SELECT coalesce(lo.day, up.day) AS day, coalesce(lo.v, 0) AS lv, coalesce(up.v, 0) AS uv
  FROM lo FULL OUTER JOIN up ON lo.day = up.day
)
SELECT day, sum(lv) OVER (ORDER BY day) AS lower, sum(uv) OVER (ORDER BY day) AS upper
FROM daily ORDER BY day`;

/**
 * The same query without the index: one pass over every row, summing per day. It checks the
 * index against brute force and shows what the sorted layout saves.
 */
export const scanWithoutIndex = (
  c: IncidentColumns,
  g: number,
  from: number,
  to: number,
): Final => {
  const days = to - from + 1;
  const addLower = new Float64Array(days);
  const addUpper = new Float64Array(days);
  const { kind, region, dayStart, dayEnd, killedMin, killedMax } = c;
  for (let row = 0; row < c.length; row++) {
    if (region[row] !== g || kind[row] !== KIND_INCIDENT) continue;
    const s = dayStart[row] ?? 0;
    const e = dayEnd[row] ?? 0;
    if (s < from || e > to) continue;
    const kMin = killedMin[row] ?? -1;
    const kMax = killedMax[row] ?? -1;
    const lower = Math.max(kMin, 0);
    addLower[e - from] = (addLower[e - from] ?? 0) + lower;
    addUpper[s - from] = (addUpper[s - from] ?? 0) + (kMax >= 0 ? kMax : lower);
  }
  let lower = 0;
  let upper = 0;
  for (let d = 0; d < days; d++) {
    lower += addLower[d] ?? 0;
    upper += addUpper[d] ?? 0;
  }
  return { days, lower, upper };
};
