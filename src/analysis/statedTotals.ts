import { toDayNumber } from '../model/dayNumber';
import type { IsoDay } from '../model/isoDay';
import { type CumulativeMarker, dayMonth, shortSourceName } from './cumulativeMarkers';

/** One stated total on a source's line, numbered as on the chart and in the list. */
export interface StatedPoint {
  id: string;
  /** 1-based position among the view's markers: the number the chart and the list show. */
  number: number;
  day: IsoDay;
  killedMin: number;
  killedMax: number | null;
  /** The running value drawn: the total itself, or for daily totals the sum of the run so far. */
  value: number;
}

/**
 * One source's statements of one count: running totals from the same start and for the same
 * victims ("SOHR, civilians since 8 Dec"), or its daily totals for the same victims.
 */
export interface StatedSeries {
  key: string;
  sources: string[];
  totalType: 'running' | 'daily';
  victims: CumulativeMarker['victims'];
  periodStart: IsoDay | null;
  label: string;
  points: StatedPoint[];
  /**
   * Runs drawn as a line: a running total's points, or daily totals on consecutive days (each
   * run added up from its first day). A daily total with no neighbour stays a point.
   */
  runs: StatedPoint[][];
}

/** What a source states last in the view: the figure a journalist could quote, with its terms. */
export interface SourceStatement {
  source: string;
  id: string;
  number: number;
  killedMin: number;
  killedMax: number | null;
  totalType: 'running' | 'daily';
  victims: CumulativeMarker['victims'];
  periodStart: IsoDay | null;
  asOf: IsoDay;
  area: string;
  /** "at least 1,894 civilians killed since 8 Dec, as of 31 Dec". */
  wording: string;
  /** The wording after its figure: "civilians killed since 8 Dec, as of 31 Dec". */
  terms: string;
  /** Every stated total of this source in the view, by id (its other counts included). */
  statedTotals: string[];
}

export interface StatedTotals {
  /** Largest latest statement first; every source with a dated figure is listed. */
  bySource: SourceStatement[];
  series: StatedSeries[];
  /** Stated totals left out because a later statement of the same source replaces them. */
  replaced: { id: string; by: string }[];
}

const GROUPED = new Intl.NumberFormat('en-GB');

const whom = (victims: CumulativeMarker['victims']): string =>
  victims === 'civilians' ? 'civilians' : victims === 'combatants' ? 'fighters' : 'people';

const wordingOf = (m: CumulativeMarker & { killedMin: number }) => {
  const figure =
    m.killedMax === null
      ? `at least ${GROUPED.format(m.killedMin)}`
      : m.killedMax === m.killedMin
        ? GROUPED.format(m.killedMin)
        : `${GROUPED.format(m.killedMin)}–${GROUPED.format(m.killedMax)}`;
  const period =
    m.totalType === 'daily'
      ? `on ${dayMonth(m.day)}`
      : m.periodStart
        ? `since ${dayMonth(m.periodStart)}, as of ${dayMonth(m.day)}`
        : `as of ${dayMonth(m.day)} (start not stated)`;
  const terms = `${whom(m.victims)} killed ${period}`;
  return { wording: `${figure} ${terms}`, terms };
};

const seriesKey = (m: CumulativeMarker): string =>
  [m.sources.join('|'), m.totalType, m.victims, m.totalType === 'daily' ? '' : m.periodStart].join(
    '§',
  );

/**
 * Which markers still stand: a marker named in another's `supersedes` is replaced, and of two
 * statements of the same count for the same day the later published (else the later listed) one
 * counts.
 */
const standing = (markers: readonly CumulativeMarker[]) => {
  const replaced = new Map<string, string>();
  for (const m of markers) for (const id of m.supersedes) replaced.set(id, m.id);
  const sameDay = new Map<string, CumulativeMarker>();
  markers.forEach((m) => {
    if (replaced.has(m.id) || m.killedMin === null) return;
    const key = `${seriesKey(m)}§${m.area}§${m.day}`;
    const before = sameDay.get(key);
    if (before && (before.published ?? '') > (m.published ?? '')) {
      replaced.set(m.id, before.id);
      return;
    }
    if (before) replaced.set(before.id, m.id);
    sameDay.set(key, m);
  });
  return replaced;
};

/** Consecutive daily totals become one running line; a lone day stays a point. */
const dailyRuns = (points: StatedPoint[]): StatedPoint[][] => {
  const runs: StatedPoint[][] = [];
  let run: StatedPoint[] = [];
  for (const p of points) {
    const last = run.at(-1);
    if (last && toDayNumber(p.day) !== toDayNumber(last.day) + 1) {
      runs.push(run);
      run = [];
    }
    const sum = (run.at(-1)?.value ?? 0) + p.killedMin;
    run.push({ ...p, value: sum });
  }
  if (run.length > 0) runs.push(run);
  return runs.filter((r) => r.length > 1);
};

const labelOf = (m: CumulativeMarker): string => {
  const who = m.sources.map(shortSourceName).join(', ') || 'Unattributed';
  if (m.totalType === 'daily') return `${who} · ${whom(m.victims)} per day`;
  return `${who} · ${whom(m.victims)} ${m.periodStart ? `since ${dayMonth(m.periodStart)}` : '(start not stated)'}`;
};

/**
 * The view's stated totals as the sources state them: each source's latest figure (what the
 * headline puts first) and each source's lines for the Stated totals chart. `markers` are the
 * view's dated stated totals in chart order (their number is their position + 1).
 */
export const statedTotals = (markers: readonly CumulativeMarker[]): StatedTotals => {
  const replaced = standing(markers);
  const series = new Map<string, StatedSeries>();
  const latest = new Map<string, SourceStatement>();
  const ofSource = new Map<string, string[]>();
  markers.forEach((m, i) => {
    for (const s of m.sources) ofSource.set(s, [...(ofSource.get(s) ?? []), m.id]);
    if (m.killedMin === null || replaced.has(m.id)) return;
    const counted = m as CumulativeMarker & { killedMin: number };
    const totalType = m.totalType ?? 'running';
    const point: StatedPoint = {
      id: m.id,
      number: i + 1,
      day: m.day,
      killedMin: m.killedMin,
      killedMax: m.killedMax,
      value: m.killedMin,
    };
    const key = seriesKey(m);
    const line = series.get(key) ?? {
      key,
      sources: m.sources,
      totalType,
      victims: m.victims,
      periodStart: totalType === 'daily' ? null : m.periodStart,
      label: labelOf(m),
      points: [],
      runs: [],
    };
    line.points.push(point);
    series.set(key, line);
    for (const source of m.sources.length > 0 ? m.sources : ['Unattributed']) {
      const before = latest.get(source);
      if (before && !laterStatement(counted, before)) continue;
      latest.set(source, {
        source,
        id: m.id,
        number: i + 1,
        killedMin: m.killedMin,
        killedMax: m.killedMax,
        totalType,
        victims: m.victims,
        periodStart: m.periodStart,
        asOf: m.day,
        area: m.area,
        ...wordingOf(counted),
        statedTotals: [],
      });
    }
  });
  for (const line of series.values())
    line.runs = line.totalType === 'daily' ? dailyRuns(line.points) : [line.points];
  const bySource = [...latest.values()]
    .map((s) => ({ ...s, statedTotals: ofSource.get(s.source) ?? [] }))
    .sort((a, b) => b.killedMin - a.killedMin || a.source.localeCompare(b.source));
  return {
    bySource,
    series: [...series.values()],
    replaced: [...replaced].map(([id, by]) => ({ id, by })),
  };
};

/**
 * Whether `m` replaces `before` as its source's figure to quote: a running total over a daily
 * one, then the later day, then the larger count (two counts of one day: the wider one).
 */
const laterStatement = (
  m: CumulativeMarker & { killedMin: number },
  before: SourceStatement,
): boolean => {
  const running = (m.totalType ?? 'running') === 'running';
  if (running !== (before.totalType === 'running')) return running;
  if (m.day !== before.asOf) return m.day > before.asOf;
  return m.killedMin > before.killedMin;
};
