import { highestOf } from '../../model/figureBounds';
import type { Incident } from '../../model/incident';
import type { IsoDay } from '../../model/isoDay';
import type { Gazetteer } from '../gazetteer';
import type { IncidentCluster } from './clusterIncidents';
import { matchEventTypes } from './eventTypeMatch';
import { killedRange, latestRecords } from './incidentFigures';

/** A stated total ("56 killed in Idlib and Aleppo since 27 Nov") set against the incidents. */
export interface CumulativeCheck {
  id: string;
  /** Governorate name, names joined with ' + ' for a multi-governorate total, null nationwide. */
  admin1: string | null;
  /** The places summed over: the record's place_id, or its covers_ids; empty nationwide. */
  regionIds: string[];
  periodStart: IsoDay | null;
  dateEnd: IsoDay | null;
  victims: Incident['victims'];
  eventType: string | null;
  reportedKilledMin: number | null;
  reportedKilledMax: number | null;
  /** Sum of the incidents' lowest figures (each incident once); null when skipped. */
  incidentsKilledMin: number | null;
  /** Sum of the incidents' highest figures. */
  incidentsKilledMax: number | null;
  /** reportedKilledMin − incidentsKilledMin: deaths the statement gives that no incident shows. */
  gap: number | null;
  /** The incidents' lower sum is above the highest figure the statement gives. */
  exceeds: boolean;
  incidentIds: string[];
  /** Incidents in the region that run over the edge of the period: not counted. */
  straddlingIncidentIds: string[];
  /** Incidents in the region and period of another kind of violence: not counted. */
  otherTypeIncidentIds: string[];
  notes: string[];
  /** Why the statement could not be checked, or null. */
  skipped: string | null;
}

const GENERIC_TOTAL = new Set(['', 'attack', 'hostilities', 'unknown']);

/**
 * Checks each stated total against the sum of the incidents in its region and period. The sum
 * uses each incident once, at its lowest figure, so a gap is what the statement adds beyond what
 * the incident records support, and a sum above the statement points at a coding error, a
 * double count, or a statement about a subset (civilians only, say).
 */
export const cumulativeChecks = (
  records: readonly Incident[],
  clusters: readonly IncidentCluster[],
  gazetteer: Gazetteer,
): CumulativeCheck[] => {
  const statements = records.filter((r) => r.kind === 'cumulative');
  if (statements.length === 0) return [];
  const index = indexClusters(clusters, gazetteer);
  return statements.map((record) => checkOne(record, index, gazetteer));
};

/** Dated clusters (as indexes into `clusters`) sorted by start date, then by index. */
interface DateRun {
  order: number[];
  /** The same clusters in index order. */
  byIndex: number[];
  starts: string[];
  /** The latest end among order[0..i]: never decreasing, so it can be searched. */
  maxEnds: string[];
}

interface ClusterIndex {
  clusters: readonly IncidentCluster[];
  /** Every dated cluster (nationwide statements). */
  all: DateRun;
  /** Dated clusters by each place on their place's lineage (isWithin). */
  byRegion: ReadonlyMap<string, DateRun>;
  /** The distinct days clusters start or end on, in order: dates are compared by rank. */
  days: string[];
  /** Rank in `days` of each dated cluster's start and end. */
  startRank: Int32Array;
  endRank: Int32Array;
  /** Lowest and highest figures of each cluster (NaN for none), computed when first needed. */
  figured: Uint8Array;
  killedMin: Float64Array;
  killedMax: Float64Array;
  /** By a statement's event type: whether each cluster's members fit it (see checkOne). */
  typesFit: Map<string | null, Uint8Array>;
  /** By a statement's and a record's event type: matchEventTypes(…).compatible. */
  typePairs: Map<string | null, Map<string | null, boolean>>;
}

const dateRun = (clusters: readonly IncidentCluster[], members: number[]): DateRun => {
  const order = [...members].sort(
    (x, y) => compareDays(clusters[x]?.dateStart ?? '', clusters[y]?.dateStart ?? '') || x - y,
  );
  const starts = order.map((i) => clusters[i]?.dateStart ?? '');
  const maxEnds: string[] = [];
  let latest = '';
  for (const i of order) {
    const end = clusters[i]?.dateEnd ?? '';
    if (end > latest) latest = end;
    maxEnds.push(latest);
  }
  return { order, byIndex: [...members].sort((x, y) => x - y), starts, maxEnds };
};

const compareDays = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Clusters by region and date, so each statement visits only those it can count. */
const indexClusters = (
  clusters: readonly IncidentCluster[],
  gazetteer: Gazetteer,
): ClusterIndex => {
  const dated: number[] = [];
  const byRegion = new Map<string, number[]>();
  clusters.forEach((cluster, i) => {
    if (cluster.dateStart === null || cluster.dateEnd === null) return;
    dated.push(i);
    if (cluster.placeId === null) return;
    for (const place of new Set(gazetteer.lineage(cluster.placeId).map((p) => p.id))) {
      const list = byRegion.get(place);
      if (list) list.push(i);
      else byRegion.set(place, [i]);
    }
  });
  const days = [
    ...new Set(dated.flatMap((i) => [clusters[i]?.dateStart ?? '', clusters[i]?.dateEnd ?? ''])),
  ].sort(compareDays);
  const rankOf = new Map(days.map((d, rank) => [d, rank]));
  const startRank = new Int32Array(clusters.length).fill(-1);
  const endRank = new Int32Array(clusters.length).fill(-1);
  for (const i of dated) {
    startRank[i] = rankOf.get(clusters[i]?.dateStart ?? '') ?? -1;
    endRank[i] = rankOf.get(clusters[i]?.dateEnd ?? '') ?? -1;
  }
  return {
    clusters,
    all: dateRun(clusters, dated),
    byRegion: new Map([...byRegion].map(([id, members]) => [id, dateRun(clusters, members)])),
    days,
    startRank,
    endRank,
    figured: new Uint8Array(clusters.length),
    killedMin: new Float64Array(clusters.length),
    killedMax: new Float64Array(clusters.length),
    typesFit: new Map(),
    typePairs: new Map(),
  };
};

/** First position in a sorted list whose value is above (or, `orEqual`, at least) `day`. */
const firstAbove = (values: readonly string[], day: string, orEqual: boolean): number => {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = values[mid] ?? '';
    if (value > day || (orEqual && value === day)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};

/** A statement's period as ranks in ClusterIndex.days. */
interface Period {
  start: string | null;
  end: string;
  /** How many days are up to `end`: a rank at or above it is after `end`. */
  endBound: number;
  /** How many days are before `start`: a rank below it is before `start`. */
  startBound: number;
}

/**
 * Indexes of the clusters of `run` that start by `end` and, with a `start`, end on or after it,
 * in ascending order: the clusters a scan of all of them would not skip on dates. A short date
 * window is read off the date order; a long one (e.g. no period start) by a pass in index order.
 */
const overlapping = (index: ClusterIndex, run: DateRun, period: Period): number[] => {
  const { start, end, endBound, startBound } = period;
  const stop = firstAbove(run.starts, end, false);
  const from = start === null ? 0 : firstAbove(run.maxEnds, start, true);
  const { startRank, endRank } = index;
  const fits = (i: number): boolean =>
    (startRank[i] as number) < endBound && (start === null || (endRank[i] as number) >= startBound);
  if ((stop - from) * 4 >= run.byIndex.length) return run.byIndex.filter(fits);
  return run.order
    .slice(from, stop)
    .filter(fits)
    .sort((x, y) => x - y);
};

/** Two ascending lists as one, without repeats. */
const mergeAscending = (a: readonly number[], b: readonly number[]): number[] => {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const next = Math.min(x, y);
    if (x === next) i++;
    if (y === next) j++;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
};

/** The check's first state: where the statement counts, before any incident is summed. */
const emptyCheck = (record: Incident, gazetteer: Gazetteer): CumulativeCheck => {
  const place = gazetteer.byId.get(record.placeId);
  const nationwide = place?.level === 0 && record.coversIds.length === 0;
  const admin1 = nationwide
    ? null
    : place?.level === 0
      ? record.coversIds.map((id) => gazetteer.byId.get(id)?.name ?? id).join(' + ')
      : (gazetteer.governorateOf(record.placeId)?.name ?? null);
  // The keys the summary JSON documents come first, in its order.
  return {
    id: record.id,
    admin1,
    periodStart: record.periodStart,
    dateEnd: record.dateEnd,
    reportedKilledMin: record.killedMin,
    incidentsKilledMin: null,
    gap: null,
    reportedKilledMax: record.killedMax,
    incidentsKilledMax: null,
    regionIds: place?.level === 0 ? record.coversIds : [record.placeId],
    victims: record.victims,
    eventType: record.eventType,
    exceeds: false,
    incidentIds: [],
    straddlingIncidentIds: [],
    otherTypeIncidentIds: [],
    notes: [],
    skipped: null,
  };
};

/**
 * Whether every member of cluster i has a type the statement's type covers ("killed in
 * shelling" does not count air strikes), memoised per statement type in the index.
 */
const typeFitter = (record: Incident, index: ClusterIndex) => {
  if (GENERIC_TOTAL.has((record.eventType ?? '').trim().toLowerCase())) return () => true;
  // Whether every member's type fits the statement's: 1 yes, 2 no, 0 not yet known.
  let fits = index.typesFit.get(record.eventType);
  if (fits === undefined) {
    fits = new Uint8Array(index.clusters.length);
    index.typesFit.set(record.eventType, fits);
  }
  let pairs = index.typePairs.get(record.eventType);
  if (pairs === undefined) {
    pairs = new Map();
    index.typePairs.set(record.eventType, pairs);
  }
  const fitsOf = fits;
  const pairsOf = pairs;
  const fitOf = (type: string | null): boolean => {
    let fit = pairsOf.get(type);
    if (fit === undefined) {
      fit = matchEventTypes(record.eventType, type).compatible;
      pairsOf.set(type, fit);
    }
    return fit;
  };
  return (cluster: IncidentCluster, i: number): boolean => {
    if (fitsOf[i] === 0) fitsOf[i] = cluster.records.every((r) => fitOf(r.eventType)) ? 1 : 2;
    return fitsOf[i] === 1;
  };
};

/**
 * The clusters in the statement's region (within any region place, or all when nationwide)
 * whose dates can touch the period, in the order of `clusters`, as a scan of all would meet them.
 */
const clustersInReach = (
  check: CumulativeCheck,
  index: ClusterIndex,
  period: Period,
  nationwide: boolean,
): number[] =>
  nationwide
    ? overlapping(index, index.all, period)
    : check.regionIds.reduce<number[]>((seen, id) => {
        const run = index.byRegion.get(id);
        return run ? mergeAscending(seen, overlapping(index, run, period)) : seen;
      }, []);

/** Cluster i's killed range from each source's latest figure, computed once per index. */
const clusterKilled = (index: ClusterIndex, i: number): { min: number; max: number } => {
  if (index.figured[i] === 0) {
    const cluster = index.clusters[i] as IncidentCluster;
    const { killedMin, killedMax } = killedRange(latestRecords(cluster.records));
    index.killedMin[i] = killedMin ?? Number.NaN;
    index.killedMax[i] = killedMax ?? Number.NaN;
    index.figured[i] = 1;
  }
  return { min: index.killedMin[i] as number, max: index.killedMax[i] as number };
};

/** Notes on how the period was read, before any incident is summed. */
const periodNotes = (record: Incident, end: string): string[] => {
  const notes: string[] = [];
  if (record.periodStart === null)
    notes.push(
      `no period start stated: counted every incident up to ${end}, which may be more than the statement covers`,
    );
  if (record.datePrecision === 'approximate')
    notes.push(
      `the statement's dates are approximate (some day in ${record.periodStart ?? '…'}…${end}): incidents of every day in the range are counted`,
    );
  return notes;
};

/** What the sum left out or could not count, and whether the incidents exceed the statement. */
const closingNotes = (
  check: CumulativeCheck,
  record: Incident,
  counted: readonly IncidentCluster[],
  noFigure: readonly string[],
): void => {
  const lower = check.incidentsKilledMin ?? 0;
  if (record.killedMin === null) check.notes.push('the statement gives no death figure');
  else check.gap = record.killedMin - lower;
  if (noFigure.length > 0)
    check.notes.push(`incidents without a death figure, counted as none: ${noFigure.join(', ')}`);
  if (check.straddlingIncidentIds.length > 0)
    check.notes.push(
      `incidents partly outside the period, not counted: ${check.straddlingIncidentIds.join(', ')}`,
    );
  if (check.otherTypeIncidentIds.length > 0)
    check.notes.push(
      `incidents of another kind than ${record.eventType}, not counted: ${check.otherTypeIncidentIds.join(', ')}`,
    );
  const ceiling = highestOf(record.killedMin, record.killedMax);
  if (ceiling !== null && lower > ceiling) {
    check.exceeds = true;
    check.notes.push(exceedNote(record, counted, lower, ceiling));
  }
};

/**
 * One stated total against the incidents of its region and period: those wholly inside are
 * summed (each from its lowest to its highest latest figure); those straddling the period or
 * of another kind are listed, not counted.
 */
const checkOne = (record: Incident, index: ClusterIndex, gazetteer: Gazetteer): CumulativeCheck => {
  const check = emptyCheck(record, gazetteer);
  if (record.dateEnd === null) {
    check.skipped = 'undated statement: no "as of" day, so no period to sum incidents over';
    return check;
  }
  const end = record.dateEnd;
  const start = record.periodStart;
  check.notes.push(...periodNotes(record, end));
  const typeFits = typeFitter(record, index);
  const period: Period = {
    start,
    end,
    endBound: firstAbove(index.days, end, false),
    startBound: start === null ? 0 : firstAbove(index.days, start, true),
  };
  const place = gazetteer.byId.get(record.placeId);
  const nationwide = place?.level === 0 && record.coversIds.length === 0;
  const { startRank, endRank } = index;
  const { endBound, startBound } = period;
  let lower = 0;
  let upper = 0;
  const counted: IncidentCluster[] = [];
  const noFigure: string[] = [];
  for (const i of clustersInReach(check, index, period, nationwide)) {
    const cluster = index.clusters[i] as IncidentCluster;
    // Only dated clusters are indexed; the ranks compare as their days do.
    const first = startRank[i] as number;
    const last = endRank[i] as number;
    if (first >= endBound || (start !== null && last < startBound)) continue;
    if (last >= endBound || (start !== null && first < startBound)) {
      check.straddlingIncidentIds.push(cluster.id);
    } else if (!typeFits(cluster, i)) {
      check.otherTypeIncidentIds.push(cluster.id);
    } else {
      const killed = clusterKilled(index, i);
      counted.push(cluster);
      check.incidentIds.push(cluster.id);
      if (Number.isNaN(killed.min)) noFigure.push(cluster.id);
      else lower += killed.min;
      if (!Number.isNaN(killed.max)) upper += killed.max;
    }
  }
  check.incidentsKilledMin = lower;
  check.incidentsKilledMax = upper;
  closingNotes(check, record, counted, noFigure);
  return check;
};

/** Why the incidents may exceed a statement: a subset (victims, children, perpetrator), an open figure, or an error. */
const exceedNote = (
  record: Incident,
  counted: readonly IncidentCluster[],
  lower: number,
  ceiling: number,
): string => {
  const head = `incidents sum to at least ${lower}, more than the ${record.killedMax === null ? `at-least ${ceiling}` : ceiling} stated`;
  const subsets: string[] = [];
  // A children-only count is coded killed_min = children_min (data/README.md §9.4).
  if (record.childrenMin !== null && record.childrenMin === record.killedMin)
    subsets.push('the statement counts children only');
  const victims = record.victims;
  if (victims === 'civilians' || victims === 'combatants') {
    const other = counted
      .filter((c) => !c.records.some((r) => r.victims === victims))
      .map((c) => c.id);
    if (other.length > 0)
      subsets.push(
        `it counts ${victims} only and ${other.join(', ')} ${other.length === 1 ? 'is' : 'are'} not coded as ${victims}`,
      );
  }
  // Perpetrators are free text ("Russia", "Syrian army and Russia"): wording is compared, and
  // the reader, not a string match, decides whether they are the same party.
  const perpetrator = (record.perpetrator ?? '').trim().toLowerCase();
  if (perpetrator !== '' && perpetrator !== 'all parties') {
    const other = counted
      .filter(
        (c) => !c.records.some((r) => (r.perpetrator ?? '').trim().toLowerCase() === perpetrator),
      )
      .map((c) => c.id);
    if (other.length > 0)
      subsets.push(
        `it counts deaths attributed to ${record.perpetrator} only, and ${other.join(', ')} name${other.length === 1 ? 's' : ''} the perpetrator otherwise or not at all`,
      );
  }
  if (record.datePrecision === 'approximate')
    subsets.push(
      'its dates are approximate, so incidents of days it does not cover may be counted',
    );
  if (record.periodStart === null)
    subsets.push('its start is not stated, so incidents before it may be counted');
  if (subsets.length > 0) return `${head}; ${subsets.join('; ')}: it may be a subset`;
  if (record.killedMax === null)
    return `${head}; the statement says "at least", so more is possible, but check for a double count or a later toll`;
  return `${head}; check the coding of these incidents and of the statement`;
};
