/**
 * PRE-OPTIMISATION REFERENCE, kept for equivalence tests only: a verbatim copy of cumulativeChecks.ts as it was
 * before the indexed rewrite (O(n²) candidate pairs). Not used by the app; do not optimise.
 */

import type { Gazetteer } from '../../src/analysis/gazetteer';
import { matchEventTypes } from '../../src/analysis/reconcile/eventTypeMatch';
import { incidentFigures } from '../../src/analysis/reconcile/incidentFigures';
import type { Incident } from '../../src/model/incident';
import type { IsoDay } from '../../src/model/isoDay';
import type { IncidentCluster } from './referenceClusterIncidents';

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
): CumulativeCheck[] =>
  records
    .filter((r) => r.kind === 'cumulative')
    .map((record) => checkOne(record, clusters, gazetteer));

const checkOne = (
  record: Incident,
  clusters: readonly IncidentCluster[],
  gazetteer: Gazetteer,
): CumulativeCheck => {
  const place = gazetteer.byId.get(record.placeId);
  const nationwide = place?.level === 0 && record.coversIds.length === 0;
  const regionIds = place?.level === 0 ? record.coversIds : [record.placeId];
  const admin1 = nationwide
    ? null
    : place?.level === 0
      ? record.coversIds.map((id) => gazetteer.byId.get(id)?.name ?? id).join(' + ')
      : (gazetteer.governorateOf(record.placeId)?.name ?? null);
  // The keys the summary JSON documents come first, in its order.
  const check: CumulativeCheck = {
    id: record.id,
    admin1,
    periodStart: record.periodStart,
    dateEnd: record.dateEnd,
    reportedKilledMin: record.killedMin,
    incidentsKilledMin: null,
    gap: null,
    reportedKilledMax: record.killedMax,
    incidentsKilledMax: null,
    regionIds,
    victims: record.victims,
    eventType: record.eventType,
    exceeds: false,
    incidentIds: [],
    straddlingIncidentIds: [],
    otherTypeIncidentIds: [],
    notes: [],
    skipped: null,
  };
  if (record.dateEnd === null) {
    check.skipped = 'undated statement: no "as of" day, so no period to sum incidents over';
    return check;
  }
  const end = record.dateEnd;
  const start = record.periodStart;
  if (start === null)
    check.notes.push(
      `no period start stated: counted every incident up to ${end}, which may be more than the statement covers`,
    );
  if (record.datePrecision === 'approximate')
    check.notes.push(
      `the statement's dates are approximate (some day in ${start ?? '…'}…${end}): incidents of every day in the range are counted`,
    );

  const inRegion = (cluster: IncidentCluster): boolean =>
    nationwide ||
    (cluster.placeId !== null &&
      regionIds.some((id) => gazetteer.isWithin(cluster.placeId ?? '', id)));
  const typeFits = (cluster: IncidentCluster): boolean =>
    GENERIC_TOTAL.has((record.eventType ?? '').trim().toLowerCase()) ||
    cluster.records.every((r) => matchEventTypes(record.eventType, r.eventType).compatible);

  let lower = 0;
  let upper = 0;
  const counted: IncidentCluster[] = [];
  const noFigure: string[] = [];
  for (const cluster of clusters) {
    if (!inRegion(cluster) || cluster.dateStart === null || cluster.dateEnd === null) continue;
    if (cluster.dateStart > end || (start !== null && cluster.dateEnd < start)) continue;
    if (cluster.dateEnd > end || (start !== null && cluster.dateStart < start)) {
      check.straddlingIncidentIds.push(cluster.id);
      continue;
    }
    if (!typeFits(cluster)) {
      check.otherTypeIncidentIds.push(cluster.id);
      continue;
    }
    const figures = incidentFigures(cluster);
    counted.push(cluster);
    check.incidentIds.push(cluster.id);
    if (figures.killedMin === null) noFigure.push(cluster.id);
    lower += figures.killedMin ?? 0;
    upper += figures.killedMax ?? 0;
  }
  check.incidentsKilledMin = lower;
  check.incidentsKilledMax = upper;
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

  const ceiling = record.killedMax ?? record.killedMin;
  if (ceiling !== null && lower > ceiling) {
    check.exceeds = true;
    check.notes.push(exceedNote(record, counted, lower, ceiling));
  }
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
