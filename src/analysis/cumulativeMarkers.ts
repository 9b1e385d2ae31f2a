import type { Incident } from '../model/incident';
import type { IsoDay } from '../model/isoDay';
import { latestPublished } from '../model/latestPublished';
import { sourcesOf } from '../model/recordSources';
import type { Report } from '../model/report';
import type { Gazetteer } from './gazetteer';

export interface CumulativeMarker {
  id: string;
  day: IsoDay;
  periodStart: IsoDay | null;
  killedMin: number | null;
  killedMax: number | null;
  childrenMin: number | null;
  sources: string[];
  /** Where the total applies, in words: "Idleb + Aleppo", "Syria". */
  area: string;
  totalType: Incident['totalType'];
  victims: Incident['victims'];
  /** "White Helmets: 56 since 27 Nov": short enough to sit on a chart. */
  label: string;
  /** The record's note and reports: a marker is listed and credited without its record. */
  note: string | null;
  reportIds: string[];
  /** The latest publication day of its reports: of two statements for one day, the later counts. */
  published: IsoDay | null;
  /** Earlier stated totals this one revises (`supersedes`). */
  supersedes: string[];
}

export const dayMonth = (day: IsoDay): string => {
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  return `${Number(day.slice(8, 10))} ${months[Number(day.slice(5, 7)) - 1]}`;
};

/** A short display name for an organisation: the part before a parenthesis, or its acronym. */
export const shortSourceName = (name: string): string => {
  const acronym = /\(([A-Z]{2,6})\)$/.exec(name)?.[1];
  if (acronym) return acronym;
  return name.replace(/\s*\(.*\)\s*$/, '');
};

// One formatter for every label: toLocaleString builds a new one per call, which thousands of
// stated totals in a large view pay for.
const GROUPED = new Intl.NumberFormat('en-GB');

const figure = (min: number | null, max: number | null): string => {
  const fmt = (n: number) => GROUPED.format(n);
  if (min === null) return 'unknown';
  if (max === null) return `≥${fmt(min)}`;
  return min === max ? fmt(min) : `${fmt(min)}–${fmt(max)}`;
};

/** One dated stated total as a chart marker. */
const markerOf = (
  record: Incident & { dateEnd: string },
  reportsById: ReadonlyMap<string, Report>,
  gazetteer: Gazetteer,
): CumulativeMarker => {
  const sources = sourcesOf(record, reportsById);
  const area =
    record.coversIds.length > 0
      ? record.coversIds.map((id) => gazetteer.byId.get(id)?.name ?? id).join(' + ')
      : (gazetteer.byId.get(record.placeId)?.name ?? record.placeId);
  const who = sources.map(shortSourceName).join(', ') || 'Unattributed';
  const span =
    record.totalType === 'daily'
      ? `on ${dayMonth(record.dateEnd)}`
      : record.periodStart
        ? `since ${dayMonth(record.periodStart)}`
        : `by ${dayMonth(record.dateEnd)}`;
  return {
    id: record.id,
    day: record.dateEnd,
    periodStart: record.periodStart,
    killedMin: record.killedMin,
    killedMax: record.killedMax,
    childrenMin: record.childrenMin,
    sources,
    area,
    totalType: record.totalType,
    victims: record.victims,
    label: `${who}: ${figure(record.killedMin, record.killedMax)} ${span}`,
    note: record.note,
    reportIds: record.reportIds,
    published: latestPublished(record.reportIds, reportsById),
    supersedes: record.supersedes,
  };
};

/**
 * Markers already made, per record object (records are never changed once parsed), owned by
 * the prepared dataset whose reports and gazetteer they were made with: a large dataset's
 * worker keeps its stated totals' records and shows thousands of them view after view.
 */
export type MarkerMemo = Map<Incident, CumulativeMarker>;

/** Stated totals as chart markers. Undated statements cannot be placed and are left out here. */
export const cumulativeMarkers = (
  records: readonly Incident[],
  reportsById: ReadonlyMap<string, Report>,
  gazetteer: Gazetteer,
  memo: MarkerMemo | null = null,
): CumulativeMarker[] =>
  records
    .filter(
      (r): r is Incident & { dateEnd: string } => r.kind === 'cumulative' && r.dateEnd !== null,
    )
    .map((record) => {
      const cached = memo?.get(record);
      if (cached) return cached;
      const marker = markerOf(record, reportsById, gazetteer);
      memo?.set(record, marker);
      return marker;
    })
    // ISO days compare as plain strings; ids (rarely needed) as before.
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.id.localeCompare(b.id)));

export interface MarkerTrajectory {
  key: string;
  label: string;
  points: Array<{ x: IsoDay; y: number; id: string }>;
}

/**
 * Successive running totals from the same source, for the same victims, area and start date
 * ("SOHR, since 27 Nov: 153 → 242 → 327"): joined as one trajectory, so the analyst can read a
 * source's own count against the sum of incident records.
 */
export const markerTrajectories = (markers: readonly CumulativeMarker[]): MarkerTrajectory[] => {
  const groups = new Map<string, CumulativeMarker[]>();
  for (const m of markers) {
    if (m.totalType !== 'running' || m.killedMin === null || m.periodStart === null) continue;
    const key = [m.sources.join('|'), m.victims, m.area, m.periodStart].join('§');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.entries()]
    .filter(([, list]) => new Set(list.map((m) => m.day)).size > 1)
    .map(([key, list]) => {
      const first = list[0] as CumulativeMarker;
      return {
        key,
        label: `${first.sources.map(shortSourceName).join(', ')} (${first.victims}, ${first.area}) since ${dayMonth(first.periodStart ?? first.day)}`,
        points: list.map((m) => ({ x: m.day, y: m.killedMin ?? 0, id: m.id })),
      };
    });
};
